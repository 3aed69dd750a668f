import { convert } from '../money.js';
import type { AmountUnit, BudgetDocument, TableLayout } from '../types.js';
import { base, tableColumns, withData } from './derive.js';
import type { ColumnSpec, StandardTable, TableRow, TableSpec } from './spec.js';

type Field = 'code' | 'name' | 'amount' | 'previous' | 'changePercent' | 'purpose' | 'reason';

const columns: ColumnSpec<Field>[] = [
  { key: 'code', type: 'code', label: { 'zh-CN': '科目编码', en: 'Code' } },
  { key: 'name', type: 'text', label: { 'zh-CN': '科目名称', en: 'Item' } },
  { key: 'amount', type: 'amount', label: { 'zh-CN': '预算数', en: 'Budget' } },
  { key: 'previous', type: 'amount', label: { 'zh-CN': '上年执行数', en: 'Spent last year' } },
  { key: 'changePercent', type: 'text', label: { 'zh-CN': '增减', en: 'Change' } },
  { key: 'purpose', type: 'text', label: { 'zh-CN': '主要用于', en: 'Used for' } },
  { key: 'reason', type: 'text', label: { 'zh-CN': '主要原因', en: 'Main reason' } },
];

/** A stated change as a signed percentage ("+77.70%", "−57.14%", "0%" for 持平). */
function signed(p: string | undefined): string | undefined {
  if (p === undefined) return undefined;
  if (/^-?0(?:\.0+)?$/.test(p)) return `${p.replace(/^-/, '')}%`;
  return p.startsWith('-') ? `−${p.slice(1)}%` : `+${p}%`;
}

/**
 * 财政拨款支出主要内容 as a table: a row per 项 line of `expenditureNotes` with its code (where it names a 项
 * of the tables), its 项 name (the three names where no code is known), amount, last year's execution,
 * the stated change, 主要用于 and 主要原因, in the columns the lines have something in. One unit line:
 * the unit the lines are written in, a line in another unit restated in it exactly.
 */
export function deriveExpenditureNotes(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const notes = doc.expenditureNotes ?? [];
  const unit: AmountUnit = layout.unit ?? notes[0]?.unit ?? doc.meta.unit;
  const inUnit = (v: string | undefined, from: AmountUnit) => (v === undefined || from === unit ? v : convert(v, from, unit).toFixed());
  const rows: TableRow[] = notes.map((n, i) => {
    const from = n.unit ?? doc.meta.unit;
    return {
      kind: 'item',
      ...(n.code ? { code: n.code } : {}),
      cells: [
        n.code,
        n.code ? n.names[2] : n.names.join(' · '),
        inUnit(n.amount, from),
        inUnit(n.previous, from),
        signed(n.changePercent),
        n.purpose,
        n.reason,
      ],
      paths: [undefined, undefined, `$.expenditureNotes[${i}].amount`, `$.expenditureNotes[${i}].previous`, undefined, undefined, undefined],
    };
  });
  const shown = withData(tableColumns(columns), rows, ['name', 'amount']);
  return base(doc, layout, shown.columns, shown.rows, unit);
}

/** 财政拨款支出主要内容: the 项 lines of the written explanation (schema 1.2.0), a form with no layout of its own. */
export const expenditureNotes: TableSpec<'expenditureNotes'> = {
  kind: 'expenditureNotes',
  title: '财政拨款支出主要内容',
  englishTitle: 'Main lines of fiscal expenditure, as the explanation states them',
  names: ['支出主要内容'],
  // Written in sentences, never printed as a table: no title to recognise.
  titles: { precedence: 1000, rules: [], wordings: {} },
  columns,
  derive: deriveExpenditureNotes,
  form: true,
  listedWhen: (doc) => (doc.expenditureNotes?.length ?? 0) > 0,
};
