import { expect } from '@open-wc/testing';
import { reconcile, type Finding } from '../../src/model/reconcile.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED, SHANGHAI } from '../helpers/files.js';

type Doc = BudgetDocument & Record<string, any>;

const brief = (f: Finding) => ({ severity: f.severity, rule: f.rule, path: f.path, published: f.published, computed: f.computed });

describe('reconcile', () => {
  let seed: Doc;
  before(async () => {
    seed = await json<Doc>(SEED);
  });
  const broken = (edit: (d: Doc) => void): Finding[] => {
    const d = clone(seed);
    edit(d);
    return reconcile(d).findings;
  };

  it('finds exactly the founding department’s two rounding notes, 301 and 302, and keeps the published figures', () => {
    const r = reconcile(seed);
    expect(r.warnings).to.equal(0);
    expect(r.notes).to.equal(2);
    expect(r.checks).to.be.greaterThan(100);
    const [n301, n302] = r.findings;
    expect(brief(n301)).to.deep.equal({
      severity: 'note',
      rule: 'sum.economic',
      path: '$.expenditure.economic.items[0].amounts.total',
      published: '332.42',
      computed: '332.41',
    });
    expect(n301.difference).to.equal('0.01');
    expect(n301.tolerance).to.equal('0.045');
    expect(n301.parts).to.have.length(9);
    expect(n301.message['zh-CN']).to.equal(
      '301 工资福利支出（合计）公布为 332.42，其组成部分合计为 332.41，相差 +0.01；在舍位误差范围内（±0.045）；同一差异也见于：301 工资福利支出（人员经费）。',
    );
    expect(brief(n302)).to.deep.equal({
      severity: 'note',
      rule: 'sum.economic',
      path: '$.expenditure.economic.items[10].amounts.total',
      published: '31.73',
      computed: '31.74',
    });
    expect(n302.alsoIn.map((p) => p.en)).to.deep.equal(['302 商品和服务支出 (Office and operating costs)', 'Operating costs of the offices']);
    expect(n302.message.en).to.contain('within rounding tolerance');
    expect(seed.expenditure.economic!.items[0].amounts.total).to.equal('332.42');
  });

  it('finds nothing to report in the Shanghai department', async () => {
    const r = reconcile(await json<Doc>(SHANGHAI));
    expect(r.findings.map((f) => f.message.en)).to.deep.equal([]);
    expect(r.checks).to.be.greaterThan(100);
  });

  it('checks that income equals expenditure', () => {
    const f = broken((d) => {
      d.income.total = '600.78';
      d.income.bySource.generalPublicBudget = '600.78';
      d.income.bySource.fiscal = '600.78';
      d.income.bySource.currentYear = '600.78';
    });
    expect(f.map(brief)).to.deep.include({ severity: 'warning', rule: 'balance', path: '$.income.total', published: '600.78', computed: '598.78' });
  });

  it('checks every parent against the sum of its children in every column', () => {
    const f = broken((d) => {
      d.expenditure.functional.find((x) => x.code === '2010301')!.amounts.byType!.basic = '238.00';
    });
    const hit = f.filter((x) => x.rule === 'sum.functional');
    expect(hit.map(brief)).to.deep.include({
      severity: 'warning',
      rule: 'sum.functional',
      path: '$.expenditure.functional[1].amounts.byType.basic',
      published: '296.45',
      computed: '296.17',
    });
    expect(hit[0].message['zh-CN']).to.contain('20103 政府办公厅（室）及相关机构事务（基本支出）');
  });

  it('checks row totals against their columns (合计 = 基本支出 + 项目支出)', () => {
    const f = broken((d) => {
      d.expenditure.functional.find((x) => x.code === '221')!.amounts.total = '26.83';
    });
    // The 类 row 221 disagrees with its 款 and with its own columns by the same amount: one finding.
    const hit = f.find((x) => x.published === '26.83')!;
    expect(brief(hit)).to.deep.equal({
      severity: 'warning',
      rule: 'sum.functional',
      path: '$.expenditure.functional[13].amounts.total',
      published: '26.83',
      computed: '25.83',
    });
    expect(hit.alsoIn).to.deep.equal([]);
    expect(f.filter((x) => x.published === '26.83')).to.have.length(1);
    // A row whose total disagrees only with its own columns is caught by the row rule.
    const row = broken((d) => {
      d.expenditure.functional.find((x) => x.code === '2010301')!.amounts.byType!.basic = '238.00';
      d.expenditure.functional.find((x) => x.code === '2010301')!.amounts.bySourceType!.generalPublicBudget!.basic = '238.00';
    });
    expect(row.map((x) => x.rule)).to.include('row.functional');
    expect(row.find((x) => x.rule === 'row.functional')!.path).to.equal('$.expenditure.functional[2].amounts.total');
  });

  it('checks 基本支出 = 人员经费 + 公用经费', () => {
    const f = broken((d) => {
      d.expenditure.economic!.total!.byCostKind!.public = '32.73';
    });
    expect(f.map(brief)).to.deep.include({
      severity: 'warning',
      rule: 'row.economic',
      path: '$.expenditure.economic.total.total',
      published: '364.16',
      computed: '365.16',
    });
  });

  it('checks 项目支出 against the sum of the project budgets', () => {
    const f = broken((d) => {
      d.projects![0].budget.total = '43.25';
      d.projects![0].budget.fiscal = '43.25';
    });
    expect(f.map(brief)).to.deep.include({
      severity: 'warning',
      rule: 'sum.projects',
      path: '$.expenditure.functionalTotal.byType.project',
      published: '234.62',
      computed: '235.62',
    });
  });

  it('checks each project: this year’s budget against its fiscal funds, carry-over and other funds, and the whole project’s funds', () => {
    const f = broken((d) => {
      // as 万里街道's 2023 form prints 公共服务设施运行经费 (in 元; here in the seed's 万元)
      d.projects![0].budget = { total: '1090.3043', fiscal: '1141.9043', carriedOver: '0', other: '0' };
      d.projects![1].budget = { ...d.projects![1].budget, carriedOver: '1.00' };
      d.projects![2].wholeProject = { total: '100.00', fiscal: '90.00', other: '9.00' };
    });
    const rows = f.filter((x) => x.rule === 'row.project').map(brief);
    expect(rows).to.deep.equal([
      { severity: 'warning', rule: 'row.project', path: '$.projects[0].budget.total', published: '1090.3043', computed: '1141.9043' },
      { severity: 'warning', rule: 'row.project', path: '$.projects[1].budget.total', published: '30.62', computed: '31.62' },
      { severity: 'warning', rule: 'row.project', path: '$.projects[2].wholeProject.total', published: '100.00', computed: '99.00' },
    ]);
  });

  it('checks 三公经费 against its parts', () => {
    const f = broken((d) => {
      d.threePublic!.items.find((i) => i.key === 'reception')!.amounts = { total: '0.25', bySource: { generalPublicBudget: '0.25' } };
    });
    expect(f.map(brief)).to.deep.include({
      severity: 'warning',
      rule: 'sum.threePublic',
      path: '$.threePublic.items[0].amounts.total',
      published: '0.15',
      computed: '0.25',
    });
  });

  it('checks the procurement total against its rows, and each row against quantity × unit price', () => {
    const f = broken((d) => {
      d.procurement!.items![1].amounts.total = '8.00';
    });
    const rules = f.map((x) => x.rule);
    expect(rules).to.include('sum.procurement');
    expect(rules).to.include('row.procurementPrice');
    expect(f.find((x) => x.rule === 'sum.procurement')!.published).to.equal('52.25');
  });

  it('checks that a figure published in two tables is equal in both', () => {
    const f = broken((d) => {
      d.expenditure.economic!.total = { total: '364.17', byCostKind: { personnel: '332.44', public: '31.73' } };
    });
    // 364.17 is within rounding of its three 类 (a note), and must also equal 基本支出 by function exactly (a warning).
    expect(f.map(brief)).to.deep.include({
      severity: 'warning',
      rule: 'equal.economic',
      path: '$.expenditure.economic.total.total',
      published: '364.17',
      computed: '364.16',
    });
    expect(f.find((x) => x.rule === 'sum.economic' && x.published === '364.17')!.severity).to.equal('note');
  });

  it('keeps two unrelated rows that disagree by the same amounts as two findings', () => {
    const f = broken((d) => {
      d.expenditure.functional.find((x) => x.code === '210')!.amounts.total = '11.56';
      d.expenditure.functional.find((x) => x.code === '221')!.amounts.total = '11.56';
      d.expenditure.functional.find((x) => x.code === '21011')!.amounts.total = '25.83';
    });
    const same = f.filter((x) => x.rule === 'sum.functional' && x.published === '11.56');
    expect(same.map((x) => x.path)).to.deep.equal(['$.expenditure.functional[10].amounts.total', '$.expenditure.functional[13].amounts.total']);
  });

  it('calls a difference within n × half a unit a note and a larger one a warning', () => {
    const small = broken((d) => {
      d.operatingCosts!.items![0].amount = '7.15';
    });
    const op = small.find((x) => x.rule === 'sum.operatingCosts')!;
    expect(op.severity).to.equal('note'); // 31.73 vs 31.76: 0.03 ≤ 6 × 0.005
    const large = broken((d) => {
      d.operatingCosts!.items![0].amount = '7.16';
    });
    expect(large.find((x) => x.rule === 'sum.operatingCosts')!.severity).to.equal('warning'); // 0.04 > 0.03
  });
});
