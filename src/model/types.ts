/**
 * TypeScript view of the standard budget JSON (`schema/budget.schema.json`).
 * The schema is the contract; these types follow it field by field. The closed key lists (fund sources,
 * expenditure types, cost kinds) are constants here and the types are made from them, so that a list
 * and its type cannot disagree; test/node/schema.test.mjs checks them against the schema's enums.
 */

/** An exact amount as a decimal string ("598.78"): no separators, no exponent. */
export type DecimalString = string;

export type AmountUnit = '元' | '万元' | '亿元';
export type Phase = 'budget' | 'final';

/** Leaf fund sources, in the order a 收支总表 prints them (the schema's `sourceKey` enum starts with these). */
export const LEAF_SOURCE_KEYS = [
  'generalPublicBudget',
  'governmentFund',
  'stateCapital',
  'specialAccount',
  'business',
  'operating',
  'superiorSubsidy',
  'affiliatedRemittance',
  'other',
  'carryover',
] as const;
export type LeafSourceKey = (typeof LEAF_SOURCE_KEYS)[number];

/** Aggregate fund sources: fiscal 财政拨款, unitFunds 单位资金, currentYear 本年收入. */
export const AGGREGATE_SOURCE_KEYS = ['fiscal', 'unitFunds', 'currentYear'] as const;
export type AggregateSourceKey = (typeof AGGREGATE_SOURCE_KEYS)[number];

export const SOURCE_KEYS = [...LEAF_SOURCE_KEYS, ...AGGREGATE_SOURCE_KEYS] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

/**
 * The fund-source hierarchy: what each aggregate is the sum of (本年收入 = 财政拨款 + 财政专户 + 单位资金;
 * 财政拨款 = its three budgets; 单位资金 = the unit's own incomes). 上年结转结余 sits beside 本年收入.
 */
export const SOURCE_PARTS: Readonly<Record<AggregateSourceKey, readonly SourceKey[]>> = {
  currentYear: ['fiscal', 'specialAccount', 'unitFunds'],
  fiscal: ['generalPublicBudget', 'governmentFund', 'stateCapital'],
  unitFunds: ['business', 'operating', 'superiorSubsidy', 'affiliatedRemittance', 'other'],
};

/** The three fiscal budgets (一般公共预算, 政府性基金, 国有资本经营): the parts of 财政拨款. */
export const FISCAL_SOURCES = SOURCE_PARTS.fiscal;

export const EXPENDITURE_TYPES = ['basic', 'project', 'operating', 'remittance', 'subsidy'] as const;
export type ExpenditureType = (typeof EXPENDITURE_TYPES)[number];

