import { SOURCE_LABELS, THREE_PUBLIC_LABELS } from '../i18n/labels.js';
import { chineseOrdinal, FUNCTIONAL_CATEGORIES_2024 } from './categories.js';
import { convert, publishedDecimals, sum } from './money.js';
import { cell } from './tree.js';
import type { Amounts, AmountUnit, BudgetDocument, SourceKey, TableKind, TableLayout } from './types.js';

export type ColumnType = 'text' | 'code' | 'amount';

export interface TableColumn {
  /** Header text as published (zh-CN). */
  label: string;
  type: ColumnType;
  /** Upper header row this column sits under, when the table has two header rows. */
  group?: string;
  /** Flattened amounts key for amount columns ("total", "byType.basic" …). */
  key?: string;
}

export interface TableRow {
  kind: 'item' | 'total' | 'subtotal' | 'heading';
  /** Classification code where the row has one. */
  code?: string;
  /** 1 类, 2 款, 3 项 for classification rows. */
  level?: number;
  /** One cell per column: text as published, amounts as decimal strings, undefined for an empty cell. */
  cells: Array<string | undefined>;
  /** For each amount cell, the JSON path of the published figure it shows (to mark reconciliation findings). */
  paths: Array<string | undefined>;
}

/** A standard table derived from the JSON, with the published structure. */
export interface StandardTable {
  kind: TableKind;
  number?: number;
  title: string;
  unit: AmountUnit;
  note?: string;
  /** The published table numbers its rows (序号) … */
  serial: boolean;
  /** … and its columns (栏次). */
  columnNumbers: boolean;
  /** It prints every 类 of the classification, empty or not (the rows a reader may hide). */
  allCategories: boolean;
  columns: TableColumn[];
  rows: TableRow[];
}

/** The income lines of a 收支总表 whose layout does not list its own (the Hebei template's). */
export const DEFAULT_INCOME_LINES: readonly SourceKey[] = ['generalPublicBudget', 'governmentFund', 'stateCapital', 'specialAccount', 'unitFunds'];

const DEFAULT_TITLES: Record<TableKind, string> = {
  summary: '部门收支总表',
  income: '部门收入总表',
  expenditure: '部门支出总表',
  fiscalSummary: '部门财政拨款收支总表',
  generalPublicExpenditure: '部门一般公共预算财政拨款支出表',
  basicEconomic: '部门一般公共预算财政拨款基本支出表',
  governmentFundExpenditure: '部门政府性基金预算财政拨款支出表',
  stateCapitalExpenditure: '部门国有资本经营预算财政拨款支出表',
  threePublic: '部门财政拨款“三公”经费支出表',
  threePublicAndOperatingCosts: '部门“三公”经费和机关运行经费预算表',
  operatingCosts: '部门机关运行经费表',
  procurement: '部门政府采购预算表',
  assets: '部门固定资产占用情况表',
};

/** The names a webmaster may give a table (`<budget-table table="收支总表">`), and the kinds they mean. */
export const TABLE_NAMES: Record<string, TableKind> = {
  收支总表: 'summary',
  收入总表: 'income',
  支出总表: 'expenditure',
  财政拨款收支总表: 'fiscalSummary',
  一般公共预算支出表: 'generalPublicExpenditure',
  基本支出表: 'basicEconomic',
  政府性基金支出表: 'governmentFundExpenditure',
  国有资本经营支出表: 'stateCapitalExpenditure',
  三公经费表: 'threePublic',
  机关运行经费: 'operatingCosts',
  三公和机关运行经费表: 'threePublicAndOperatingCosts',
};

function layoutOf(doc: BudgetDocument, kind: TableKind): TableLayout {
  return doc.tables?.find((t) => t.kind === kind) ?? { kind, title: DEFAULT_TITLES[kind] };
}

