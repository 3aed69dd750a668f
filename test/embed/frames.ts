/** Helpers for tests that load a page (the bundles, the embed page, CSP pages) in an iframe. */
import { waitUntil } from '@open-wc/testing';

import { WIDGET_TAGS } from '../../src/embed/upgrade.js';

/** The kit's tags, from the one list the elements are registered from. */
export const TAGS: readonly string[] = WIDGET_TAGS;

export interface Log {
  warn: string[];
  error: string[];
  violations: string[];
}

export type FrameWindow = Window & typeof globalThis & { __log: Log; __xss?: number; BudgetWidgets?: Record<string, unknown> };

/** Adds an iframe (by `src` or `srcdoc`) to the page and resolves when it has loaded. */
export async function frame(init: { src?: string; srcdoc?: string; width?: number }): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.width = `${init.width ?? 900}px`;
  f.style.height = '600px';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  if (init.srcdoc !== undefined) f.srcdoc = init.srcdoc;
  else f.src = init.src!;
  document.body.append(f);
  await loaded;
  return f;
}

export const win = (f: HTMLIFrameElement) => f.contentWindow as FrameWindow;

/** Every kit element in the frame's document. */
export const widgets = (f: HTMLIFrameElement) => [...f.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(','))];

/** Waits until every kit element in the frame shows its content (no loading, no error state). */
export async function rendered(f: HTMLIFrameElement, count: number): Promise<void> {
  await waitUntil(
    () => {
      const els = widgets(f);
      return els.length === count && els.every((el) => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.state'));
    },
    'widgets did not render',
    { timeout: 8000 },
  );
}
