// <budget-document>: the whole disclosure as one page, from one JSON, on the founding department and the
// real documents: every part it publishes with a heading, every table and project, contents that reach each,
// addresses that survive a reload, no sideways scrolling on a phone, English without unmarked Chinese.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { BudgetDocumentElement } from '../../src/elements/budget-document/budget-document.js';
import { standardTables } from '../../src/model/tables.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, REAL_DOCUMENTS, SEED, SHANGHAI } from '../helpers/files.js';
import { splitAmounts, unmarkedChinese } from '../helpers/reading.js';

const FILES = [SEED, SHANGHAI, ...REAL_DOCUMENTS];

const INNER = 'budget-summary, budget-tree, budget-table, kpi-card, procurement-table';

/** The document and every element inside it, rendered. */
async function documentOf(file: string, attrs = ''): Promise<BudgetDocumentElement> {
  const wrap = await fixture<HTMLDivElement>(`<div><budget-document src="/${file}" ${attrs}></budget-document></div>`);
  const el = wrap.querySelector('budget-document')!;
  await waitUntil(() => el.shadowRoot?.querySelector('.toc, .state.error'), `${file}: the document did not render`, { timeout: 8000 });
  await el.updateComplete;
  const inner = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>(INNER)];
  await waitUntil(
    () => inner().every((c) => c.shadowRoot?.querySelector('.base') && !c.shadowRoot.querySelector('.state.loading')),
    `${file}: an element inside did not render`,
    { timeout: 10000 },
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

describe('<budget-document>', function () {
  this.timeout(120000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the founding department’s disclosure in the order of the standard disclosure, each part a heading', async () => {
    const el = await documentOf(SEED);
    expect(text($(el, 'h2')!)).to.equal('保定市徐水区行政审批局2024年部门预算信息公开');
    expect($$(el, '.part > h3').map(text)).to.deep.equal([
      '部门概况',
      '部门预算表',
      '部门预算编制说明',
      '机关运行经费',
      '“三公”经费',
      '政府采购',
      '国有资产占有使用情况',
      '绩效目标',
      '其他相关情况说明',
      '名词解释',
    ]);
    // The written part as published, under its own headings.
    expect(text($(el, '#profile')!)).to.contain('一、部门职责及机构设置情况');
    // 机构设置 with its table, as the disclosure prints it; the tables' part has the others.
    expect($(el, '#profile budget-table')!.getAttribute('table')).to.equal('organization');
    expect(text($(el, '#operating-costs')!)).to.contain('三、机关运行经费安排情况');
    expect(text($(el, '#glossary')!)).to.contain('“三公”经费');
  });

  it('has every standard table and every project, each with its own address', async () => {
    const doc = await json<BudgetDocument>(SEED);
    const el = await documentOf(SEED);
    const tables = $$(el, '#tables budget-table');
    expect(tables.map((t) => t.getAttribute('table'))).to.deep.equal(
      standardTables(doc)
        .map((t) => t.kind)
        .filter((k) => (k as string) !== 'organization'),
    );
    // The figures are there: the 收支总表's total as published.
    expect(text(tables[0].shadowRoot!.querySelector('tfoot, tbody')!.closest('table')!)).to.contain('598.78');
    const projects = $$(el, '#performance section.project');
    expect(projects.map((p) => p.id)).to.deep.equal(doc.projects!.map((_, i) => `project-${i + 1}`));
    expect(text(projects[0].querySelector('kpi-card')!.shadowRoot!.querySelector('.card, article, section')!)).to.contain(doc.projects![0].name);
  });

  it('lists every part, table and project in its contents, and each link reaches its target', async () => {
    const el = await documentOf(SEED);
    const links = $$(el, '.toc a');
    expect(links.length).to.be.greaterThan(15);
    for (const a of links) expect($(el, a.getAttribute('href')!), a.getAttribute('href')!).to.not.equal(null);
    const link = links.find((a) => a.getAttribute('href') === '#table-6')!;
    link.click();
    await waitUntil(() => location.hash === '#table-6', 'the address did not change');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'table-6', 'focus did not move to the table');
    const top = $(el, '#table-6')!.getBoundingClientRect().top;
    expect(top).to.be.within(-2, window.innerHeight / 2);
  });

  it('goes to the part an address names when the page loads, and when the address changes', async () => {
    history.replaceState(null, '', '#project-2');
    const el = await documentOf(SEED);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'project-2', 'the address was not followed on load');
    location.hash = '#glossary';
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'h-glossary', 'a new address was not followed');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('passes axe', async () => {
    const el = await documentOf(SHANGHAI);
    await expect(el).to.be.accessible();
  });

  it('shows what the text states in sentences as tables and figures: 项 lines, assets by class, units, a quarterly plan (万里街道 2023)', async () => {
    const file = REAL_DOCUMENTS.find((f) => f.includes('wanli-2023'))!;
    const el = await documentOf(file);
    // 财政拨款支出主要内容: one table where the text's 项 lines stood, every line with its figures and reasons.
    const notes = $(el, '#explanation budget-table[table="expenditureNotes"]')!;
    const rows = [...notes.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(34);
    expect(text(rows[0])).to.contain('2010506').and.contain('统计管理').and.contain('2.63').and.contain('1.48').and.contain('+77.70%');
    expect(text(rows[0])).to.contain('统计管理经费增加');
    // The text's own 项 paragraphs are not repeated beside it.
    expect(text($(el, '#explanation')!)).to.not.contain('“一般公共服务支出（类）统计信息事务（款）统计管理（项）”');
    // 国有资产: the classes in a table with their measure units, the parts indented under their class; vehicles by class.
    const assets = $(el, '#assets budget-table[table="assets"]')!;
    const assetRows = [...assets.shadowRoot!.querySelectorAll('tbody tr')].map(text);
    expect(assetRows.find((r) => r.startsWith('在建工程')))
      .to.contain('12,277.73')
      .and.contain('项');
    expect(assetRows.find((r) => r.startsWith('房屋')))
      .to.contain('14,609.83')
      .and.contain('平方米');
    expect(assets.shadowRoot!.querySelector('th.l3')!.textContent).to.contain('单价100万元以上专用设备');
    expect(text($(el, '#assets')!)).to.match(/执法执勤用车\s*4辆/);
    // 机构设置 counted; the names only table is left out, since the text lists them.
    expect(text($(el, '#profile .unit-counts')!)).to.equal('单位构成 行政单位 1家 · 参公单位 1家 · 事业单位 4家 · 下属预算单位 5家');
    expect($(el, '#profile budget-table')).to.equal(null);
    // A project's 分季度用款计划 as a table under its text.
    const quarters = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('table.quarters tbody tr')].map((r) => [...r.cells].map(text).join(' '));
    expect(quarters).to.deep.equal(['第一季度 25.88万元', '第二季度 180.74万元', '第三季度 186.60万元', '第四季度 16.78万元']);
    // The document's own 目录 (五、部门预算表 and the tables' titles) is not text of the page: the contents link them.
    expect($$(el, '.written h4').map(text)).to.not.include('五、部门预算表');
    // 四、绩效目标设置情况 stands with the goals.
    expect(text($(el, '#performance')!)).to.contain('编报绩效目标的项目5个');
  });

  it('heads the parts of a project’s 经费情况说明 (一、项目概述 … 七、绩效目标) one level below it', async () => {
    const el = await documentOf(REAL_DOCUMENTS.find((f) => f.includes('finance'))!);
    const section = $$(el, '.written').find((s) => s.querySelector('h4')?.textContent?.trim() === '项目经费情况说明')!;
    expect([...section.querySelectorAll('h5')].map(text)).to.deep.equal([
      '一、项目概述',
      '二、立项依据',
      '三、实施主体',
      '四、实施方案',
      '五、实施周期',
      '六、年度预算安排',
      '七、绩效目标',
    ]);
  });

  it('calls the parts of a unit’s own budget 单位, as its title does, and keeps the order it prints them in', async () => {
    const el = await documentOf(REAL_DOCUMENTS.find((f) => f.includes('welfare'))!);
    // A Shanghai budget prints 名词解释 third and its tables after the explanation; 三公 before 机关运行经费.
    expect($$(el, '.part > h3').map(text)).to.deep.equal([
      '单位概况',
      '名词解释',
      '单位预算编制说明',
      '单位预算表',
      '“三公”经费',
      '机关运行经费',
      '政府采购',
      '绩效目标',
      '国有资产占有使用情况',
    ]);
    // The contents follow the page.
    expect($$(el, '.toc > ol > li > a').map(text)).to.deep.equal($$(el, '.part > h3').map(text));
    // Its summary tables print their own lines: four 类 (201 with no figure, 210 under its former name), the income lines as worded.
    const summary = $$(el, '#tables budget-table').find((t) => t.getAttribute('table') === 'summary')!.shadowRoot!;
    // Each cell's own text (not the label a phone's card shows with it).
    const rows = [...summary.querySelectorAll('table.two-sided tbody tr')].map((r) => [...r.children].map((c) => text(c.querySelector('.v') ?? c)));
    expect(rows.map((r) => r[2])).to.deep.equal([
      '一、一般公共服务支出',
      '二、社会保障和就业支出',
      '三、医疗卫生与计划生育支出',
      '四、住房保障支出',
      '',
      '',
      '',
      '支出总计',
    ]);
    expect(rows.map((r) => r[0])).to.deep.equal([
      '一、财政拨款收入',
      '1、一般公共预算资金',
      '2、政府性基金',
      '3、国有资本经营预算',
      '二、事业收入',
      '三、事业单位经营收入',
      '四、其他收入',
      '收入总计',
    ]);
    expect(rows[2]![3]).to.equal('503,724');
    // Its 三公 table's headers name the year, as it prints them, over the same three levels.
    const three = $$(el, '#tables budget-table').find((t) => t.getAttribute('table') === 'threePublicAndOperatingCosts')!.shadowRoot!;
    expect([...three.querySelectorAll('thead tr')].map((r) => [...r.children].map((c) => text(c)))).to.deep.equal([
      ['2024年“三公”经费预算数', '2024年机关运行经费预算数'],
      ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费'],
      ['小计', '购置费', '运行费'],
    ]);
    // A unit's own budget says 编制单位 above its tables and 单位预算 under them; a table it does not print is named for the unit too.
    const org = $(el, '#profile budget-table[table="organization"]')!.shadowRoot!;
    expect(text(org.querySelector('.title')!)).to.equal('单位机构设置情况');
    expect(text(summary.querySelector('.meta')!)).to.match(/^编制单位：上海市普陀区社会福利院/);
    expect(text(el.shadowRoot!.querySelector('.caption')!))
      .to.contain('单位预算')
      .and.not.contain('部门预算');
  });

  it('gives the 小微企业 reserve of procurement, the 内设机构 of a unit, and the income table as printed', async () => {
    const wanli = await documentOf(REAL_DOCUMENTS.find((f) => f.includes('wanli-2024'))!);
    const summary = $(wanli, '#procurement procurement-table')!.shadowRoot!.querySelector('.summary')!;
    expect(text(summary)).to.contain('预留中小微企业份额 664.98万元').and.contain('其中预留给小型和微型企业 465.49万元');
    const commerce = await documentOf(REAL_DOCUMENTS.find((f) => f.includes('commerce'))!);
    const org = $(commerce, '#profile budget-table')!.shadowRoot!;
    expect([...org.querySelectorAll('thead th')].map(text)).to.deep.equal(['单位名称', '内设机构', '说明']);
    expect(text(org.querySelector('tbody')!))
      .to.contain('办公室、综合调研科')
      .and.contain('不单列预算');
    // A Shanghai 收入预算总表 prints five amount columns, and calls one 事业单位经营收入.
    const income = $$(commerce, '#tables budget-table').find((t) => t.getAttribute('table') === 'income')!.shadowRoot!;
    expect([...income.querySelectorAll('thead tr:last-child th')].map(text)).to.deep.equal([
      '科目编码',
      '科目名称',
      '合计',
      '财政拨款收入',
      '事业收入',
      '事业单位经营收入',
      '其他收入',
    ]);
  });

  for (const file of FILES) {
    it(`shows every part ${file.split('/').pop()} publishes, its contents reach each, axe finds nothing, and at 320 px in large text nothing scrolls sideways or splits an amount`, async () => {
      const doc = await json<BudgetDocument>(file);
      await setViewport({ width: 320, height: 800 });
      const el = await documentOf(file, 'large-text');
      const kinds = standardTables(doc).map((t) => t.kind as string);
      // The tables of what the text states stand in their sections: 机构设置 in the profile, the 项 lines in
      // the explanation, asset classes (where no layout lists an assets table) with the assets.
      const laidOut = (k: string) => (doc.tables ?? []).some((l) => l.kind === k);
      const inSection = (k: string) => k === 'organization' || k === 'expenditureNotes' || (k === 'assets' && !laidOut('assets'));
      expect($$(el, '#tables budget-table')).to.have.length(kinds.filter((k) => !inSection(k)).length);
      expect($$(el, '#explanation budget-table[table="expenditureNotes"]')).to.have.length(kinds.includes('expenditureNotes') ? 1 : 0);
      if (kinds.includes('assets') && !laidOut('assets')) expect($(el, '#assets budget-table[table="assets"]')).to.not.equal(null);
      if (doc.glossary?.length) expect($(el, '#glossary')).to.not.equal(null);
      if (doc.threePublic) expect($(el, '#three-public budget-summary')).to.not.equal(null);
      // Every written section is there with its text, but for the lines of the document's own 目录 (a list of
      // the tables' titles) and the 项 lines, which the table of 财政拨款支出主要内容 shows.
      const titles = new Set((doc.tables ?? []).map((l) => l.title.replace(/\s/g, '')));
      const isTableTitle = (p: string) => titles.has(p.replace(/^\s*\d+\s*[.．、]\s*/, '').replace(/\s/g, ''));
      const isLine = (p: string) => /（项）|\(项\)|\d{2}项）/.test(p) && (doc.expenditureNotes?.length ?? 0) > 0;
      const article = text(el.shadowRoot!.querySelector('article')!);
      for (const s of doc.narrative ?? []) {
        if (s.paragraphs.every(isTableTitle)) continue;
        const first = s.paragraphs.find((p) => !isLine(p));
        if (first) expect(article, s.title).to.contain(first.trim().slice(0, 12));
      }
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(splitAmounts(el)).to.deep.equal([]);
      // The contents reach every part, table and project; axe finds nothing.
      const links = $$(el, '.toc a');
      expect(links.length).to.be.at.least(kinds.filter((k) => !inSection(k)).length + 3);
      for (const a of links) expect($(el, a.getAttribute('href')!), a.getAttribute('href')!).to.not.equal(null);
      await expect(el).to.be.accessible();
      await setViewport({ width: 1280, height: 800 });
      const en = await documentOf(file, 'lang="en"');
      expect(unmarkedChinese(en)).to.deep.equal([]);
      // The contents name the tables as their English headings do.
      const first = $(en, `.toc a[href="#${$(en, '#tables section.table')?.id}"]`);
      if (first && standardTables(doc)[0]?.kind === 'summary') expect(text(first)).to.equal('Income and expenditure summary');
    });
  }
});