function base(doc: BudgetDocument, kind: TableKind, columns: TableColumn[], rows: TableRow[], unit?: AmountUnit): StandardTable {
  const layout = layoutOf(doc, kind);
  const t: StandardTable = {
    kind,
    title: layout.title,
    unit: layout.unit ?? unit ?? doc.meta.unit,
    serial: layout.serial ?? false,
    columnNumbers: layout.columnNumbers ?? false,
    allCategories: layout.allCategories ?? false,
    columns,
    rows,
  };
  if (layout.number !== undefined) t.number = layout.number;
  if (layout.note !== undefined) t.note = layout.note;
  return t;
}

type CategoryRow = { code?: string; name: string; amounts?: Amounts; index?: number };

/** 类 rows of a summary table: every 类 of the classification, or only the published ones. */
function categoryRows(doc: BudgetDocument, allCategories: boolean): CategoryRow[] {
  const published: CategoryRow[] = doc.expenditure.functional
    .map((f, index) => ({ ...f, index }))
    .filter((f) => f.code.length === 3);
  if (!allCategories) return published;
  const rows: CategoryRow[] = FUNCTIONAL_CATEGORIES_2024.map((c) => published.find((p) => p.code === c.code) ?? c);
  // A published 类 that the reference list lacks (a newer classification) is never dropped.
  for (const p of published) if (!rows.includes(p)) rows.push(p);
  return rows;
}

const fPath = (i: number | undefined, key: string) => (i === undefined ? undefined : `$.expenditure.functional[${i}].amounts.${key}`);

function functionalRows(doc: BudgetDocument, keys: string[], filter?: (a: Amounts) => boolean): TableRow[] {
  const total = doc.expenditure.functionalTotal ?? {};
  const rows: TableRow[] = [
    {
      kind: 'total',
      cells: [undefined, '合计', ...keys.map((k) => cell(total, k))],
      paths: [undefined, undefined, ...keys.map((k) => `$.expenditure.functionalTotal.${k}`)],
    },
  ];
  doc.expenditure.functional.forEach((f, i) => {
    if (filter && !filter(f.amounts)) return;
    rows.push({
      kind: 'item',
      code: f.code,
      level: (f.code.length - 1) / 2,
      cells: [f.code, f.name, ...keys.map((k) => cell(f.amounts, k))],
      paths: [undefined, undefined, ...keys.map((k) => fPath(i, k))],
    });
  });
  return rows;
}

const CODE_COLS: TableColumn[] = [
  { label: '科目编码', type: 'code', group: '功能分类科目' },
  { label: '科目名称', type: 'text', group: '功能分类科目' },
];

function amountCols(spec: Array<[string, string, string?]>): TableColumn[] {
  return spec.map(([label, key, group]) => (group ? { label, key, type: 'amount', group } : { label, key, type: 'amount' }));
}

/** 收支总表: income lines beside expenditure by 类, then the totals. */
export function summaryTable(doc: BudgetDocument): StandardTable {
  const layout = layoutOf(doc, 'summary');
  const lines = layout.incomeLines ?? DEFAULT_INCOME_LINES;
  const inc = doc.income;
  const exp = doc.expenditure;
  const cats = categoryRows(doc, layout.allCategories ?? false);
  const incomeLabels = incomeLineLabels(lines);
  const n = Math.max(lines.length, cats.length);
  const rows: TableRow[] = [];
  for (let i = 0; i < n; i++) {
    const src = lines[i];
    const cat = cats[i];
    rows.push({
      kind: 'item',
      cells: [src ? incomeLabels[i] : undefined, src ? inc.bySource[src] : undefined, cat ? `${chineseOrdinal(i + 1)}、${cat.name}` : undefined, cat?.amounts?.total],
      paths: [undefined, src ? `$.income.bySource.${src}` : undefined, undefined, fPath(cat?.index, 'total')],
    });
  }
  const hasCurrent = inc.bySource.currentYear !== undefined || exp.currentYear !== undefined;
  if (hasCurrent) {
    rows.push({
      kind: 'subtotal',
      cells: ['本年收入合计', inc.bySource.currentYear, '本年支出合计', exp.currentYear],
      paths: [undefined, '$.income.bySource.currentYear', undefined, '$.expenditure.currentYear'],
    });
    rows.push({
      kind: 'item',
      cells: ['上年结转结余', inc.bySource.carryover, '年终结转结余', exp.carryForward],
      paths: [undefined, '$.income.bySource.carryover', undefined, '$.expenditure.carryForward'],
    });
  }
  rows.push({ kind: 'total', cells: ['收入总计', inc.total, '支出总计', exp.total], paths: [undefined, '$.income.total', undefined, '$.expenditure.total'] });
  const figure = doc.meta.phase === 'final' ? '决算数' : '预算数';
  const columns: TableColumn[] = [
    { label: '项目', type: 'text', group: '收入' },
    { label: figure, type: 'amount', group: '收入' },
    { label: '项目', type: 'text', group: '支出' },
    { label: figure, type: 'amount', group: '支出' },
  ];
  return base(doc, 'summary', columns, rows);
}

