// Every element, on both departments and every real document in the fixtures, on a phone (320 and 375 px)
// in large text: no amount is split across lines and nothing makes the page scroll sideways; in English,
// every string the kit writes is English, and Chinese data text is marked lang="zh-CN".
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import { standardTables } from '../../src/model/tables.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, FINAL_DOCUMENTS, REAL_DOCUMENTS, SEED, SHANGHAI } from '../helpers/files.js';
import { splitAmounts, unmarkedChinese } from '../helpers/reading.js';

const FILES = [SEED, SHANGHAI, ...REAL_DOCUMENTS, ...FINAL_DOCUMENTS];

/** The elements of one file: every kind, every standard table, the tree's chart and table. */
async function markup(file: string, attrs: string): Promise<string[]> {
  const doc = await json<BudgetDocument>(file);
  const src = `src="/${file}" ${attrs}`;
  return [
    `<budget-summary ${src}></budget-summary>`,
    `<budget-tree ${src}></budget-tree>`,
    `<budget-tree ${src} classification="economic"></budget-tree>`,
    `<budget-tree ${src} view="table"></budget-tree>`,
    ...standardTables(doc).map((t) => `<budget-table ${src} table="${t.kind}"></budget-table>`),
    `<kpi-card ${src} project="*"></kpi-card>`,
    `<kpi-card ${src}></kpi-card>`,
    `<procurement-table ${src}></procurement-table>`,
  ];
}

async function render(html: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(`<div>${html}</div>`);
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  const loading = () => !!el.shadowRoot?.querySelector('.state[role=status]') && !el.shadowRoot.querySelector('.caption, section, svg, table');
  await waitUntil(() => el.shadowRoot?.querySelector('.base') && !loading(), `${html} did not render`, { timeout: 8000 });
  await el.updateComplete;
  // A second frame: the tree measures its width, the tables their container.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

describe('a reader’s first minute, in every element and every real document', function () {
  this.timeout(240000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 375]) {
    it(`never splits an amount, nor scrolls the page sideways, at ${width} px in large text`, async () => {
      await setViewport({ width, height: 800 });
      const problems: string[] = [];
      for (const file of FILES) {
        for (const lang of ['zh-CN', 'en']) {
          for (const html of await markup(file, `large-text lang="${lang}"`)) {
            const el = await render(html);
            const split = splitAmounts(el);
            const what = `${file} ${html.split(' ')[0]} ${html.match(/(table|classification|view)="[^"]+"/g)?.join(' ') ?? ''} ${lang}`;
            if (split.length) problems.push(`${what}: ${split.slice(0, 3).join(' | ')}`);
            const over = document.documentElement.scrollWidth - window.innerWidth;
            if (over > 0) problems.push(`${what}: the page is ${over}px too wide`);
            el.parentElement!.remove();
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('writes English in lang="en", and marks Chinese data text as Chinese', async () => {
    await setViewport({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const file of FILES) {
      for (const html of await markup(file, 'lang="en"')) {
        const el = await render(html);
        const bad = unmarkedChinese(el);
        if (bad.length)
          problems.push(`${file} ${html.split(' ')[0]} ${html.match(/(table|classification|view)="[^"]+"/g)?.join(' ') ?? ''}: ${bad.slice(0, 4).join(' | ')}`);
        el.parentElement!.remove();
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
