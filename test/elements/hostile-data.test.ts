import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { clearBudgetCache } from '../../src/data/fetch-budget.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED } from '../helpers/files.js';

import { BUDGET_TAGS as TAGS } from '../../src/elements/tags.js';
const realFetch = window.fetch;

/** A budget whose functional classification repeats one code 100,000 times, and its economic one `economic` times. */
function duplicated(seed: BudgetDocument, economic = 100_000): BudgetDocument {
  const doc = clone(seed);
  const f = { code: '201', name: 'x', amounts: { total: '1' } };
  const e = { code: '301', name: 'x', amounts: { total: '1' } };
  doc.expenditure.functional = Array.from({ length: 100_000 }, () => f);
  doc.expenditure.economic!.items = Array.from({ length: economic }, () => e);
  return doc;
}

/** Waits for the element's error state and returns its text. */
async function errorText(el: HTMLElement): Promise<string> {
  await waitUntil(() => el.shadowRoot?.querySelector('.state.error[role=alert]'), `<${el.localName}> shows no error`, { timeout: 8000 });
  return el.shadowRoot!.querySelector('.state.error')!.textContent!.replace(/\s+/g, ' ');
}

describe('hostile data in every element (issue 13)', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearBudgetCache();
  });

  for (const tag of TAGS) {
    it(`<${tag}> given 100,000 duplicate codes as data shows a data error naming the field, not “loading” forever`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<HTMLElement & { data?: unknown }>(`<${tag}></${tag}>`);
        el.data = duplicated(seed);
        const shown = await errorText(el);
        expect(shown).to.contain('不符合预算数据标准').and.contain('$.expenditure.functional[1].code');
        expect(shown).to.contain('199998 处错误');
        // eight are listed, and the rest are counted, not silently cut
        expect(el.shadowRoot!.querySelectorAll('.state.error li')).to.have.length(9);
        expect(shown).to.contain('另有 199990 处问题未列出');
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('<budget-directory> given a catalog of 100,000 departments with one file each named twice shows a catalog error naming the fields, not “loading” forever', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<HTMLElement & { data?: unknown }>('<budget-directory></budget-directory>');
      el.data = {
        catalogVersion: '1.0.0',
        region: { name: '测试区' },
        year: 2024,
        phase: 'budget',
        departments: Array.from({ length: 100_000 }, () => ({ name: '<img src=x onerror=alert(1)>', src: '/same.json' })),
      };
      const shown = await errorText(el);
      expect(shown).to.contain('目录文件不符合部门目录标准').and.contain('$.departments[1].src');
      // Listed in part, the rest counted; the name is text, never markup.
      expect(el.shadowRoot!.querySelectorAll('.state.error li').length).to.be.at.most(9);
      expect(shown).to.match(/另有 \d+ 处问题未列出/);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('by src, the same file is a data error, not a network error', async () => {
    // (kept under the 8 MiB a file may have)
    const body = JSON.stringify(duplicated(seed, 50_000));
    expect(body.length).to.be.below(8 * 1024 * 1024);
    window.fetch = (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
    const el = await fixture<HTMLElement>(`<budget-tree src="/dup.json"></budget-tree>`);
    const shown = await errorText(el);
    expect(shown).to.contain('不符合预算数据标准').and.not.contain('网络错误');
  });

  it('an amount of 400 digits is refused with its field named, in English too, and no chart is drawn', async () => {
    const doc = clone(seed);
    doc.expenditure.functional[0]!.amounts.total = '9'.repeat(400);
    const el = await fixture<HTMLElement & { data?: unknown }>(`<budget-tree lang="en"></budget-tree>`);
    el.data = doc;
    const shown = await errorText(el);
    expect(shown).to.contain('$.expenditure.functional[0].amounts.total').and.contain('too many digits');
    expect(el.shadowRoot!.querySelector('path')).to.equal(null);
  });

  it('a neighbour widget keeps working beside a broken one', async () => {
    const box = await fixture<HTMLElement>(`<div><budget-summary id="bad"></budget-summary><budget-summary id="good" src="/${SEED}"></budget-summary></div>`);
    const bad = box.querySelector<HTMLElement & { data?: unknown }>('#bad')!;
    const good = box.querySelector<HTMLElement>('#good')!;
    bad.data = duplicated(seed);
    await errorText(bad);
    await waitUntil(() => good.shadowRoot?.querySelector('section'), 'the neighbour did not render', { timeout: 8000 });
    good.setAttribute('lang', 'en');
    await waitUntil(() => good.shadowRoot!.textContent!.includes('Total income'), 'the neighbour did not switch to English');
  });
});

describe('large tables draw their first 500 rows, the rest on request (issue 13)', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });

  it('<budget-table> with 9,900 codes shows 500 rows, says so, and shows all on the button; the CSV has every row', async () => {
    const doc = clone(seed);
    doc.expenditure.functional = [];
    for (let a = 201; a <= 299; a++) {
      doc.expenditure.functional.push({ code: String(a), name: `类${a}`, amounts: { total: '99' } });
      for (let b = 1; b <= 99; b++) doc.expenditure.functional.push({ code: `${a}${String(b).padStart(2, '0')}`, name: `款${a}${b}`, amounts: { total: '1' } });
    }
    const el = await fixture<HTMLElement & { data?: unknown; csv(): string }>(`<budget-table table="支出总表"></budget-table>`);
    el.data = doc;
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'no rows', { timeout: 8000 });
    const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(rows()).to.equal(500);
    const more = el.shadowRoot!.querySelector('.more-rows')!;
    expect(more.textContent).to.contain('显示前 500 行，共 9901 行'); // 9,900 codes and the 合计 row
    expect(more.querySelector('button')!.textContent).to.contain('显示其余 9401 行');
    more.querySelector('button')!.click();
    await waitUntil(() => rows() === 9901, 'the other rows did not appear', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.more-rows')).to.equal(null);
    expect(el.csv().trim().split('\r\n').length).to.be.greaterThan(9900);
  });

  it('<procurement-table> with 3,000 items shows the totals and 500 items, in English too', async () => {
    const doc = clone(seed);
    const items = doc.procurement!.items!;
    doc.procurement!.items = Array.from({ length: 3000 }, (_, i) => ({ ...items[i % items.length]!, item: `物品${i}` }));
    const el = await fixture<HTMLElement & { data?: unknown }>(`<procurement-table lang="en"></procurement-table>`);
    el.data = doc;
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'no rows', { timeout: 8000 });
    const itemRows = () => el.shadowRoot!.querySelectorAll('tbody tr:not(.total):not(.subtotal)').length;
    expect(itemRows()).to.equal(500);
    expect(el.shadowRoot!.querySelector('tbody tr.total')).to.not.equal(null);
    const more = el.shadowRoot!.querySelector('.more-rows')!;
    expect(more.textContent).to.contain('Showing the first 500 of 3000 rows').and.contain('Show the other 2500 rows');
    more.querySelector('button')!.click();
    await waitUntil(() => itemRows() === 3000, 'the other rows did not appear', { timeout: 8000 });
  });
});
