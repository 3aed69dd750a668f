import { css, html, nothing, type TemplateResult } from 'lit';
import type { UIStrings } from '../i18n/ui.js';
import { isUnitDocument } from '../model/document-parts.js';
import type { BudgetDocument } from '../model/types.js';

/** A link the data gives is followed only when it is a web address (never javascript: or data:). */
export function webUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export interface CaptionView {
  t: UIStrings;
  doc: BudgetDocument;
  /** The JSON's own address (the element's `src`), for "下载数据". */
  src?: string;
  /** Saves the JSON given as the `data` property (no address to link to). */
  saveData: () => void;
  /** Marks data text (a Chinese department name in an English widget). */
  data: (text: string) => TemplateResult | string;
}

/**
 * Who, which year, which phase and from where: the line under every element, so an embedded widget says
 * what it shows. The source document and the data are one step away.
 */
export function renderCaption(v: CaptionView): TemplateResult {
  const { t, doc } = v;
  const c = t.caption;
  const m = doc.meta;
  const source = webUrl(m.source?.url, document.baseURI);
  const json = webUrl(v.src, document.baseURI);
  return html`<p class="caption" part="caption">
    <span>${v.data(m.department.name)}</span><span class="sep" aria-hidden="true"> · </span><span>${c.year(m.fiscalYear)}</span
    ><span class="sep" aria-hidden="true"> · </span><span>${(isUnitDocument(m) ? c.unitPhase : c.phase)[m.phase]}</span>
    ${
      source
        ? html`<span class="sep" aria-hidden="true"> · </span><a href=${source} rel="noopener noreferrer" target="_blank" part="caption-link"
              >${c.source}${m.source?.title ? html`<span class="visually-hidden">: ${v.data(m.source.title)}</span>` : nothing}</a
            >`
        : nothing
    }
    <span class="sep" aria-hidden="true"> · </span>${
      json
        ? html`<a href=${json} download part="caption-link">${c.download}</a>`
        : html`<button type="button" class="link" part="caption-link" @click=${v.saveData}>${c.download}</button>`
    }
  </p>`;
}

export const captionStyles = css`
  .caption {
    margin: 0.6em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
    line-height: 1.5;
  }
  .caption > span {
    display: inline;
  }
  .caption a,
  .caption .link {
    color: var(--_accent);
    white-space: nowrap;
  }
  .caption .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    min-height: 0;
  }
`;