function incomeLineLabels(lines: readonly SourceKey[]): string[] {
  let top = 0;
  let sub = 0;
  return lines.map((src) => {
    const label = SOURCE_LABELS[src]['zh-CN'];
    // Leaf fiscal sources printed with a 财政拨款 line are its numbered sub-lines (Shanghai layout).
    const underFiscal = lines.includes('fiscal') && ['generalPublicBudget', 'governmentFund', 'stateCapital'].includes(src);
    if (underFiscal) return `${++sub}. ${label}`;
    return `${chineseOrdinal(++top)}、${label}`;
  });
}

/** 收入总表: income by function and source. */
export function incomeTable(doc: BudgetDocument): StandardTable {
  const keys: Array<[string, string, string?]> = [
    ['合计', 'total'],
    ['小计', 'bySource.currentYear', '本年收入'],
    ['财政拨款收入', 'bySource.fiscal', '本年收入'],
    ['财政专户收入', 'bySource.specialAccount', '本年收入'],
    ['事业收入', 'bySource.business', '本年收入'],
    ['经营收入', 'bySource.operating', '本年收入'],
    ['上级补助收入', 'bySource.superiorSubsidy', '本年收入'],
    ['附属单位上缴收入', 'bySource.affiliatedRemittance', '本年收入'],
    ['其他收入', 'bySource.other', '本年收入'],
    ['上年结转', 'bySource.carryover'],
  ];
  return base(doc, 'income', [...CODE_COLS, ...amountCols(keys)], functionalRows(doc, keys.map((k) => k[1])));
}

/** 支出总表: expenditure by function and type. */
export function expenditureTable(doc: BudgetDocument): StandardTable {
  const keys: Array<[string, string]> = [
    ['合计', 'total'],
    ['基本支出', 'byType.basic'],
    ['项目支出', 'byType.project'],
    ['经营支出', 'byType.operating'],
    ['上解上级支出', 'byType.remittance'],
    ['对附属单位补助支出', 'byType.subsidy'],
  ];
  return base(doc, 'expenditure', [...CODE_COLS, ...amountCols(keys)], functionalRows(doc, keys.map((k) => k[1])));
}

