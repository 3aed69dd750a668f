import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-directory/define.js';
import type { BudgetDirectory } from '../../src/elements/budget-directory/budget-directory.js';
import type { BudgetTree } from '../../src/elements/budget-tree/budget-tree.js';
import { json } from '../helpers/files.js';

// The catalogs `budget-kit catalog data -o data/catalog` writes from the real documents in data/.
const FINAL_2024 = '/data/catalog/catalog-2024-final.json';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement | null;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element | null) => ((e as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const names = (el: Element) => $$(el, 'tbody th').map((th) => text(th));

async function directory(attrs: string, props: Record<string, unknown> = {}): Promise<BudgetDirectory> {
  const el = await fixture<BudgetDirectory>(`<budget-directory ${attrs}></budget-directory>`);
  Object.assign(el, props);
  await waitUntil(() => $(el, 'table, [role=alert], .none, .rollup'), 'directory did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A catalog of `n` departments, each pointing at one of the real files (a query string makes each URL its own). */
async function synthetic(n: number, broken: number[] = []): Promise<Record<string, unknown>> {
  const files = ['shanghai-putuo-finance-2024-final.json', 'shanghai-putuo-planning-2024-final.json', 'shanghai-putuo-social-work-2024-final.json'];
  return {
    catalogVersion: '1.0.0',
    region: { name: '测试区' },
    year: 2024,
    phase: 'final',
    departments: Array.from({ length: n }, (_, i) => ({
      name: `部门${String(i + 1).padStart(3, '0')}`,
      code: String(100 + i),
      src: broken.includes(i) ? `/data/no-such-department-${i}.json` : `/data/${files[i % 3]}?n=${i}`,
    })),
  };
}

describe('<budget-directory>', () => {
  it('lists the departments of a real catalog, loads each file and says what its check found', async () => {
    const el = await directory(`src="${FINAL_2024}"`);
    expect(text($(el, '[part=header] .title'))).to.equal('上海市普陀区2024年部门决算');
    await waitUntil(() => text($(el, '[part=progress]')).startsWith('已载入 3 / 3'), 'files not loaded', { timeout: 10000 });
    // zh-CN collation: 上 before 中.
    expect(names(el)).to.deep.equal(['上海市普陀区财政局', '上海市普陀区规划和自然资源局', '中共上海市普陀区委社会工作部']);
    const row = $$(el, 'tbody tr')[1]!;
    expect(text(row)).to.contain('9,859.38');
    expect(text(row)).to.contain('9,746.50');
    expect(text(row)).to.match(/已核对：/);
    // Loaded, the figure is the file's: no "as the catalog lists it" any more.
    expect(text(row)).to.not.contain('目录所列');
    expect(text($(el, '[part=header]'))).to.contain('其他年度：2023年预算、2024年预算、2025年预算、2026年预算');
  });

  it('searches by name and sorts by spending, both ways', async () => {
    const el = await directory(`src="${FINAL_2024}"`);
    const search = $(el, 'input[type=search]') as HTMLInputElement;
    search.value = '规划';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['上海市普陀区规划和自然资源局']);
    expect(text($(el, '.count'))).to.equal('找到 1 个部门（共 3 个）');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'total-desc';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['上海市普陀区规划和自然资源局', '上海市普陀区财政局', '中共上海市普陀区委社会工作部']);
    expect($(el, 'thead th.num')!.getAttribute('aria-sort')).to.equal('descending');
    el.sort = 'total-asc';
    await el.updateComplete;
    expect(names(el)[0]).to.equal('中共上海市普陀区委社会工作部');
  });

  it('loads only the departments on screen, a page at a time, and names a file that cannot be loaded while the others load', async () => {
    const el = await directory('page-size="10"', { data: await synthetic(120, [3]) });
    await waitUntil(() => text($(el, '[part=progress]')).startsWith('已载入 10 / 10'), 'first page not loaded', { timeout: 10000 });
    expect($$(el, 'tbody tr')).to.have.length(10);
    expect(text($(el, '[part=progress]'))).to.equal('已载入 10 / 10 个部门的数据文件，1 个无法载入');
    const broken = $$(el, 'tbody tr')[3]!;
    expect(text(broken)).to.match(/部门004 .*无法载入：找不到数据文件（HTTP 404）/);
    expect(text($$(el, 'tbody tr')[4]!)).to.match(/已核对：/);
    expect(text($(el, '.more-rows'))).to.contain('显示 10 个，共 120 个。');
    ($(el, '.more-rows button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(20);
    await waitUntil(() => text($(el, '[part=progress]')).startsWith('已载入 20 / 20'), 'second page not loaded', { timeout: 10000 });
  });

  it('shows a department’s summary with its links when chosen, and its page from page-template', async () => {
    const el = await directory(`src="${FINAL_2024}" page-template="department.html?src={src}"`);
    ($$(el, 'tbody th button')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    const detail = $(el, '[part=detail]')!;
    expect(text(detail.querySelector('h3'))).to.equal('中共上海市普陀区委社会工作部的预算概况');
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    const links = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).to.equal(`department.html?src=${encodeURIComponent(new URL('/data/shanghai-putuo-social-work-2024-final.json', location.href).href)}`);
    const summary = detail.querySelector('budget-summary')!;
    await waitUntil(() => summary.shadowRoot!.querySelector('section'), 'no summary', { timeout: 5000 });
    expect(text(summary.shadowRoot!.querySelector('section'))).to.contain('307.82万元');
  });

  it('rolls the departments up: by department (the departments as the first ring) and by function across them', async () => {
    const el = await directory(`src="${FINAL_2024}" view="departments"`);
    const tree = $(el, 'budget-tree') as unknown as BudgetTree;
    await waitUntil(() => tree.shadowRoot!.querySelector('path.arc'), 'no roll-up chart', { timeout: 5000 });
    // Before their files load, the departments count with the catalog's 类; after, with their files: the same sizes.
    const ring1 = (t = $(el, 'budget-tree') as unknown as BudgetTree) =>
      [...t.shadowRoot!.querySelectorAll('path.arc[aria-level="1"]')].map((p) => p.getAttribute('aria-label')!.split('，').slice(0, 2).join('，'));
    const before = ring1();
    // A roll-up loads no file the catalog's figures stand for; the list loads the files on screen.
    expect(text($(el, '.rollup > p'))).to.match(/^汇总 3 个部门：0 个按其数据文件，3 个按目录所列的类级数字/);
    el.view = 'list';
    await waitUntil(() => text($(el, '[part=progress]')).startsWith('已载入 3 / 3'), 'files not loaded', { timeout: 10000 });
    el.view = 'departments';
    await el.updateComplete;
    await waitUntil(() => text($(el, '.rollup > p')).startsWith('汇总 3 个部门：3 个按其数据文件'), 'files not counted', { timeout: 10000 });
    const tree2 = $(el, 'budget-tree') as unknown as BudgetTree;
    await tree2.updateComplete;
    // The year's spending: 9,759.38 + 2,940.05 + 307.82 = 13,007.25万元, the departments largest first, named under their region.
    expect(ring1()).to.deep.equal(['规划和自然资源局，9,759.38万元', '财政局，2,940.05万元', '中共上海市普陀区委社会工作部，307.82万元']);
    // From the catalog, 财政局 is the sum of its 类 as its tables print them: 0.01 more than its printed 合计 (R-FUNC-01 notes it).
    expect(before).to.deep.equal(['规划和自然资源局，9,759.38万元', '财政局，2,940.06万元', '中共上海市普陀区委社会工作部，307.82万元']);
    expect(tree.shadowRoot!.querySelector('[part=centre]')!.textContent).to.contain('1.30亿元');
    expect(text($(el, '.rollup > p'))).to.contain('列表中的支出合计为支出总计，另含年末结转和结余');
    // An arc chosen on the chart shows that department below it.
    const arc = [...tree.shadowRoot!.querySelectorAll<SVGPathElement>('path.arc[aria-level="1"]')][1]!;
    arc.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '[part=detail] h3'))).to.equal('上海市普陀区财政局的预算概况');
    el.view = 'functions';
    await el.updateComplete;
    const byFunction = $(el, 'budget-tree') as unknown as BudgetTree;
    await byFunction.updateComplete;
    await waitUntil(() => byFunction.shadowRoot!.querySelector('path.arc[aria-level="1"]'), 'no function roll-up', { timeout: 5000 });
    const first = [...byFunction.shadowRoot!.querySelectorAll('path.arc[aria-level="1"]')].map((p) => p.getAttribute('aria-label')!.split('，')[0]);
    expect(first).to.include('208 社会保障和就业支出');
    // 208: 326.72 (财政局) + 754.75 (规划局) + the 社工部's, exactly.
    const doc = await Promise.all(
      ['finance', 'planning', 'social-work'].map((d) =>
        json<{ expenditure: { functional: Array<{ code: string; amounts: { total?: string } }> } }>(`data/shanghai-putuo-${d}-2024-final.json`),
      ),
    );
    const sum208 = doc.map((d) => Number(d.expenditure.functional.find((f) => f.code === '208')?.amounts.total ?? 0)).reduce((a, b) => a + b, 0);
    const label208 = [...byFunction.shadowRoot!.querySelectorAll('path.arc[aria-level="1"]')]
      .map((p) => p.getAttribute('aria-label')!)
      .find((l) => l.startsWith('208'))!;
    expect(label208).to.contain(`${sum208.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}万元`);
  });

  it('draws a roll-up from the catalog alone, and loads every file, with progress, when the reader asks for the 款 and 项', async () => {
    const el = await directory(`src="${FINAL_2024}" view="functions"`);
    const tree = () => $(el, 'budget-tree') as unknown as BudgetTree;
    await waitUntil(() => tree().shadowRoot!.querySelector('path.arc'), 'no roll-up', { timeout: 5000 });
    expect($(el, '[part=progress]') === null).to.equal(true);
    expect(tree().shadowRoot!.querySelectorAll('path.arc[aria-level="2"]')).to.have.length(0);
    const button = $(el, '.rollup button') as HTMLButtonElement;
    expect(text(button)).to.equal('载入这 3 个部门的数据文件，细分到款和项');
    button.click();
    await waitUntil(() => text($(el, '[part=progress]')).startsWith('已载入 3 / 3'), 'files not loaded', { timeout: 10000 });
    await waitUntil(() => tree().shadowRoot!.querySelector('path.arc[aria-level="2"]'), 'no 款 ring', { timeout: 5000 });
    expect(text($(el, '.rollup > p'))).to.match(/^汇总 3 个部门：3 个按其数据文件，0 个按目录所列/);
    expect($(el, '.rollup button') === null).to.equal(true);
  });

  it('draws the roll-up of a new catalog, not the old one', async () => {
    const one = (name: string, total: string) => ({
      catalogVersion: '1.0.0',
      region: { name },
      year: 2024,
      phase: 'budget',
      unit: '万元',
      departments: [{ name: `${name}甲局`, src: `/x-${name}.json`, total, categories: [{ code: '201', name: '一般公共服务支出', amount: total }] }],
    });
    const el = await directory('view="departments"', { data: one('甲区', '100.00') });
    const centre = () => ($(el, 'budget-tree') as unknown as BudgetTree).shadowRoot!.querySelector('[part=centre]')?.textContent ?? '';
    await waitUntil(() => centre().includes('100.00万元'), 'no first roll-up', { timeout: 5000 });
    el.data = one('乙区', '999.00');
    await waitUntil(() => centre().includes('999.00万元'), 'the roll-up kept the old catalog', { timeout: 5000 });
  });

  it('links only web addresses: a catalog is data, and a javascript: page is never a link', async () => {
    const c = await synthetic(2);
    (c.departments as Array<Record<string, string>>)[0]!.page = 'javascript:alert(1)';
    (c.departments as Array<Record<string, string>>)[1]!.page = 'https://www.example.gov.cn/dept/2.html';
    const el = await directory('', { data: c });
    ($$(el, 'tbody th button')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect([...$(el, '[part=detail]')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      new URL('/data/shanghai-putuo-finance-2024-final.json?n=0', location.href).href,
    ]);
    ($$(el, 'tbody th button')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part=detail] a')!.getAttribute('href')).to.equal('https://www.example.gov.cn/dept/2.html');
  });

  it('says in words what is wrong with a catalog that cannot be read, and with one that breaks the standard', async () => {
    const bad = await directory('', { data: { catalogVersion: '1.0.0', region: {}, year: 2024, phase: 'budget', departments: [{ name: 'x' }] } });
    const alert = text($(bad, '[role=alert]'));
    expect(alert).to.match(/目录文件不符合部门目录标准（\d+ 处错误）/);
    expect(alert).to.contain('$.departments[0].src');
    const missing = await directory('src="/data/catalog/no-such-catalog.json" lang="en"');
    expect(text($(missing, '[role=alert]'))).to.match(/the data file was not found \(HTTP 404\)/i);
  });

  it('keeps the search, sort, view and chosen department in the address, and a reload restores them', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await directory(`src="${FINAL_2024}" link="dir"`);
    el.query = '普陀';
    el.sort = 'total-desc';
    await el.updateComplete;
    ($$(el, 'tbody th button')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('dir.q')).to.equal('普陀');
    expect(params.get('dir.sort')).to.equal('total-desc');
    expect(params.get('dir.dept')).to.equal('../shanghai-putuo-planning-2024-final.json');
    el.remove();
    // A new page with the same address: the element reads it back.
    const again = await directory(`src="${FINAL_2024}" link="dir"`);
    expect(again.query).to.equal('普陀');
    expect(again.sort).to.equal('total-desc');
    expect(text($(again, '[part=detail] h3'))).to.equal('上海市普陀区规划和自然资源局的预算概况');
    history.replaceState(null, '', location.pathname);
  });

  it('passes axe in every state: list, chosen department, both roll-ups, an error; in English too', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await directory(`src="${FINAL_2024}" lang="${lang}"`);
      await waitUntil(() => text($(el, '[part=progress]')).match(/3 (\/|of) 3/), 'files not loaded', { timeout: 10000 });
      await expect(el).to.be.accessible();
      ($$(el, 'tbody th button')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      const summary = $(el, '[part=detail] budget-summary')!;
      await waitUntil(() => summary.shadowRoot!.querySelector('section'), 'no summary', { timeout: 5000 });
      await expect(el).to.be.accessible();
      for (const view of ['departments', 'functions'] as const) {
        el.view = view;
        await el.updateComplete;
        const tree = $(el, 'budget-tree') as unknown as BudgetTree;
        await waitUntil(() => tree.shadowRoot!.querySelector('path.arc'), 'no roll-up', { timeout: 5000 });
        await expect(el).to.be.accessible();
      }
    }
    const bad = await directory('', { data: { catalogVersion: '1.0.0' } });
    await expect(bad).to.be.accessible();
  });
});
