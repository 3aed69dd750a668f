import type { BalanceKind, CostKind, ExpenditureType, SingleKey, SourceKey, ThreePublicKey } from './types.js';
import type { Lang } from './messages.js';

type Label = Record<Lang, string>;

export const SOURCE_LABELS: Record<SourceKey, Label> = {
  generalPublicBudget: { 'zh-CN': '一般公共预算拨款', en: 'General public budget appropriation' },
  governmentFund: { 'zh-CN': '政府性基金预算拨款', en: 'Government fund budget appropriation' },
  stateCapital: { 'zh-CN': '国有资本经营预算拨款', en: 'State capital operations budget appropriation' },
  specialAccount: { 'zh-CN': '财政专户管理资金', en: 'Funds in fiscal special accounts' },
  business: { 'zh-CN': '事业收入', en: 'Public service income' },
  operating: { 'zh-CN': '事业单位经营收入', en: 'Business income of public institutions' },
  superiorSubsidy: { 'zh-CN': '上级补助收入', en: 'Subsidies from higher-level units' },
  affiliatedRemittance: { 'zh-CN': '附属单位上缴收入', en: 'Remittances from affiliated units' },
  other: { 'zh-CN': '其他收入', en: 'Other income' },
  carryover: { 'zh-CN': '上年结转结余', en: 'Carried over from last year' },
  fiscal: { 'zh-CN': '财政拨款', en: 'Fiscal appropriations' },
  unitFunds: { 'zh-CN': '单位资金', en: "Units' own funds" },
  currentYear: { 'zh-CN': '本年收入', en: 'Income this year' },
};

export const TYPE_LABELS: Record<ExpenditureType, Label> = {
  basic: { 'zh-CN': '基本支出', en: 'Basic expenditure' },
  project: { 'zh-CN': '项目支出', en: 'Project expenditure' },
  operating: { 'zh-CN': '经营支出', en: 'Business expenditure' },
  remittance: { 'zh-CN': '上解上级支出', en: 'Remittances to higher levels' },
  subsidy: { 'zh-CN': '对附属单位补助支出', en: 'Subsidies to affiliated units' },
};

export const COST_LABELS: Record<CostKind, Label> = {
  personnel: { 'zh-CN': '人员经费', en: 'Personnel costs' },
  public: { 'zh-CN': '公用经费', en: 'Office and operating costs' },
};

export const THREE_PUBLIC_LABELS: Record<ThreePublicKey, Label> = {
  threePublic: { 'zh-CN': '“三公”经费', en: '"Three public" expenses' },
  abroad: { 'zh-CN': '因公出国（境）费', en: 'Official travel abroad' },
  abroadResearch: { 'zh-CN': '教学科研人员因公出国（境）费', en: 'Travel abroad by teaching and research staff' },
  abroadOther: { 'zh-CN': '其他因公出国（境）费', en: 'Other official travel abroad' },
  vehicles: { 'zh-CN': '公务用车购置及运行维护费', en: 'Official vehicles: purchase and running' },
  vehiclePurchase: { 'zh-CN': '公务用车购置费', en: 'Official vehicle purchase' },
  vehicleOperation: { 'zh-CN': '公务用车运行维护费', en: 'Official vehicle running and upkeep' },
  reception: { 'zh-CN': '公务接待费', en: 'Official hospitality' },
};

export const TOTAL_LABEL: Label = { 'zh-CN': '合计', en: 'Total' };

/** The grades of a 绩效自评, as the Shanghai final accounts print them (绩效评级为“优”的项目 …). */
export const GRADE_LABELS: Record<string, Label> = {
  优: { 'zh-CN': '“优”', en: 'excellent' },
  良: { 'zh-CN': '“良”', en: 'good' },
  合格: { 'zh-CN': '“合格”', en: 'pass' },
  不合格: { 'zh-CN': '“不合格”', en: 'fail' },
};

/** The budgets a final account sets its 决算 against, as it words them, in both languages. */
export const BUDGET_LABELS: Record<string, Label> = {
  年初预算: { 'zh-CN': '年初预算', en: 'Initial budget' },
  调整预算: { 'zh-CN': '调整预算', en: 'Adjusted budget' },
  全年预算: { 'zh-CN': '全年预算', en: 'Full-year budget' },
  预算数: { 'zh-CN': '预算数', en: 'Budget' },
  预算: { 'zh-CN': '预算', en: 'Budget' },
};

/** A final account's columns beside its 决算数 (since 1.3.0). */
export const SINGLE_LABELS: Record<SingleKey, Label> = {
  budget: { 'zh-CN': '预算数', en: 'Budget' },
  adjustedBudget: { 'zh-CN': '调整预算数', en: 'Adjusted budget' },
};