/** 财政拨款收支总表: fiscal income lines beside fiscal expenditure by 类 and fund. */
export function fiscalSummaryTable(doc: BudgetDocument): StandardTable {
  const layout = layoutOf(doc, 'fiscalSummary');
  const fiscal: SourceKey[] = ['generalPublicBudget', 'governmentFund', 'stateCapital'];
  const cats = categoryRows(doc, layout.allCategories ?? false);
  const ft = doc.expenditure.functionalTotal ?? {};
  const keys = ['bySource.fiscal', ...fiscal.map((s) => `bySource.${s}`)];
  const rows: TableRow[] = [];
  const n = Math.max(fiscal.length, cats.length);
  for (let i = 0; i < n; i++) {
    const src = fiscal[i];
    const cat = cats[i];
    const a = cat?.amounts ?? {};
    rows.push({
      kind: 'item',
      cells: [
        src ? `${chineseOrdinal(i + 1)}、${SOURCE_LABELS[src]['zh-CN']}` : undefined,
        src ? doc.income.bySource[src] : undefined,
        cat ? `${chineseOrdinal(i + 1)}、${cat.name}` : undefined,
        ...keys.map((k) => cell(a, k)),
      ],
      paths: [undefined, src ? `$.income.bySource.${src}` : undefined, undefined, ...keys.map((k) => fPath(cat?.index, k))],
    });
  }
  const totalPaths = keys.map((k) => `$.expenditure.functionalTotal.${k}`);
  const fiscalIncome = doc.income.bySource.fiscal ?? sumDefined(fiscal.map((s) => doc.income.bySource[s]));
  // A computed total is no published figure: it gets no path (and so no reconciliation mark).
  const fiscalPath = doc.income.bySource.fiscal !== undefined ? '$.income.bySource.fiscal' : undefined;
  if (layout.allCategories) {
    rows.push({ kind: 'subtotal', cells: ['本年收入合计', fiscalIncome, '本年支出合计', ...keys.map((k) => cell(ft, k))], paths: [undefined, fiscalPath, undefined, ...totalPaths] });
    const carry = doc.income.fiscalCarryover ?? {};
    const forward = doc.expenditure.fiscalCarryForward ?? {};
    rows.push({
      kind: 'heading',
      cells: ['年初财政拨款结转和结余', sumDefined(fiscal.map((s) => carry[s])), '年末财政拨款结转和结余', sumDefined(fiscal.map((s) => forward[s])), ...fiscal.map((s) => forward[s])],
      paths: [undefined, undefined, undefined, undefined, ...fiscal.map((s) => `$.expenditure.fiscalCarryForward.${s}`)],
    });
    fiscal.forEach((s, i) =>
      rows.push({
        kind: 'item',
        cells: [`${chineseOrdinal(i + 1)}、${SOURCE_LABELS[s]['zh-CN']}`, carry[s], undefined, undefined, undefined, undefined, undefined],
        paths: [undefined, `$.income.fiscalCarryover.${s}`, undefined, undefined, undefined, undefined, undefined],
      }),
    );
  }
  rows.push({ kind: 'total', cells: ['收入总计', fiscalIncome, '支出总计', ...keys.map((k) => cell(ft, k))], paths: [undefined, fiscalPath, undefined, ...totalPaths] });
  const columns: TableColumn[] = [
    { label: '项目', type: 'text', group: '收入' },
    { label: '金额', type: 'amount', group: '收入' },
    { label: '项目', type: 'text', group: '支出' },
    { label: '合计', type: 'amount', group: '支出', key: 'bySource.fiscal' },
    { label: '一般公共预算财政拨款', type: 'amount', group: '支出', key: 'bySource.generalPublicBudget' },
    { label: '政府性基金预算财政拨款', type: 'amount', group: '支出', key: 'bySource.governmentFund' },
    { label: '国有资本经营预算财政拨款', type: 'amount', group: '支出', key: 'bySource.stateCapital' },
  ];
  return base(doc, 'fiscalSummary', columns, rows);
}

/** Sum of the published cells, or an empty cell when none is published. */
function sumDefined(values: Array<string | undefined>): string | undefined {
  const defined = values.filter((v): v is string => v !== undefined);
  return defined.length ? sum(defined).toFixed(Math.max(...defined.map(publishedDecimals))) : undefined;
}

/** One fund's expenditure by function, basic/project (一般公共预算 / 政府性基金 / 国有资本经营). */
function fundExpenditureTable(doc: BudgetDocument, kind: TableKind, source: SourceKey): StandardTable {
  const keys = [`bySource.${source}`, `bySourceType.${source}.basic`, `bySourceType.${source}.project`];
  const has = (a: Amounts) => keys.some((k) => cell(a, k) !== undefined);
  const rows = functionalRows(doc, keys, has);
  // An empty table is published with its note only (空表列示).
  const body = rows.length > 1 || has(doc.expenditure.functionalTotal ?? {}) ? rows : [];
  return base(doc, kind, [...CODE_COLS, ...amountCols([['合计', keys[0]], ['基本支出', keys[1]], ['项目支出', keys[2]]])], body);
}

