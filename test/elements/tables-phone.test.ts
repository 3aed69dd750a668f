import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/budget-table/define.js';
import '../../src/elements/budget-tree/define.js';
import { loadBudget } from '../../src/data/fetch-budget.js';
import { standardTables } from '../../src/model/tables.js';
import { FINAL_DOCUMENTS, REAL_DOCUMENTS, SEED, SHANGHAI } from '../helpers/files.js';

/** The two data files and the real Shanghai disclosures as the importer reads them. */
const FILES = [SEED, SHANGHAI, ...REAL_DOCUMENTS, ...FINAL_DOCUMENTS];
const PHONES = [320, 375];
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

const shadow = (el: Element) => el.shadowRoot!;
const $$ = (root: ParentNode, s: string) => [...root.querySelectorAll(s)] as HTMLElement[];

/** The text nodes of an element's shadow tree. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) out.push(n as Text);
  return out;
}

/** How many line boxes a piece of text takes, as laid out (0 when it is not shown). */
function lines(el: Element): number {
  const nodes = textNodes(el);
  if (!nodes.length) return 0;
  const range = document.createRange();
  range.setStartBefore(nodes[0]);
  range.setEndAfter(nodes[nodes.length - 1]);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

const shown = (el: HTMLElement) => el.getClientRects().length > 0 && el.textContent!.trim() !== '';

/** What a person on a phone must be able to read: every figure and code whole, names readable, nothing cut. */
function checkReadable(host: Element, frame: HTMLElement, where: string): void {
  const root = shadow(host);
  const amounts = $$(root, 'td.amount .v, td.num .amount').filter(shown);
  for (const a of amounts) expect(lines(a), `${where}: amount "${a.textContent}" breaks`).to.equal(1);
  for (const c of $$(root, 'td.code').filter(shown)) {
    expect(lines(c), `${where}: code "${c.textContent}" breaks`).to.equal(1);
    // The code's text stays inside its cell: it never runs into the name beside it.
    const range = document.createRange();
    range.selectNodeContents(c);
    expect(range.getBoundingClientRect().right, `${where}: code "${c.textContent}" overflows its cell`).to.be.at.most(c.getBoundingClientRect().right + 0.5);
  }
  // A text that wraps has room for several characters a line (a short one, "0%" or "平方米", is on one line).
  for (const name of $$(root, 'tbody th[scope=row], tbody td.text:not(.blank) .v').filter(shown)) {
    const size = parseFloat(getComputedStyle(name).fontSize);
    if (lines(name) > 1)
      expect(name.getBoundingClientRect().width, `${where}: name "${name.textContent!.trim()}" is too narrow`).to.be.at.least(4 * size - 0.5);
  }
  const edge = Math.min(frame.getBoundingClientRect().right, window.innerWidth) + 0.5;
  for (const a of amounts) expect(a.getBoundingClientRect().right, `${where}: "${a.textContent}" is cut`).to.be.at.most(edge);
  expect(frame.scrollWidth, `${where}: the frame scrolls sideways`).to.be.at.most(frame.clientWidth + 1);
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(window.innerWidth);
}

/** In English, Chinese text only inside an element marked lang="zh-CN". */
function checkMarked(root: Node, where: string): void {
  for (const n of textNodes(root)) {
    if (!CJK.test(n.textContent!)) continue;
    expect(n.parentElement!.closest('[lang="zh-CN"]'), `${where}: "${n.textContent!.trim()}" is not marked zh-CN`).to.not.equal(null);
  }
}

async function rendered(el: Element, what: string): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('table, [role=alert], .state'), `${what} did not render`, { timeout: 8000 });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('tables on phones', function () {
  this.timeout(60000);
  const kinds = new Map<string, string[]>();
  before(async () => {
    for (const f of FILES)
      kinds.set(
        f,
        standardTables((await loadBudget(`/${f}`)).document).map((t) => t.kind),
      );
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const file of FILES) {
    for (const width of PHONES) {
      for (const large of [false, true]) {
        for (const lang of ['zh-CN', 'en']) {
          const mode = `${width} px${large ? ', large text' : ''}, ${lang}`;
          it(`shows every standard table of ${file.split('/').pop()} whole at ${mode}`, async () => {
            await setViewport({ width, height: 800 });
            const box = await fixture<HTMLDivElement>('<div></div>');
            for (const kind of kinds.get(file)!) {
              const el = document.createElement('budget-table');
              el.setAttribute('src', `/${file}`);
              el.setAttribute('table', kind);
              el.setAttribute('lang', lang);
              el.toggleAttribute('large-text', large);
              box.append(el);
            }
            const tables = [...box.children];
            expect(tables.length).to.be.greaterThan(0);
            for (const el of tables) await rendered(el, el.getAttribute('table')!);
            for (const el of tables) {
              const where = `${el.getAttribute('table')} (${mode})`;
              expect(shadow(el).querySelector('[role=alert]'), where).to.equal(null);
              checkReadable(el, shadow(el).querySelector<HTMLElement>('.frame')!, where);
              if (lang === 'en') checkMarked(shadow(el), where);
            }
          });

          it(`shows the table twin of ${file.split('/').pop()} whole at ${mode}`, async () => {
            await setViewport({ width, height: 800 });
            const box = await fixture<HTMLDivElement>('<div></div>');
            for (const classification of ['functional', 'economic']) {
              const el = document.createElement('budget-tree');
              Object.assign(el, { src: `/${file}`, view: 'table', classification, lang });
              el.toggleAttribute('large-text', large);
              box.append(el);
            }
            for (const el of box.children) {
              await rendered(el, 'budget-tree');
              const frame = shadow(el).querySelector<HTMLElement>('.frame');
              if (!frame) continue;
              const where = `${el.getAttribute('classification') ?? (el as HTMLElement & { classification: string }).classification} tree (${mode})`;
              checkReadable(el, frame, where);
              const shares = $$(frame, 'td.share .amount').filter(shown);
              expect(shares.length, where).to.be.greaterThan(0);
              for (const s of shares) expect(s.getBoundingClientRect().right, `${where}: share cut`).to.be.at.most(frame.getBoundingClientRect().right + 0.5);
              if (lang === 'en') checkMarked(frame, where);
            }
          });
        }
      }
    }
  }

  it('never splits an English word in a header or a label of a wide table', async () => {
    await setViewport({ width: 1280, height: 800 });
    const box = await fixture<HTMLDivElement>('<div></div>');
    for (const kind of kinds.get(SEED)!) {
      const el = document.createElement('budget-table');
      Object.assign(el, { src: `/${SEED}`, table: kind, lang: 'en' });
      box.append(el);
    }
    for (const el of box.children) {
      await rendered(el, 'budget-table');
      for (const th of $$(shadow(el), 'thead th')) {
        for (const n of textNodes(th)) {
          const text = n.textContent!;
          for (const m of text.matchAll(/[A-Za-z]+/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            expect(r.getClientRects().length, `"${m[0]}" in "${text}" is split`).to.equal(1);
          }
        }
      }
      for (const a of $$(shadow(el), 'td.amount .v').filter(shown)) expect(lines(a), `amount "${a.textContent}"`).to.equal(1);
    }
  });
});
