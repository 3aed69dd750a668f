import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { clone, json, SEED, SHANGHAI } from '../helpers/files.js';

type W = Window & { __xss?: number };

/** What a hostile or careless data file may hold in any name or text. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  'javascript:window.__xss=(window.__xss||0)+1//',
  '</style><style>*{display:none!important}</style>',
  '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  '\u202e\u200f右到左 RTL',
  `${'超长'.repeat(60)}${'W'.repeat(200)}`,
  '{{constructor.constructor("window.__xss=1")()}}${window.__xss=1}',
];

/** Every Chinese name and text of a budget, each prefixed with one of the payloads (units stay valid). */
function poison(doc: unknown): { doc: unknown; count: number } {
  let count = 0;
  const walk = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string' && key !== 'unit' && /[\u4e00-\u9fff]/.test(v)) return `${PAYLOADS[count++ % PAYLOADS.length]}${v}`;
    return v;
  };
  return { doc: walk(clone(doc), ''), count };
}

const ELEMENTS: [string, string][] = [
  ['budget-summary', ''],
  ['budget-tree', 'classification="functional"'],
  ['budget-tree', 'classification="economic"'],
  ['budget-table', 'table="收支总表"'],
  ['budget-table', 'table="三公经费表"'],
  ['kpi-card', 'project="*"'],
  ['kpi-card', ''],
  ['procurement-table', ''],
];

async function place(tag: string, attrs: string, data: unknown): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width: 360px"><${tag} ${attrs}></${tag}></div>`);
  const el = wrap.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelector('.base') && !/加载|Loading/.test(el.shadowRoot.textContent ?? ''), 'did not render');
  await el.updateComplete;
  return el;
}

/** Opens whatever the element hides behind a button (tables, project details, glossary), to render it all. */
async function openEverything(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (const b of [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle, button.open, button.term')].slice(0, 6)) {
    b.click();
    await el.updateComplete;
  }
}

function inert(el: HTMLElement): void {
  const root = el.shadowRoot!;
  expect((window as W).__xss, 'a payload ran').to.equal(undefined);
  expect(root.querySelectorAll('img, script, iframe, object, embed, style, foreignObject').length, 'markup from data').to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const a of node.getAttributeNames()) expect(a.startsWith('on'), `${node.localName}[${a}]`).to.equal(false);
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    if (href) expect(/^\s*javascript:/i.test(href), href).to.equal(false);
  }
}

describe('untrusted data: every name and text holding a payload', () => {
  for (const [file, label] of [
    [SEED, 'founding'],
    [SHANGHAI, 'Shanghai'],
  ] as const) {
    for (const [tag, attrs] of ELEMENTS) {
      it(`<${tag} ${attrs}> on the ${label} department renders the payloads as inert text`, async () => {
        const { doc, count } = poison(await json(file));
        expect(count).to.be.greaterThan(50);
        const el = await place(tag, attrs, doc);
        await openEverything(el);
        await aTimeout(20);
        inert(el);
        const state = el.shadowRoot!.querySelector('.state');
        // (the Shanghai disclosure lists no procurement items: that table shows only figures)
        if (!state && !(tag === 'procurement-table' && file === SHANGHAI)) {
          // the payload is visible as the characters it is made of
          expect(el.shadowRoot!.textContent).to.match(/<img src=x onerror=|<script>|javascript:|<\/style>|<svg onload=/);
        }
        // long unbroken strings wrap or scroll inside the element; the page around it does not widen
        expect(el.getBoundingClientRect().width).to.be.at.most(360);
        expect(el.parentElement!.scrollWidth).to.be.at.most(361);
      });
    }
  }

  it('an error message quoting a hostile value shows it as text', async () => {
    const doc = clone(await json<{ meta: { unit: string } }>(SEED));
    doc.meta.unit = PAYLOADS[0]!;
    const el = await place('budget-summary', '', doc);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('<img src=x onerror=');
    inert(el);
  });
});
