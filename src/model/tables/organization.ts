import type { BudgetDocument, OrgUnit, TableLayout } from '../types.js';
import { base, tableColumns, withData } from './derive.js';
import type { ColumnSpec, StandardTable, TableSpec } from './spec.js';

type Field = 'name' | 'nature' | 'rank' | 'funding' | 'divisions' | 'note';

// The four columns of the form as the Hebei template prints them (the importer reads these back from a
// table), then what Shanghai states of each unit in words: its 内设机构 and a note ("不单列预算").
const columns: ColumnSpec<Field>[] = [
  { key: 'name', type: 'text', label: { 'zh-CN': '单位名称', en: 'Unit' } },
  { key: 'nature', type: 'text', label: { 'zh-CN': '单位性质', en: 'Type of unit' } },
  { key: 'rank', type: 'text', label: { 'zh-CN': '单位规格', en: 'Rank' } },
  { key: 'funding', type: 'text', label: { 'zh-CN': '经费保障形式', en: 'Funding' } },
  { key: 'divisions', type: 'text', label: { 'zh-CN': '内设机构', en: 'Internal divisions' } },
  { key: 'note', type: 'text', label: { 'zh-CN': '说明', en: 'Note' } },
];

function cellOf(unit: OrgUnit, key: Field): string | undefined {
  if (key === 'divisions') return unit.divisions?.length ? unit.divisions.join('、') : undefined;
  return unit[key] || undefined;
}

/**
 * 部门机构设置情况 as a table of words: a row per unit of `organization`, in its order, with the columns
 * the units have something in (the name always, the form's four together); no amounts, so no unit line.
 */
export function deriveOrganization(doc: BudgetDocument, layout: TableLayout): StandardTable {
  const rows = (doc.organization ?? []).map((u) => ({
    kind: 'item' as const,
    cells: columns.map((c) => cellOf(u, c.key!)),
    paths: columns.map(() => undefined),
  }));
  // The form's four columns stand together where a unit has one of them, as the form prints them.
  const form = (doc.organization ?? []).some((u) => u.nature || u.rank || u.funding);
  const shown = withData(tableColumns(columns), rows, form ? ['name', 'nature', 'rank', 'funding'] : ['name']);
  return base(doc, layout, shown.columns, shown.rows);
}

/** 部门机构设置情况: a form (a row per unit, in words), read into `organization` and derived from it. */
export const organization: TableSpec<'organization'> = {
  kind: 'organization',
  title: '部门机构设置情况',
  englishTitle: 'Organization',
  names: ['机构设置表'],
  titles: {
    precedence: 10,
    // A final account names its units in a sentence right above them: "纳入…2024年度部门决算编制范围的单位包括：".
    rules: [{ all: ['机构设置'], none: ['职责'] }, { all: ['单位包括'] }],
    wordings: { hebei: ['部门机构设置情况'], shanghaiFinal: ['纳入上海市普陀区规划和自然资源局2024年度部门决算编制范围的单位包括：'] },
  },
  columns,
  derive: deriveOrganization,
  form: true,
  // No layout can list a form: the table is there whenever the JSON has units.
  listedWhen: (doc) => (doc.organization?.length ?? 0) > 0,
  // Its rows as printed, less the header row.
  import: { read: 'organization', rows: 'printedBelowFirst' },
};
