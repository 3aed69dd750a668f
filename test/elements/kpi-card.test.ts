import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { BudgetSelectDetail } from '../../src/events/budget-select.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, SEED, SHANGHAI } from '../helpers/files.js';

async function card(attrs: string, src = SEED): Promise<KpiCard> {
  const el = await fixture<KpiCard>(`<kpi-card src="/${src}" ${attrs}></kpi-card>`);
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('article, .overall, [role=alert], .state:not([role=status]), p.state[role=status]:not(:empty)') &&
      !/加载|Loading/.test(el.shadowRoot!.textContent!),
    'card did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

describe('<kpi-card>', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });

  it('shows each of the six projects with its name, amount and every indicator’s target as published', async () => {
    for (const p of seed.projects!) {
      const el = await card(`project="${p.code}"`);
      expect(text($(el, 'h3')), p.code).to.equal(p.name);
      expect(text($(el, '.money .amount'))).to.equal(`${p.budget.total}万元`);
      const targets = $$(el, '.target');
      expect(targets, p.code).to.have.length(p.indicators!.length);
      targets.forEach((t, i) => {
        expect(t.getAttribute('title')).to.equal(p.indicators![i].target.text);
      });
      const names = $$(el, 'ul.inds > li .ind').map((li) => text(li));
      p.indicators!.forEach((ind, i) => expect(names[i]).to.contain(ind.name));
    }
  });

  it('shows targets with their operator and unit', async () => {
    const el = await card('project="13062524P000015103258"');
    expect($$(el, '.target').map(text)).to.deep.equal(['≥ 30 个', '≥ 95%', '≥ 95%', '≥ 95%', '≥ 95%', '≥ 95%']);
    const v = await card('project="13062524P00001510797P"');
    expect($$(v, '.target').map(text)).to.deep.equal(['8 人', '100%', '≥ 85%', '≤ 28800 元', '≤ 2 次', '≥ 85%']);
  });

  it('groups indicators 一级 → 二级 and keeps description and basis behind a disclosure', async () => {
    const el = await card('project="13062524P00001510533F"');
    expect($$(el, 'h5').map(text)).to.deep.equal(['产出指标', '效益指标', '满意度指标']);
    const first = $(el, 'ul.inds > li details') as HTMLDetailsElement;
    expect(first.open).to.equal(false);
    expect(text(first)).to.contain('聘用保安人员数量').and.contain('我局通过聘请专业的保安');
  });

  it('shows the partial spending plan and says the rest is not published', async () => {
    const el = await card('project="13062524P00001510797P"');
    const plan = $(el, 'svg.plan');
    expect(plan.getAttribute('aria-label')).to.equal('资金支出计划：3月底 24%，6月底 未公布，10月底 未公布，12月底 未公布');
    expect([...plan.querySelectorAll('rect.bar')]).to.have.length(1);
    expect([...plan.querySelectorAll('rect.missing')]).to.have.length(3);
    expect(text($(el, '.plan + p'))).to.equal('其余时点的计划未公布。');
    const full = await card('project="13062524P000015103258"');
    expect($(full, 'svg.plan').getAttribute('aria-label')).to.equal('资金支出计划：3月底 25%，6月底 50%，10月底 75%，12月底 100%');
    expect($(full, '.plan + p')).to.equal(null);
  });

  it('without project shows the department’s overall goals and their indicators', async () => {
    const el = await card('');
    expect(text($(el, 'h3'))).to.equal('部门整体绩效目标');
    const goals = $$(el, '.overall > ol.goals:not(.measures) > li');
    expect(goals).to.have.length(9);
    expect(text(goals[0])).to.contain('优化集中行使行政审批权').and.contain('应划转事项划转率').and.contain('≥ 90%');
    expect(text(goals[5])).to.contain('> 90%');
    await expect(el).to.be.accessible();
  });

  it('project="*" shows every project in a grid with a total that matches 项目支出', async () => {
    const el = await card('project="*"');
    expect($$(el, 'article')).to.have.length(6);
    expect(text($(el, '.total'))).to.equal('共 6 个项目，预算合计 234.62万元 与部门项目支出 234.62万元 一致。');
    const ev = oneEvent(el, 'budget-select');
    ($$(el, 'article button.open')[1] as HTMLButtonElement).click();
    const { detail } = (await ev) as CustomEvent<BudgetSelectDetail>;
    expect(detail).to.deep.equal({
      code: '13062524P00001510533F',
      name: '保安保洁服务费',
      amount: '30.62',
      unit: '万元',
      path: ['13062524P00001510533F'],
      names: ['保安保洁服务费'],
    });
    await el.updateComplete;
    expect($$(el, 'article')[1].querySelectorAll('.target')).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('shows met, not met and no data against the targets, in words and icon', async () => {
    const el = await card('project="DEMO-001"', 'test/fixtures/valid/kpi-actuals.json');
    const statuses = $$(el, '.status').map(text);
    expect(statuses).to.deep.equal(['✓ 已达成（实际完成 6次）', '✗ 未达成（实际完成 3天）', '– 暂无数据', '✓ 已达成（实际完成 改善）']);
    expect($$(el, '.target').map(text)[3]).to.equal('明显改善'); // an unparsed target stays text
    await expect(el).to.be.accessible();
  });

  it('names the available projects when the code is unknown', async () => {
    const el = await card('project="NOPE"');
    const alert = text($(el, '[role=alert]'));
    expect(alert).to.contain('未找到项目编码“NOPE”').and.contain('13062524P000015103258 “环评”审批事项专家评估服务费用').and.contain('政务服务中心工作经费');
    await expect(el).to.be.accessible();
  });

  it('says so when a department publishes no project targets (Shanghai)', async () => {
    const el = await card('project="*"', SHANGHAI);
    expect(text($(el, '.state'))).to.equal('本部门未公布项目绩效目标。');
  });

  it('speaks English with lang="en"', async () => {
    const el = await card('project="13062524P00001510797P" lang="en"');
    expect(text($(el, '.plan + p'))).to.equal('The plan for the other dates is not published.');
    expect(text($(el, '.money .amount'))).to.equal('2.88 10k yuan');
    expect($$(el, 'h4').map(text)).to.include('Performance indicators');
  });

  it('adds up a grid whose projects state their budgets in other units, exactly', async () => {
    const doc = JSON.parse(JSON.stringify(seed));
    doc.projects[4].unit = '元';
    doc.projects[4].budget = { total: '28800', fiscal: '28800' };
    delete doc.projects[0].indicators[0].level1;
    const el = await fixture<KpiCard>(html`<kpi-card .data=${doc} project="*"></kpi-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'));
    expect(text($(el, '.total'))).to.equal('共 6 个项目，预算合计 234.62万元 与部门项目支出 234.62万元 一致。');
    ($$(el, 'article button.open')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'article')[0].querySelectorAll('h5')).to.have.length(3);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('收起'); // focus stays on the card's toggle
    await expect(el).to.be.accessible();
  });

  it('passes axe on a single card', async () => {
    const el = await card('project="13062524P00001510521C"');
    await expect(el).to.be.accessible();
  });
});