export function generalPublicExpenditureTable(doc: BudgetDocument): StandardTable {
  return fundExpenditureTable(doc, 'generalPublicExpenditure', 'generalPublicBudget');
}
export function governmentFundExpenditureTable(doc: BudgetDocument): StandardTable {
  return fundExpenditureTable(doc, 'governmentFundExpenditure', 'governmentFund');
}
export function stateCapitalExpenditureTable(doc: BudgetDocument): StandardTable {
  return fundExpenditureTable(doc, 'stateCapitalExpenditure', 'stateCapital');
}

/** 基本支出表 by economic classification, 人员经费/公用经费. */
export function basicEconomicTable(doc: BudgetDocument): StandardTable {
  const eco = doc.expenditure.economic;
  const keys = ['total', 'byCostKind.personnel', 'byCostKind.public'];
  const rows: TableRow[] = [];
  if (eco) {
    rows.push({
      kind: 'total',
      cells: [undefined, '合计', ...keys.map((k) => cell(eco.total ?? {}, k))],
      paths: [undefined, undefined, ...keys.map((k) => `$.expenditure.economic.total.${k}`)],
    });
    eco.items.forEach((e, i) =>
      rows.push({
        kind: 'item',
        code: e.code,
        level: (e.code.length - 1) / 2,
        cells: [e.code, e.name, ...keys.map((k) => cell(e.amounts, k))],
        paths: [undefined, undefined, ...keys.map((k) => `$.expenditure.economic.items[${i}].amounts.${k}`)],
      }),
    );
  }
  const columns: TableColumn[] = [
    { label: '科目编码', type: 'code', group: '部门经济分类科目' },
    { label: '科目名称', type: 'text', group: '部门经济分类科目' },
    ...amountCols([['合计', keys[0], '基本支出'], ['人员经费', keys[1], '基本支出'], ['公用经费', keys[2], '基本支出']]),
  ];
  return base(doc, 'basicEconomic', columns, rows);
}

const FUND_KEYS = ['total', 'bySource.generalPublicBudget', 'bySource.governmentFund', 'bySource.stateCapital'];

/** 财政拨款“三公”经费支出表 (Hebei layout: rows by item, columns by fund). */
export function threePublicTable(doc: BudgetDocument): StandardTable {
  const tp = doc.threePublic;
  const rows: TableRow[] = [];
  if (tp) {
    if (tp.total) {
      rows.push({ kind: 'total', cells: ['合计', ...FUND_KEYS.map((k) => cell(tp.total!, k))], paths: [undefined, ...FUND_KEYS.map((k) => `$.threePublic.total.${k}`)] });
    }
    tp.items.forEach((it, i) =>
      rows.push({
        kind: it.key === 'threePublic' ? 'subtotal' : 'item',
        cells: [it.name ?? THREE_PUBLIC_LABELS[it.key]['zh-CN'], ...FUND_KEYS.map((k) => cell(it.amounts, k))],
        paths: [undefined, ...FUND_KEYS.map((k) => `$.threePublic.items[${i}].amounts.${k}`)],
      }),
    );
  }
  const columns: TableColumn[] = [
    { label: '项目', type: 'text' },
    ...amountCols([['合计', FUND_KEYS[0], '资金性质'], ['一般公共预算财政拨款', FUND_KEYS[1], '资金性质'], ['政府性基金预算拨款', FUND_KEYS[2], '资金性质'], ['国有资本经营预算财政拨款', FUND_KEYS[3], '资金性质']]),
  ];
  return base(doc, 'threePublic', columns, rows, tp?.unit);
}

