/**
 * The standard tables as data, derived from the JSON. Each kind is a spec in ./tables/ (its titles,
 * names, columns, builder and reader), listed by the registry ./tables/index.ts; this module is the
 * entry the rest of the kit and the package export use.
 */
import type { BudgetDocument, TableKind } from './types.js';
import { deriveTable } from './tables/index.js';
import type { StandardTable } from './tables/spec.js';

export type { ColumnSpec, ColumnType, StandardTable, TableColumn, TableRow, TableSpec, TitleRule } from './tables/spec.js';
export { deriveTable, registerTableKind, standardTables, TABLE_NAMES, TABLE_SPECS, tableSpec } from './tables/index.js';
export { DEFAULT_INCOME_LINES } from './tables/summary.js';

const derive =
  (kind: TableKind) =>
  (doc: BudgetDocument): StandardTable =>
    deriveTable(doc, kind)!;

/** 收支总表: income lines beside expenditure by 类, then the totals. */
export const summaryTable = derive('summary');
/** 收入总表: income by function and source. */
export const incomeTable = derive('income');
/** 支出总表: expenditure by function and type. */
export const expenditureTable = derive('expenditure');
/** 财政拨款收支总表: fiscal income lines beside fiscal expenditure by 类 and fund. */
export const fiscalSummaryTable = derive('fiscalSummary');
/** 一般公共预算财政拨款支出表: by function, basic and project. */
export const generalPublicExpenditureTable = derive('generalPublicExpenditure');
/** 政府性基金预算财政拨款支出表. */
export const governmentFundExpenditureTable = derive('governmentFundExpenditure');
/** 国有资本经营预算财政拨款支出表. */
export const stateCapitalExpenditureTable = derive('stateCapitalExpenditure');
/** 基本支出表 by economic classification, 人员经费/公用经费. */
export const basicEconomicTable = derive('basicEconomic');
/** 财政拨款“三公”经费支出表 (Hebei layout: rows by item, columns by fund). */
export const threePublicTable = derive('threePublic');
/** “三公”经费和机关运行经费预算表 (Shanghai layout: one row, items as columns). */
export const threePublicAndOperatingCostsTable = derive('threePublicAndOperatingCosts');
/** 机关运行经费: its parts and total, as the narrative publishes them. */
export const operatingCostsTable = derive('operatingCosts');