export const COST_KINDS = ['personnel', 'public'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export type ByType = Partial<Record<ExpenditureType, DecimalString>>;
export type BySource = Partial<Record<SourceKey, DecimalString>>;

/** The published cells of one row; an absent key is an empty cell. */
export interface Amounts {
  total?: DecimalString;
  byType?: ByType;
  bySource?: BySource;
  bySourceType?: Partial<Record<SourceKey, ByType>>;
  byCostKind?: Partial<Record<CostKind, DecimalString>>;
  /** A final account's budget beside its 决算数 (`total`): 预算数 or 年初预算数 (since 1.3.0). */
  budget?: DecimalString;
  /** 调整预算数 (since 1.3.0). */
  adjustedBudget?: DecimalString;
  /** A fund table row's 年初结转和结余, 本年收入 and 年末结转和结余, by fund (final accounts, since 1.3.0). */
  balances?: Partial<Record<SourceKey, Partial<Record<BalanceKind, DecimalString>>>>;
}

/** The single figures of a row besides `total` (since 1.3.0): the budget a final account's figure is set against. */
export const SINGLE_KEYS = ['budget', 'adjustedBudget'] as const;
export type SingleKey = (typeof SINGLE_KEYS)[number];

/** A fund's carry-overs and income in a final account's fund table: 年初结转和结余, 本年收入, 年末结转和结余. */
export const BALANCE_KINDS = ['opening', 'income', 'closing'] as const;
export type BalanceKind = (typeof BALANCE_KINDS)[number];

export interface Meta {
  title?: string;
  department: { name: string; code?: string; supervisor?: string };
  region?: { name: string; code?: string; level?: 'national' | 'province' | 'city' | 'county' };
  fiscalYear: number;
  phase: Phase;
  unit: AmountUnit;
  publishedOn?: string;
  source?: { url?: string; title?: string; format?: string };
}

export interface OrgUnit {
  name: string;
  nature?: string;
  rank?: string;
  funding?: string;
  separateBudget?: boolean;
  note?: string;
  /** 内设机构 as listed (since 1.2.0). */
  divisions?: string[];
}

/** 机构设置 as the text counts it (since 1.2.0): "本部门中，行政单位1家，参公单位1家，事业单位4家". */
export interface OrganizationSummary {
  /** 下属 N 家预算单位: the budget units besides the department itself. */
  subordinateUnits?: number;
  /** The units by type, as printed and in order. */
  types?: Array<{ type: string; count: number }>;
  /** The sentence the counts come from. */
  text: string;
}

/** One 项 line of 财政拨款支出主要内容 (since 1.2.0). */
export interface ExpenditureNote {
  /** The 项 of `expenditure.functional` the line names, where one matches. */
  code?: string;
  /** 类, 款 and 项 names as printed. */
  names: [string, string, string];
  amount: DecimalString;
  unit?: AmountUnit;
  /** 主要用于 … */
  purpose?: string;
  /** Last year's figure as stated, and what it is (2025年当年预算执行数). */
  previous?: DecimalString;
  previousLabel?: string;
  /** The sentence's own "YYYY年预算安排 X", where it differs from `amount`. */
  arranged?: DecimalString;
  /** The stated change against `previous`, signed; 0 for 持平. */
  changePercent?: DecimalString;
  /** 主要原因 … */
  reason?: string;
  /** A final account's 年初预算 (or 调整预算) of the line, and what it is called (since 1.3.0); `amount` is then the 决算数. */
  budget?: DecimalString;
  adjustedBudget?: DecimalString;
  budgetLabel?: string;
}

/** A budget against its 决算 as a final account's text states it (since 1.3.0). */
export interface ExecutionNote {
  /** generalPublicBudget (一般公共预算财政拨款支出), threePublic, or a ThreePublicKey. */
  subject: string;
  label?: string;
  unit?: AmountUnit;
  budget?: DecimalString;
  budgetLabel?: string;
  actual: DecimalString;
  /** 完成预算的 N%, as stated. */
  ratePercent?: DecimalString;
  reason?: string;
  text?: string;
}

/** 绩效自评 as a final account states it (since 1.3.0). */
export interface SelfEvaluation {
  projects?: number;
  total?: DecimalString;
  unit?: AmountUnit;
  averageScore?: DecimalString;
  grades?: Array<{ grade: string; count: number }>;
  problems?: number;
  fixed?: number;
  fixing?: number;
  text: string;
}

export interface Income {
  total: DecimalString;
  bySource: BySource;
  fiscalCarryover?: BySource;
  /** 使用非财政拨款结余（含专用结余）, a final account's line (since 1.3.0). */
  nonFiscalBalanceUsed?: DecimalString;
  /** 收入总计 of a final account's 财政拨款收入支出决算总表 (since 1.3.0). */
  fiscalTotal?: DecimalString;
  /** A final account's 收入决算表: income by code, apart from expenditure (since 1.3.0). */
  functional?: FunctionalItem[];
  functionalTotal?: Amounts;
}

export interface FunctionalItem {
  code: string;
  name: string;
  amounts: Amounts;
}

export interface EconomicItem {
  code: string;
  name: string;
  amounts: Amounts;
}

export interface EconomicTable {
  source?: SourceKey;
  type?: ExpenditureType;
  total?: Amounts;
  items: EconomicItem[];
}

export interface Expenditure {
  total: DecimalString;
  currentYear?: DecimalString;
  carryForward?: DecimalString;
  /** 结余分配, a final account's line (since 1.3.0). */
  balanceDistribution?: DecimalString;
  /** 支出总计 of a final account's 财政拨款收入支出决算总表, by fiscal source (since 1.3.0). */
  fiscalTotal?: BySource;
  fiscalCarryForward?: BySource;
  functionalTotal?: Amounts;
  functional: FunctionalItem[];
  economic?: EconomicTable;
}

export type ThreePublicKey = 'threePublic' | 'abroad' | 'abroadResearch' | 'abroadOther' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

export interface ThreePublic {
  unit?: AmountUnit;
  total?: Amounts;
  items: Array<{ key: ThreePublicKey; name?: string; amounts: Amounts }>;
}

export interface OperatingCosts {
  unit?: AmountUnit;
  total: DecimalString;
  items?: Array<{ name: string; amount: DecimalString; economicCode?: string }>;
}

export type TargetOperator = '>=' | '<=' | '>' | '<' | '=';

export interface Target {
  text: string;
  operator?: TargetOperator;
  value?: DecimalString;
  unit?: string;
}

export interface Actual {
  text?: string;
  value?: DecimalString;
  status?: 'met' | 'notMet' | 'noData';
  note?: string;
}

export interface Indicator {
  level1?: string;
  level2?: string;
  name: string;
  description?: string;
  target: Target;
  basis?: string;
  actual?: Actual;
}

export interface SchedulePoint {
  label: string;
  month: number;
  percent?: DecimalString;
}

export interface Project {
  /** 项目编码, where the document prints one (the Shanghai form prints none; since 1.1.0 it may be absent). */
  code?: string;
  name: string;
  /** 项目性质, 项目类别, 主管部门, 实施单位 as printed (since 1.1.0). */
  nature?: string;
  category?: string;
  department?: string;
  implementer?: string;
  /** 计划开始日期 / 计划完成日期, YYYY-MM-DD (since 1.1.0). */
  start?: string;
  end?: string;
  unit?: AmountUnit;
  functionalCode?: string;
  /** This year's budget: 预算数 or 年度资金申请总额, 其中：财政资金 / 当年财政拨款, 上年结转资金, 其他资金. */
  budget: { total: DecimalString; fiscal?: DecimalString; carriedOver?: DecimalString; other?: DecimalString };
  /** 项目资金 over the project's whole life (since 1.1.0): 项目资金总额, 其中：财政资金, 其他资金. */
  wholeProject?: { total: DecimalString; fiscal?: DecimalString; other?: DecimalString };
  purpose?: string;
  schedule?: SchedulePoint[];
  goals?: string[];
  /** 项目总目标 and 年度总体目标, as printed (since 1.1.0). */
  overallGoal?: string;
  annualGoal?: string;
  indicators?: Indicator[];
}

/** 绩效目标设置情况: how many projects publish targets and their total, as the text states them (since 1.1.0). */
export interface ProjectSummary {
  count?: number;
  total?: DecimalString;
  unit?: AmountUnit;
  text?: string;
}

export interface DepartmentPerformance {
  overall?: string;
  goals?: Array<{ title: string; goal?: string; indicatorText?: string; indicators?: Indicator[] }>;
  measures?: string[];
  /** 绩效自评, in a final account (since 1.3.0). */
  selfEvaluation?: SelfEvaluation;
}

export interface ProcurementItem {
  unitName?: string;
  projectName?: string;
  projectCode?: string;
  projectBudget?: DecimalString;
  item: string;
  catalogCode?: string;
  measureUnit?: string;
  quantity?: DecimalString;
  unitPrice?: DecimalString;
  amounts: Amounts;
  smeReserved?: DecimalString;
}

export interface Procurement {
  unit?: AmountUnit;
  total?: Amounts;
  smeReservedTotal?: DecimalString;
  subtotals?: Array<{ unitName: string; amounts: Amounts; smeReserved?: DecimalString }>;
  items?: ProcurementItem[];
  summary?: {
    total?: DecimalString;
    goods?: DecimalString;
    works?: DecimalString;
    services?: DecimalString;
    smeReserved?: DecimalString;
    smeSharePercent?: DecimalString;
    /** 预留给小型和微型企业 (since 1.2.0), within smeReserved. */
    smallMicroReserved?: DecimalString;
    /** A final account's awards to SMEs (since 1.3.0): in the projects reserved for SMEs, for small and micro ones, and in the others. */
    smeAwardedReserved?: DecimalString;
    smallMicroAwardedReserved?: DecimalString;
    smeAwardedOther?: DecimalString;
  };
  note?: string;
}

/** An asset class or item as published (unit, measureUnit and partOf since 1.2.0). */
export interface AssetItem {
  name: string;
  quantity?: DecimalString;
  /** What `quantity` counts: 平方米, 辆, 台/套 … */
  measureUnit?: string;
  value?: DecimalString;
  /** The money unit of `value`, where it is not the assets' unit. */
  unit?: AmountUnit;
  /** The item this one is part of (其中). */
  partOf?: string;
}

export interface Assets {
  unit?: AmountUnit;
  asOf?: string;
  /** The heading the written part gives them (since 1.2.0). */
  title?: string;
  fixedAssetsValue?: DecimalString;
  plannedPurchaseValue?: DecimalString;
  items?: AssetItem[];
  vehicles?: number;
  /** Vehicles at asOf by class, as printed (since 1.2.0). */
  vehicleClasses?: Array<{ name: string; count: number }>;
  plannedVehicles?: number;
  /** Vehicles to be bought, by class (since 1.2.0). */
  plannedVehicleClasses?: Array<{ name: string; count: number }>;
  /** Other purchases the text plans (since 1.2.0). */
  plannedItems?: AssetItem[];
  note?: string;
}

export interface Change {
  subject: string;
  unit?: AmountUnit;
  change: DecimalString;
  previous?: DecimalString;
  comparedWith?: string;
  reason?: string;
}

export interface NarrativeSection {
  id?: string;
  title: string;
  paragraphs: string[];
  /** A project's spending plan by quarter, as the text states it (since 1.2.0). */
  quarterlyPlan?: { unit?: AmountUnit; quarters: Array<{ quarter: number; amount: DecimalString }> };
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export type TableKind =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'fiscalSummary'
  | 'generalPublicExpenditure'
  | 'basicEconomic'
  | 'governmentFundExpenditure'
  | 'stateCapitalExpenditure'
  | 'threePublic'
  | 'threePublicAndOperatingCosts'
  | 'operatingCosts'
  | 'procurement'
  | 'assets';

export interface TableLayout {
  kind: TableKind;
  number?: number;
  title: string;
  unit?: AmountUnit;
  note?: string;
  allCategories?: boolean;
  incomeLines?: SourceKey[];
  /** The income lines' labels as printed, in the order of the lines (since 1.2.0). */
  incomeLabels?: string[];
  /** The 类 lines the expenditure side prints, in order, with their printed labels (since 1.2.0). */
  categories?: Array<{ code: string; label: string; amounts?: Amounts }>;
  serial?: boolean;
  columnNumbers?: boolean;
  /** The amount columns the published table prints, in order, with their printed labels (since 1.2.0). */
  columns?: Array<{ key: string; label?: string; group?: string }>;
  /** A summary's expenditure columns, where it prints more than 预算数: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出 (since 1.2.0). */
  expenditureColumns?: Array<{ key: string; label?: string; group?: string; subgroup?: string }>;
  /** The 合计 row is printed after the items, not before them (since 1.2.0). */
  totalLast?: boolean;
  /** The headers as printed, one per column, for a table whose columns the kit knows by place: the two summaries (since 1.2.0). */
  headers?: Array<{ label: string; group?: string; subgroup?: string }>;
}

/** A part of a disclosure, as `<budget-document>` shows it (since 1.2.0). */
export type DocumentPart =
  'profile' | 'tables' | 'explanation' | 'operatingCosts' | 'threePublic' | 'procurement' | 'assets' | 'performance' | 'other' | 'glossary';

/** One department's disclosure for one fiscal year. */
export interface BudgetDocument {
  schemaVersion: string;
  meta: Meta;
  organization?: OrgUnit[];
  /** 机构设置 counted by type (since 1.2.0). */
  organizationSummary?: OrganizationSummary;
  income: Income;
  expenditure: Expenditure;
  /** 财政拨款支出主要内容, line by line (since 1.2.0). */
  expenditureNotes?: ExpenditureNote[];
  /** Budget against 决算 as a final account's text states it (since 1.3.0). */
  budgetExecution?: ExecutionNote[];
  threePublic?: ThreePublic;
  operatingCosts?: OperatingCosts;
  projects?: Project[];
  /** 绩效目标设置情况, where the text states it (since 1.1.0). */
  projectSummary?: ProjectSummary;
  performance?: DepartmentPerformance;
  procurement?: Procurement;
  assets?: Assets;
  changes?: Change[];
  narrative?: NarrativeSection[];
  glossary?: GlossaryEntry[];
  tables?: TableLayout[];
  /** The order in which the document prints its parts (since 1.2.0). */
  partOrder?: DocumentPart[];
}