/** A fund's carry-overs and income in a final account's fund table (since 1.3.0). */
export const BALANCE_LABELS: Record<BalanceKind, Label> = {
  opening: { 'zh-CN': '年初结转和结余', en: 'Balance brought forward' },
  income: { 'zh-CN': '本年收入', en: 'Income this year' },
  closing: { 'zh-CN': '年末结转和结余', en: 'Balance carried forward' },
};

/**
 * Upper headers the published tables print in their own words (a layout's `columns` and `headers` keep
 * them), with the reader's words for each: the Shanghai tables' 收入预算, 一般公共预算支出 ….
 */
export const PRINTED_HEADER_LABELS: readonly Label[] = [
  { 'zh-CN': '本年收入', en: 'Income this year' },
  { 'zh-CN': '本年支出', en: 'Expenditure this year' },
  { 'zh-CN': '收入预算', en: 'Income budget' },
  { 'zh-CN': '支出预算', en: 'Expenditure budget' },
  { 'zh-CN': '一般公共预算支出', en: 'General public budget expenditure' },
  { 'zh-CN': '政府性基金预算支出', en: 'Government fund budget expenditure' },
  { 'zh-CN': '国有资本经营预算支出', en: 'State capital operations budget expenditure' },
  { 'zh-CN': '国有资本经营财政拨款预算支出', en: 'State capital operations budget expenditure' },
  { 'zh-CN': '财政拨款收入', en: 'Fiscal appropriation income' },
  { 'zh-CN': '财政拨款支出', en: 'Fiscal appropriation expenditure' },
];

/** The standard indicator levels of a performance form (一级 / 二级指标), with the reader's words for each. */
export const INDICATOR_LEVEL_LABELS: readonly Label[] = [
  { 'zh-CN': '产出指标', en: 'Outputs' },
  { 'zh-CN': '效益指标', en: 'Outcomes' },
  { 'zh-CN': '满意度指标', en: 'Satisfaction' },
  { 'zh-CN': '成本指标', en: 'Costs' },
  { 'zh-CN': '数量指标', en: 'Quantity' },
  { 'zh-CN': '质量指标', en: 'Quality' },
  { 'zh-CN': '时效指标', en: 'Timeliness' },
  { 'zh-CN': '经济成本指标', en: 'Economic costs' },
  { 'zh-CN': '社会成本指标', en: 'Social costs' },
  { 'zh-CN': '生态环境成本指标', en: 'Environmental costs' },
  { 'zh-CN': '经济效益指标', en: 'Economic benefits' },
  { 'zh-CN': '社会效益指标', en: 'Social benefits' },
  { 'zh-CN': '生态效益指标', en: 'Environmental benefits' },
  { 'zh-CN': '可持续影响指标', en: 'Lasting effects' },
  { 'zh-CN': '服务对象满意度指标', en: 'Beneficiary satisfaction' },
];

/** The headline figures a year is compared by (the subjects of the changes a document states), for messages. */
export const SUBJECT_LABELS: Record<string, Label> = {
  total: { 'zh-CN': '收支总额', en: 'total budget' },
  income: { 'zh-CN': '收入', en: 'income' },
  expenditure: { 'zh-CN': '支出', en: 'expenditure' },
  fiscalIncome: { 'zh-CN': '财政拨款收入', en: 'fiscal appropriation income' },
  fiscalExpenditure: { 'zh-CN': '财政拨款支出', en: 'fiscal appropriation spending' },
  generalPublicBudget: { 'zh-CN': '一般公共预算拨款支出', en: 'general public budget spending' },
  governmentFund: { 'zh-CN': '政府性基金拨款支出', en: 'government fund spending' },
  basic: { 'zh-CN': '基本支出', en: 'basic expenditure' },
  project: { 'zh-CN': '项目支出', en: 'project expenditure' },
  threePublic: { 'zh-CN': '“三公”经费', en: '"three public" expenses' },
  abroad: { 'zh-CN': '因公出国（境）费', en: 'official travel abroad' },
  vehicles: { 'zh-CN': '公务用车购置及运行费', en: 'official vehicles' },
  vehiclePurchase: { 'zh-CN': '公务用车购置费', en: 'vehicle purchase' },
  vehicleOperation: { 'zh-CN': '公务用车运行费', en: 'vehicle running costs' },
  reception: { 'zh-CN': '公务接待费', en: 'official hospitality' },
  operatingCosts: { 'zh-CN': '机关运行经费', en: 'operating costs' },
};
