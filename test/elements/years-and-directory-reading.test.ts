// The views of issue 21 as a reader first meets them, on the real files: two years of 万里街道 in every
// element, and the directory on every catalog of data/catalog/ in each of its views. On a phone (320 and 375
// px) in large text no amount is split across lines and nothing scrolls the page sideways; in English every
// string the kit writes is English, and Chinese data text is marked lang="zh-CN".
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import { splitAmounts, unmarkedChinese } from '../helpers/reading.js';

const NOW = '/data/shanghai-putuo-wanli-2024-budget.json';
const BEFORE = '/data/shanghai-putuo-wanli-2023-budget.json';
const CATALOGS = [
  'catalog-2023-budget.json',
  'catalog-2024-budget-130609.json',
  'catalog-2024-budget-310107.json',
  'catalog-2024-final.json',
  'catalog-2025-budget.json',
  'catalog-2026-budget.json',
].map((f) => `/data/catalog/${f}`);

function markup(attrs: string): string[] {
  const pair = `src="${NOW}" compare-src="${BEFORE}" ${attrs}`;
  return [
    `<budget-summary ${pair}></budget-summary>`,
    `<budget-tree ${pair} changes></budget-tree>`,
    `<budget-tree ${pair} changes view="table"></budget-tree>`,
    `<budget-table ${pair} table="expenditure"></budget-table>`,
    `<budget-table ${pair} table="basicEconomic"></budget-table>`,
    `<budget-table ${pair} table="summary"></budget-table>`,
    `<procurement-table ${pair}></procurement-table>`,
    ...CATALOGS.flatMap((c) => ['list', 'departments', 'functions'].map((v) => `<budget-directory src="${c}" view="${v}" ${attrs}></budget-directory>`)),
  ];
}

/** Renders and waits until the element, and the elements inside it, show their content (a comparison, or the loaded files). */
async function render(html: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(`<div>${html}</div>`);
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  const root = () => el.shadowRoot;
  const ready = () => {
    const r = root();
    if (!r?.querySelector('.base')) return false;
    if (el.localName === 'budget-directory') {
      const p = r.querySelector('[part=progress]')?.textContent ?? '';
      const m = /(\d+) (?:\/|of) (\d+)/.exec(p);
      const inner = r.querySelector('budget-tree');
      return (r.querySelector('table') ? !!m && m[1] === m[2] : true) && (!inner || !!inner.shadowRoot?.querySelector('path.arc'));
    }
    return !!r.querySelector('[part=compare]') && !r.querySelector('[part=compare][role=status]');
  };
  await waitUntil(ready, `${html} did not render`, { timeout: 10000 });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

const what = (html: string, lang: string) => `${html.split(' ')[0]} ${html.match(/(table|view|src)="[^"]+"/g)?.join(' ') ?? ''} ${lang}`;

describe('two years and the directory, as a reader first meets them', function () {
  this.timeout(240000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 375]) {
    it(`never splits an amount, nor scrolls the page sideways, at ${width} px in large text`, async () => {
      await setViewport({ width, height: 800 });
      const problems: string[] = [];
      for (const lang of ['zh-CN', 'en']) {
        for (const html of markup(`large-text lang="${lang}"`)) {
          const el = await render(html);
          const split = splitAmounts(el);
          if (split.length) problems.push(`${what(html, lang)}: ${split.slice(0, 3).join(' | ')}`);
          const over = document.documentElement.scrollWidth - window.innerWidth;
          if (over > 0) problems.push(`${what(html, lang)}: the page is ${over}px too wide`);
          el.parentElement!.remove();
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('writes English in lang="en", and marks Chinese data text as Chinese', async () => {
    await setViewport({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const html of markup('lang="en"')) {
      const el = await render(html);
      const bad = unmarkedChinese(el);
      if (bad.length) problems.push(`${what(html, 'en')}: ${bad.slice(0, 4).join(' | ')}`);
      el.parentElement!.remove();
    }
    expect(problems).to.deep.equal([]);
  });
});
