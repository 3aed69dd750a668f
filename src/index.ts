/**
 * budget-widgets: the package entry. It exports the model, the loader, the events and the element
 * classes, and registers no tag (its one statement gives the loader the checks). `budget-widgets/register` (src/register.ts)
 * registers them; the one-file bundles (src/bundle.ts) do both.
 */
// The public API, name by name: what is not listed here is internal and may change in any release.
import { provideChecks } from './data/fetch-budget.js';
import { reconcile } from './model/reconcile.js';

// `loadBudget(…).reconciliation` works for every user of the package (the loader does not import the
// checks itself, so that an element's own file can leave them out).
provideChecks(reconcile);

// The standard budget JSON: types, parsing and validation
export type {
  Actual,
  AggregateSourceKey,
  AmountUnit,
  Amounts,
  Assets,
  BudgetDocument,
  BySource,
  ByType,
  Change,
  CostKind,
  DecimalString,
  DepartmentPerformance,
  EconomicItem,
  EconomicTable,
  Expenditure,
  ExpenditureType,
  FunctionalItem,
  GlossaryEntry,
  Income,
  Indicator,
  LeafSourceKey,
  Meta,
  NarrativeSection,
  OperatingCosts,
  OrgUnit,
  Phase,
  Procurement,
  ProcurementItem,
  Project,
  SchedulePoint,
  SourceKey,
  TableKind,
  TableLayout,
  Target,
  TargetOperator,
  ThreePublic,
  ThreePublicKey,
} from './model/types.js';
export { parseBudget, validateBudget, checkBudget, type ParseResult, type CheckResult } from './model/parse.js';
export { SUPPORTED_MAJOR, validateSchema, validateSemantics, type ValidationIssue } from './model/validate.js';
export { msg, resolveLang, type Lang, type MessageKey } from './model/messages.js';
export { COST_LABELS, SOURCE_LABELS, THREE_PUBLIC_LABELS, TOTAL_LABEL, TYPE_LABELS } from './model/labels.js';

// Exact money
export {
  Money,
  UNITS,
  UNIT_WORDS_EN,
  convert,
  formatAmount,
  isDecimalString,
  isUnit,
  money,
  percent,
  publishedDecimals,
  sum,
  type FormatOptions,
} from './model/money.js';

// Classification trees, standard tables, reconciliation, export
export { amountFor, buildTree, codeLevel, isMeasure, MEASURES, parentCode, walkTree, type ClassNode, type Measure } from './model/tree.js';
export { cell, columnKey, columnLabel, columnsOf, isColumnKey, parseColumnKey, setCell, type ColumnKey, type ColumnPath } from './model/columns.js';
export { FUNCTIONAL_CATEGORIES_2024, chineseOrdinal } from './model/categories.js';
export {
  DEFAULT_INCOME_LINES,
  TABLE_NAMES,
  TABLE_SPECS,
  basicEconomicTable,
  deriveTable,
  expenditureTable,
  fiscalSummaryTable,
  generalPublicExpenditureTable,
  governmentFundExpenditureTable,
  incomeTable,
  operatingCostsTable,
  registerTableKind,
  standardTables,
  stateCapitalExpenditureTable,
  summaryTable,
  tableSpec,
  threePublicAndOperatingCostsTable,
  threePublicTable,
  type ColumnSpec,
  type ColumnType,
  type StandardTable,
  type TableColumn,
  type TableRow,
  type TableSpec,
  type TitleRule,
} from './model/tables.js';
export {
  checkScope,
  checkVerdict,
  reconcile,
  reconcileYears,
  type CheckedFigure,
  type Finding,
  type ReconciliationReport,
  type Remark,
  type TextCoverage,
} from './model/reconcile.js';
export { tableFileName, tableGrid, type Grid, type GridCell } from './model/export.js';

// Two years of one department, and a region's departments
export {
  changeBand,
  compareLines,
  headlineChanges,
  lineChange,
  pairYears,
  restate,
  CHANGE_BANDS,
  type ChangeBand,
  type HeadlineChange,
  type LineChange,
  type LineComparison,
  type YearPair,
} from './model/compare.js';
export { withYearColumns, type NoYearColumns, type YearColumns } from './model/tables/year-columns.js';
export {
  CATALOG_VERSION,
  departmentKey,
  headlineOf,
  parseCatalog,
  resolveSrc,
  type Catalog,
  type CatalogCategory,
  type CatalogDepartment,
  type CatalogEdition,
  type CatalogIssue,
} from './model/catalog.js';
export { catalogUnit, rollupByDepartment, rollupByFunction, rollupDocument, type RollUp } from './model/rollup.js';

// Performance targets and procurement
export { parseTarget, sameTarget, withParsedTarget, type ParsedTarget } from './model/targets.js';
export { groupIndicators, indicatorStatus, targetLabel, type IndicatorStatus } from './model/performance.js';
export { procurementCategory, summarizeProcurement, usedSources, type ProcurementCategory, type ProcurementSummary } from './model/procurement.js';

// The loader
export { BudgetLoadError, type LoadErrorKind } from './data/errors.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  allowedOrigins,
  checkData,
  clearBudgetCache,
  loadBudget,
  originAllowed,
  type FetchOptions,
  type LoadedBudget,
} from './data/fetch-budget.js';
export { BudgetController, type BudgetRenderers, type BudgetSource, type BudgetStatus } from './data/budget-controller.js';
export { checkCatalog, loadCatalog, type LoadedCatalog } from './data/fetch-catalog.js';

// Events and elements
export { BUDGET_SELECT, budgetSelectEvent, type BudgetSelectDetail } from './events/budget-select.js';
export { BudgetTree } from './elements/budget-tree/budget-tree.js';
export { BudgetTable } from './elements/budget-table/budget-table.js';
export { BudgetSummary } from './elements/budget-summary/budget-summary.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { ProcurementTable } from './elements/procurement-table/procurement-table.js';
export { BudgetDocumentElement } from './elements/budget-document/budget-document.js';
export { BudgetDirectory, DIRECTORY_SORTS, DIRECTORY_VIEWS, type DirectorySort, type DirectoryView } from './elements/budget-directory/budget-directory.js';
export { toCSV } from './model/csv.js';
export { defineElements } from './elements/define.js';
export { upgradeWidgets, observeWidgets, WIDGET_TAGS, type WidgetTag } from './embed/upgrade.js';
export { VERSION } from './version.js';
