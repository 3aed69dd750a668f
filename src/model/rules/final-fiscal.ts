import { SOURCE_LABELS } from '../labels.js';
import { FISCAL_SOURCES, type SourceKey } from '../types.js';
import { plain, TOLERANCE, type Rule } from './engine.js';

/**
 * A final account's 财政拨款收入支出决算总表 (since 1.3.0): its 收入总计 is 本年财政拨款收入 and 年初财政拨款结转和结余,
 * its 支出总计 (each fund's) 本年支出 and 年末财政拨款结转和结余; each carry-over line is the sum of the three budgets'.
 */
export const finalFiscal: Rule = {
  id: 'R-FINAL-02',
  title: {
    'zh-CN': '决算：财政拨款收入支出总计等于本年收支与结转结余之和',
    en: 'Final account: the fiscal totals equal the year’s fiscal income or expenditure and the carry-overs',
  },
  names: ['sum.finalFiscal'],
  reads:
    '$.income.fiscalTotal, $.income.bySource.fiscal, $.income.fiscalCarryover.*; $.expenditure.fiscalTotal.*, $.expenditure.functionalTotal.bySource.*, $.expenditure.fiscalCarryForward.*',
  tolerance: TOLERANCE.sum,
  check(ch, ctx) {
    const { meta, income: inc, expenditure: exp } = ctx.doc;
    if (meta.phase !== 'final') return;
    const part = (zh: string, en: string, amount: string | undefined) => (amount === undefined ? [] : [{ label: plain(zh, en), amount }]);
    const rule = 'sum.finalFiscal';
    const carry = inc.fiscalCarryover ?? {};
    const forward = exp.fiscalCarryForward ?? {};
    if (inc.fiscalTotal !== undefined)
      ch.sum(rule, '$.income.fiscalTotal', plain('财政拨款收入总计', 'Fiscal income, total'), plain('决算数', 'Final account'), ctx.unit, inc.fiscalTotal, [
        ...part('本年收入合计', 'income of the year', inc.bySource.fiscal),
        ...part('年初财政拨款结转和结余', 'fiscal balance brought forward', carry.fiscal),
      ]);
    for (const [k, v] of Object.entries(exp.fiscalTotal ?? {})) {
      const key = k as SourceKey;
      const label = key === 'fiscal' ? plain('合计', 'Total') : SOURCE_LABELS[key];
      ch.sum(rule, `$.expenditure.fiscalTotal.${key}`, plain('财政拨款支出总计', 'Fiscal expenditure, total'), label, ctx.unit, v, [
        ...part('本年支出合计', 'expenditure of the year', exp.functionalTotal?.bySource?.[key]),
        ...part('年末财政拨款结转和结余', 'fiscal balance carried forward', forward[key]),
      ]);
    }
    for (const [of, at, zh, en] of [
      [carry, '$.income.fiscalCarryover', '年初财政拨款结转和结余', 'Fiscal balance brought forward'],
      [forward, '$.expenditure.fiscalCarryForward', '年末财政拨款结转和结余', 'Fiscal balance carried forward'],
    ] as const) {
      if (of.fiscal === undefined) continue;
      ch.sum(
        rule,
        `${at}.fiscal`,
        plain(zh, en),
        plain('合计', 'Total'),
        ctx.unit,
        of.fiscal,
        FISCAL_SOURCES.flatMap((s) => part(SOURCE_LABELS[s]['zh-CN'], SOURCE_LABELS[s].en, of[s])),
      );
    }
  },
};