/** “三公”经费和机关运行经费预算表 (Shanghai layout: one row, items as columns). */
export function threePublicAndOperatingCostsTable(doc: BudgetDocument): StandardTable {
  const tp = doc.threePublic;
  const order = ['threePublic', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'];
  const index = (k: string) => tp?.items.findIndex((i) => i.key === k) ?? -1;
  const columns: TableColumn[] = [
    { label: '合计', type: 'amount', group: '“三公”经费预算数' },
    { label: '因公出国(境)费', type: 'amount', group: '“三公”经费预算数' },
    { label: '公务接待费', type: 'amount', group: '“三公”经费预算数' },
    { label: '小计', type: 'amount', group: '公务用车购置及运行费' },
    { label: '购置费', type: 'amount', group: '公务用车购置及运行费' },
    { label: '运行费', type: 'amount', group: '公务用车购置及运行费' },
    { label: '机关运行经费预算数', type: 'amount' },
  ];
  const unit = tp?.unit ?? doc.operatingCosts?.unit ?? doc.meta.unit;
  const oc = doc.operatingCosts;
  // One unit line for the whole table: 机关运行经费 is restated in it, exactly, when published in another unit.
  const ocTotal = oc ? (oc.unit ?? doc.meta.unit) === unit ? oc.total : convert(oc.total, oc.unit ?? doc.meta.unit, unit).toFixed() : undefined;
  const rows: TableRow[] =
    tp || oc
      ? [
          {
            kind: 'item',
            cells: [...order.map((k) => tp?.items[index(k)]?.amounts.total), ocTotal],
            paths: [...order.map((k) => (index(k) >= 0 ? `$.threePublic.items[${index(k)}].amounts.total` : undefined)), '$.operatingCosts.total'],
          },
        ]
      : [];
  return base(doc, 'threePublicAndOperatingCosts', columns, rows, unit);
}

/** 机关运行经费: its parts and total, as the narrative publishes them. */
export function operatingCostsTable(doc: BudgetDocument): StandardTable {
  const oc = doc.operatingCosts;
  const rows: TableRow[] = [];
  if (oc) {
    rows.push({ kind: 'total', cells: ['合计', oc.total], paths: [undefined, '$.operatingCosts.total'] });
    oc.items?.forEach((it, i) => rows.push({ kind: 'item', cells: [it.name, it.amount], paths: [undefined, `$.operatingCosts.items[${i}].amount`] }));
  }
  return base(doc, 'operatingCosts', [{ label: '项目', type: 'text' }, { label: '金额', type: 'amount' }], rows, oc?.unit);
}

const BUILDERS: Partial<Record<TableKind, (doc: BudgetDocument) => StandardTable>> = {
  summary: summaryTable,
  income: incomeTable,
  expenditure: expenditureTable,
  fiscalSummary: fiscalSummaryTable,
  generalPublicExpenditure: generalPublicExpenditureTable,
  basicEconomic: basicEconomicTable,
  governmentFundExpenditure: governmentFundExpenditureTable,
  stateCapitalExpenditure: stateCapitalExpenditureTable,
  threePublic: threePublicTable,
  threePublicAndOperatingCosts: threePublicAndOperatingCostsTable,
  operatingCosts: operatingCostsTable,
};

/** Table kinds this module can derive. */
export const DERIVABLE_TABLES = Object.keys(BUILDERS) as TableKind[];

/** Derives one standard table; undefined for kinds that are not tables of figures here. */
export function deriveTable(doc: BudgetDocument, kind: TableKind): StandardTable | undefined {
  return BUILDERS[kind]?.(doc);
}

/**
 * The document's standard tables in published order: those its `tables` layout lists, or the nine of
 * the national template when it lists none.
 */
export function standardTables(doc: BudgetDocument): StandardTable[] {
  const kinds = doc.tables?.length
    ? doc.tables.map((t) => t.kind)
    : (['summary', 'income', 'expenditure', 'fiscalSummary', 'generalPublicExpenditure', 'basicEconomic', 'governmentFundExpenditure', 'stateCapitalExpenditure', 'threePublic'] as TableKind[]);
  return kinds.map((k) => deriveTable(doc, k)).filter((t): t is StandardTable => t !== undefined);
}
