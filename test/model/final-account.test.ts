import { expect } from '@open-wc/testing';
import { executionLines, carryOvers } from '../../src/model/execution.js';
import { planAgainstActual } from '../../src/model/plan-actual.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { bandOf, executionByCode } from '../../src/model/variance.js';
import { clone, json } from '../helpers/files.js';
import { reconcile } from '../../src/model/reconcile.js';

const FINANCE = 'test/fixtures/final/shanghai-putuo-finance-2024-final.json';
const PLAN = 'test/fixtures/final/synthetic-finance-2024-plan.json';

describe('a final account in the model', () => {
  let final: BudgetDocument;
  let plan: BudgetDocument;
  before(async () => {
    final = await json<BudgetDocument>(FINANCE);
    plan = await json<BudgetDocument>(PLAN);
  });

  it('gives each 项 its stated budget and rate, and a 款 or 类 the sums only where every 项 under it states both', () => {
    const e = executionByCode(final);
    expect(e.get('2010601')).to.deep.equal({ budget: '1560.05', actual: '1511.89', rate: '96.91' });
    // 201 = 1560.05 + 10.00 + 135.90 + 450.52 against 1511.89 + 10.00 + 135.25 + 449.52.
    expect(e.get('201')).to.deep.equal({ budget: '2156.47', actual: '2106.66', rate: '97.69' });
    const partial = clone(final);
    partial.expenditureNotes = partial.expenditureNotes!.filter((n) => n.code !== '2010607');
    expect(executionByCode(partial).has('20106')).to.equal(false);
    expect(executionByCode(partial).has('201')).to.equal(false);
  });

  it('puts each rate in its band', () => {
    expect(['0', '79.99', '80', '94.99', '95', '100', '100.00', '100.01'].map(bandOf)).to.deep.equal([
      'under80',
      'under80',
      'under95',
      'under95',
      'near',
      'near',
      'near',
      'over',
    ]);
  });

  it('gives the summary its budget-against-actual lines and carry-overs; a budget none', () => {
    expect(executionLines(final).map((l) => [l.subject, l.budget, l.actual, l.statedRate, l.computedRate, l.from])).to.deep.equal([
      ['generalPublicBudget', '2993.92', '2940.05', '98.20', '98.20', 'text'],
      ['threePublic', '0.95', '0', '0', '0.00', 'table'],
    ]);
    expect(carryOvers(final)).to.deep.equal({ all: { opening: '49.14', closing: '55.34' }, fiscal: { opening: '21.63', closing: '21.63' } });
    expect(executionLines(plan)).to.deep.equal([]);
  });

  it('sets a budget file against its final account line by line, restating 元 in 万元 exactly, and names what does not match', () => {
    const p = clone(plan);
    p.expenditure.functional.find((f) => f.code === '2010602')!.amounts.total = '100005.55';
    const pair = planAgainstActual(p, final);
    expect(pair.problems).to.deep.equal([]);
    expect(pair.lines.get('2010602')).to.deep.equal({ budget: '10.000555', actual: '10.00', rate: '99.99' });
    expect(pair.onlyInPlan.map((f) => f.code)).to.deep.equal(['2010650']);
    expect(pair.renamed).to.deep.equal([{ code: '2080505', planName: '机关事业单位基本养老保险缴费', finalName: '机关事业单位基本养老保险缴费支出' }]);
    const other = clone(plan);
    other.meta.fiscalYear = 2025;
    other.meta.department.name = '上海市普陀区商务委员会';
    expect(planAgainstActual(other, final).problems).to.deep.equal(['year', 'department']);
    expect(planAgainstActual(final, plan).problems).to.deep.equal(['notBudget', 'notFinal']);
  });

  it('checks a final account with unequal fiscal carry-overs and a 结余分配 by its own identities, with no false warning', () => {
    const d = clone(final);
    // 年初 31.63, 年末 21.63: fiscal income 2930.05 pays for 2940.05 of spending; 结余分配 5.00 out of 年末 55.34.
    d.income.bySource.generalPublicBudget = '2930.05';
    d.income.bySource.fiscal = '2930.05';
    d.income.bySource.currentYear = '2936.25';
    d.income.bySource.carryover = '59.14';
    d.income.fiscalCarryover = { fiscal: '31.63', generalPublicBudget: '31.63' };
    d.expenditure.balanceDistribution = '5.00';
    d.expenditure.carryForward = '50.34';
    const rec = reconcile(d);
    expect(rec.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId)).to.deep.equal([]);
    // And a 结余分配 that does not add up is found by R-FINAL-01.
    d.expenditure.balanceDistribution = '6.00';
    expect(
      reconcile(d)
        .findings.filter((f) => f.severity === 'warning')
        .map((f) => f.ruleId),
    ).to.deep.equal(['R-FINAL-01']);
  });

  it('adds up a 款 exactly from its 项, whatever decimals the stated figures have', () => {
    const d = clone(final);
    const notes = d.expenditureNotes!;
    notes.find((n) => n.code === '2010601')!.budget = '1560';
    notes.find((n) => n.code === '2010602')!.amount = '10.005';
    const e = executionByCode(d).get('20106')!;
    expect(e).to.deep.equal({ budget: '2156.420', actual: '2106.665', rate: '97.69' });
  });

  it('finds a 财政拨款收入支出决算总表 line whose 合计 is not the sum of its budgets (R-FINAL-03)', async () => {
    const planning = await json<BudgetDocument>('test/fixtures/final/shanghai-putuo-planning-2024-final.json');
    const line = planning.tables!.find((t) => t.kind === 'fiscalSummary')!.categories!.find((c) => c.code === '208')!;
    line.amounts!.bySource!.fiscal = '754.76';
    const found = reconcile(planning).findings.filter((f) => f.ruleId === 'R-FINAL-03' && f.published === '754.76');
    expect(found.map((f) => f.message['zh-CN'])).to.deep.equal([
      '财政拨款收入支出决算总表：八、社会保障和就业支出（财政拨款）公布为 754.76，其组成部分合计为 754.75，相差 +0.01；在舍位误差范围内（±0.025）。',
    ]);
  });
});
