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

  for (const file of FILES) {
    it(`shows every part ${file.split('/').pop()} publishes, and at 320 px in large text nothing scrolls sideways or splits an amount`, async () => {
      const doc = await json<BudgetDocument>(file);
      await setViewport({ width: 320, height: 800 });
      const el = await documentOf(file, 'large-text');
      const kinds = standardTables(doc).map((t) => t.kind as string);
      expect($$(el, '#tables budget-table')).to.have.length(kinds.filter((k) => k !== 'organization').length);
      expect($$(el, '#profile budget-table')).to.have.length(kinds.includes('organization') ? 1 : 0);
      if (doc.glossary?.length) expect($(el, '#glossary')).to.not.equal(null);
      if (doc.threePublic) expect($(el, '#three-public budget-summary')).to.not.equal(null);
      for (const s of doc.narrative ?? [])
        if (s.paragraphs.length) expect(text(el.shadowRoot!.querySelector('article')!), s.title).to.contain(s.paragraphs[0].trim().slice(0, 12));
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(splitAmounts(el)).to.deep.equal([]);
      await setViewport({ width: 1280, height: 800 });
      const en = await documentOf(file, 'lang="en"');
      expect(unmarkedChinese(en)).to.deep.equal([]);
    });
  }
});
