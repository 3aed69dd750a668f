import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../model/messages.js';
import { UI } from '../i18n/ui.js';

/**
 * Rows a table draws at first. A browser lays a table out in one task, about 0.2–0.5 ms a row: 500 rows
 * keep that task short, while a 10,000-row file would hold the page for seconds. The rest is one click
 * away, and the CSV download always has every row.
 */
export const ROW_PAGE = 500;

/** How many of `total` rows to draw. */
export function rowsToDraw(total: number, all: boolean): number {
  return all ? total : Math.min(total, ROW_PAGE);
}

/** The line under a table that is cut: how many rows it shows, and a button for the rest. */
export function moreRows(shown: number, total: number, lang: Lang, showAll: () => void): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const t = UI[lang].rows;
  return html`<p class="more-rows" part="more-rows">
    <span role="status">${t.shownOf(shown, total)}</span>
    <button type="button" @click=${showAll}>${t.showAll(total - shown)}</button>
  </p>`;
}
