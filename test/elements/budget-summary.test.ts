import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/budget-summary/define.js';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { SEED, SHANGHAI } from '../helpers/files.js';

async function summary(attrs = '', src = SEED): Promise<BudgetSummary> {
  const el = await fixture<BudgetSummary>(`<budget-summary src="/${src}" ${attrs}></budget-summary>`);
  await waitUntil(() => el.shadowRoot!.querySelector('section, [role=alert]'), 'summary did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
/** The visible text of a section, without the (hidden) glossary definitions. */
function shown(section: Element): string {
  const copy = section.cloneNode(true) as Element;
  copy.querySelectorAll('[hidden]').forEach((n) => n.remove());
  return text(copy);
}
const section = (el: Element, id: string) => $(el, `section[aria-labelledby="${id}"]`);

describe('<budget-summary>', () => {
  it('shows every headline figure of the founding department as published', async () => {
    const el = await summary();
    expect(shown(section(el, 'h-totals'))).to.equal(
      '收支总额 598.78万元 ▼ 较上年减少 87.5万元 (-87.5万元) 收入总计 598.78万元 支出总计 598.78万元'.replace('▼ ', ''),
    );
    const comp = shown(section(el, 'h-composition'));
    expect(comp).to.contain('基本支出 364.16万元 · 占 60.8%').and.contain('人员经费 332.43万元').and.contain('公用经费 31.73万元');
    expect(comp).to.contain('项目支出 234.62万元 · 占 39.2%');
    expect(shown(section(el, 'h-sources')))
      .to.contain('财政拨款收入 598.78万元')
      .and.contain('一般公共预算拨款 598.78万元 · 占 100.0%');
    const three = shown(section(el, 'h-three'));
    expect(three).to.contain('0.15万元').and.contain('公务接待费 0.15万元').and.contain('因公出国（境）费 0万元');
    const op = shown(section(el, 'h-op'));
    expect(op).to.equal('机关运行经费 31.73万元 办公费 7.13万元 邮电费 8.56万元 工会经费 3.14万元 福利费 2.12万元 公务用车运行维护费 0万元 其他支出 10.79万元');
  });

  it('says which way each change goes in words and sign, not colour alone', async () => {
    const el = await summary();
    const changes = $$(el, 'section[aria-labelledby="h-changes"] li').map(shown);
    expect(changes).to.deep.equal([
      '收支总额：较上年减少 87.5万元 (-87.5万元)',
      '基本支出：较上年减少 61.58万元 (-61.58万元) 原因：人员减少',
      '项目支出：较上年减少 25.92万元 (-25.92万元) 原因：压减支出',
      '“三公”经费：较上年减少 2.43万元 (-2.43万元) （比较基准：2023年） 原因：我部门无公务用车购置',
    ]);
    expect($(el, 'section[aria-labelledby="h-three"] .change')).to.have.class('down');
    expect(shown(section(el, 'h-composition')))
      .to.contain('基本支出 较上年减少 61.58万元 (-61.58万元)')
      .and.contain('项目支出 较上年减少 25.92万元 (-25.92万元)');
  });

  it('has a data-check badge with the seed’s two rounding notes and their figures', async () => {
    const el = await summary();
    const badge = $(el, '[part=badge]');
    expect(text(badge)).to.equal('数据核对：2 条舍位提示');
    const details = $(el, 'section[aria-labelledby="h-check"] details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    ($(el, 'section[aria-labelledby="h-check"] summary') as HTMLElement).click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const items = $$(el, 'section[aria-labelledby="h-check"] li').map(text);
    expect(items).to.have.length(2);
    // each says what it is: a rounding note, a discrepancy, or a question for the department
    expect(items.every((i) => i.startsWith('舍位 '))).to.equal(true);
    expect(items[0]).to.contain('301 工资福利支出（合计）公布为 332.42，其组成部分合计为 332.41');
    expect(items[1]).to.contain('302 商品和服务支出（合计）公布为 31.73，其组成部分合计为 31.74');
    await expect(el).to.be.accessible();
  });

  it('keeps the data-check badge beside its marker in a narrow card, its words wrapping inside it, and names it by its words only', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 15em"><budget-summary src=${`/${SEED}`} sections="check"></budget-summary></div>`);
    const el = wrap.querySelector('budget-summary')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=badge]'), 'no badge', { timeout: 5000 });
    const summaryEl = $(el, 'section[aria-labelledby="h-check"] summary');
    const badge = $(el, '[part=badge]');
    // The badge starts on the marker's line: the summary is no taller than the badge.
    expect(summaryEl.getBoundingClientRect().height).to.be.at.most(badge.getBoundingClientRect().height + 2);
    expect(badge.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });

  it('keeps its headline figures at least as large as the text around them in a narrow card in large text', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 375px; font-size: 32px"><budget-summary src=${`/${SEED}`} large-text></budget-summary></div>`,
    );
    const el = wrap.querySelector('budget-summary')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.big'), 'no headline', { timeout: 5000 });
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    for (const big of $$(el, '.big')) expect(size(big), text(big)).to.be.at.least(size(big.closest('section')!));
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('says what it checked when nothing is found: never a bare “通过”', async () => {
    const el = await summary('', SHANGHAI);
    expect(text($(el, '[part=badge]'))).to.equal('数据核对：已核对部分未发现不一致');
    expect(text($(el, 'section[aria-labelledby="h-check"] p.muted'))).to.match(
      /^表内勾稽 \d+ 项；说明文字中 44 个数字，33 个已与表核对，11 个无法核对（如上年数、未指明科目的数字）；科目编码 60 个与已收录的其他 9 份公开文件对照，13 个未见于其中（.*）。$/,
    );
    // 三公 and 机关运行经费 were published in 万元 and stay so; the totals are in 元
    expect(shown(section(el, 'h-three'))).to.contain('1.00万元');
    expect(shown(section(el, 'h-op'))).to.contain('171.01万元');
    expect(shown(section(el, 'h-totals'))).to.contain('371,514,655.00元');
  });

  it('lists what the written part gets wrong with what each finding is, in zh-CN and English', async () => {
    const doc = await (await fetch(`/${SEED}`)).json();
    doc.narrative.push({
      id: 'overview',
      title: '编制说明',
      paragraphs: [
        // as 万里街道 2023 writes its items, with the percentage of the item above
        '1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”238.28万元。2023年当年预算执行数为132.59万元，2024年预算安排238.28万元，比2023年预算执行数增加60.54%。',
        '1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）机关运行（01项）238.28万元。',
      ],
    });
    const el = await fixture<BudgetSummary>(html`<budget-summary .data=${doc}></budget-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=badge]'));
    expect(text($(el, '[part=badge]'))).to.equal('数据核对：1 条警告，1 处需向部门核实，2 条舍位提示');
    const items = $$(el, 'section[aria-labelledby="h-check"] li').map(text);
    // discrepancies first, then what to ask about, then the rounding notes
    // each with the rule that found it
    expect(items.slice(0, 2)).to.deep.equal([
      '不一致 说明文字写 2010301 行政运行 增加 60.54%；按表中该项 238.28万元 与所写上年执行数 132.59万元 计算，应为增加 79.71%。 R-TEXT-02',
      '需核实 说明文字把 2010301 写作“机关运行”，表中为“行政运行”。 R-TEXT-01',
    ]);
    expect(items.slice(2).every((i) => i.startsWith('舍位 '))).to.equal(true);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '[part=badge]'))).to.equal('Data check: 1 warning, 1 to ask the department about, 2 rounding notes');
    expect($$(el, 'section[aria-labelledby="h-check"] li').map(text)[1]).to.equal(
      'to ask The text names 2010301 “机关运行”; the tables call it “行政运行”. R-TEXT-01',
    );
    ($(el, 'section[aria-labelledby="h-check"] summary') as HTMLElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('explains glossary terms where they appear, by mouse, touch or keyboard', async () => {
    const el = await summary();
    const term = $$(el, 'button.term').find((b) => text(b) === '“三公”经费')!;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    const def = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
    expect(def.hidden).to.equal(true);
    term.click();
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(def.hidden).to.equal(false);
    expect(text(def)).to.contain('纳入财政预算管理的“三公”经费');
    await expect(el).to.be.accessible();
    term.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(def.hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(def.hidden).to.equal(false);
    expect($$(el, 'button.term').map(text)).to.include.members(['机关运行经费', '财政拨款收入']);
  });

  it('shows the parts sections names, in that order', async () => {
    const el = await summary('sections="check, totals"');
    expect($$(el, 'section h3').map(text)).to.deep.equal(['数据核对', '收支总额']);
  });

  it('names the valid sections when given an unknown one', async () => {
    const el = await summary('sections="totals pie"');
    expect(text($(el, '[role=alert]'))).to.equal(
      '未知的部分“pie”，可用：totals, execution, composition, sources, changes, compare, three-public, operating-costs, check, glossary',
    );
    expect($$(el, 'section')).to.have.length(1);
  });

  it('shows large figures in the reader’s scale, the published figure beside them (Shanghai, in 元)', async () => {
    const el = await summary('', 'data/shanghai-putuo-commerce-2025.json');
    const totals = section(el, 'h-totals');
    expect(shown(totals)).to.match(/^收支总额 3\.72亿元 公开数 371,514,655\.00元 /);
    expect(shown(totals)).to.contain('收入总计 3.72亿元');
    // The rounded figure carries the exact one in its title; every amount is one unbreakable piece.
    const income = $$(el, 'section[aria-labelledby="h-totals"] dd .amount')[0];
    expect(income.title).to.equal('371,514,655.00元');
    expect(getComputedStyle(income).whiteSpace).to.equal('nowrap');
    // 三公 is published in 万元 and stays there: never a smaller unit than published.
    expect(shown(section(el, 'h-three'))).to.contain('1.00万元');
    expect(shown(section(el, 'h-composition'))).to.contain('公用经费 171.01万元');
  });

  it('never prints more decimals in the unit asked for than the figure was published with', async () => {
    const el = await summary('unit="万元"', 'data/shanghai-putuo-commerce-2025.json');
    // 371,514,655.00元 has two decimals: in 万元 it is 37,151.47万元, not 37,151.4655万元, the published figure one step away.
    expect(shown(section(el, 'h-totals')))
      .to.contain('收入总计 37,151.47万元')
      .and.not.contain('37,151.4655');
    expect($$(el, 'section[aria-labelledby="h-totals"] dd .amount')[0].title).to.equal('371,514,655.00元');
  });

  it('shows amounts in the unit asked for, exactly', async () => {
    const el = await summary('unit="元"');
    expect(shown(section(el, 'h-totals'))).to.contain('5,987,800.00元');
    expect(shown(section(el, 'h-three'))).to.contain('1,500.00元');
  });

  it('speaks English with lang="en"', async () => {
    const el = await summary('lang="en"');
    expect(shown(section(el, 'h-totals')))
      .to.contain('5.99 million yuan')
      .and.contain('Published figure 5,987,800 yuan')
      .and.contain('down 875,000 yuan on last year (-875,000 yuan)');
    expect(text($(el, '[part=badge]'))).to.equal('Data check: 2 rounding notes');
    // "2023年" as a comparison base is a year, said in English.
    expect(shown(section(el, 'h-changes')))
      .to.contain('(compared with 2023)')
      .and.not.contain('年');
    expect($$(el, 'section h3').map(text)[0]).to.equal('Totals');
  });

  it('has an accessible proportion graphic with its figures as text', async () => {
    const el = await summary();
    const bar = $(el, 'section[aria-labelledby="h-composition"] svg');
    expect(bar.getAttribute('role')).to.equal('img');
    expect(bar.getAttribute('aria-label')).to.equal('基本支出 364.16万元，占 60.8%；项目支出 234.62万元，占 39.2%');
    const widths = [...bar.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.be.closeTo(60.82, 0.01);
    expect(widths[0] + widths[1]).to.be.closeTo(100, 1e-9);
  });

  it('shows a localized error for a bad src, and passes axe there', async () => {
    const el = await fixture<BudgetSummary>(html`<budget-summary src="/nope.json"></budget-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(text($(el, '[role=alert]'))).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});
