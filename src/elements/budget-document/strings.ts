import type { Lang } from '../../model/messages.js';

/** What <budget-document> shows, in zh-CN (the strings every element shares are in src/i18n/ui.ts). */
const zh = {
  toc: '目录',
  profile: '部门概况',
  tables: '部门预算表',
  explanation: '部门预算编制说明',
  /** A unit's own budget (单位预算): the parts it names differently. */
  unitParts: { profile: '单位概况', tables: '单位预算表', explanation: '单位预算编制说明' },
  /** A final account (决算): its tables and explanation by their names there. */
  finalParts: { tables: '部门决算表', explanation: '部门决算情况说明' },
  operatingCosts: '机关运行经费',
  threePublic: '“三公”经费',
  procurement: '政府采购',
  assets: '国有资产占有使用情况',
  performance: '绩效目标',
  other: '其他相关情况说明',
  /** The rest when it is only the projects' own explanations (七、项目经费情况说明). */
  projectNotes: '项目经费情况说明',
  glossary: '名词解释',
  fixedAssets: '固定资产',
  fixedAssetsAt: (date: string) => `固定资产（截至 ${date}）`,
  plannedPurchase: '本年度拟购置固定资产',
  vehicles: '车辆（辆）',
  plannedVehicles: '本年度拟购置车辆（辆）',
  quantity: (q: string) => `数量 ${q}`,
  vehicleClasses: '车辆（按类别）',
  plannedVehicleClasses: '本年度拟购置车辆（按类别）',
  count: (n: number) => `${n}辆`,
  planned: '本年度拟购置',
  unitTypes: '单位构成',
  subordinateUnits: (n: number) => `下属预算单位 ${n}家`,
  typeCount: (type: string, n: number) => [type, ` ${n}家`],
  quarterlyPlan: '分季度用款计划',
  quarterHead: '季度',
  quarter: (q: number) => `第${'一二三四'[q - 1] ?? q}季度`,
  plannedAmount: '用款计划',
};

/** The same in English, typed as the zh-CN strings: a missing or extra string does not compile. */
const en: typeof zh = {
  toc: 'Contents',
  profile: 'The department',
  tables: 'Budget tables',
  explanation: 'Notes on the budget',
  unitParts: { profile: 'The unit', tables: 'Budget tables', explanation: 'Notes on the budget' },
  finalParts: { tables: 'Final account tables', explanation: 'Notes on the final account' },
  operatingCosts: 'Operating costs of the offices',
  threePublic: '"Three public" expenses',
  procurement: 'Government procurement',
  assets: 'State-owned assets',
  performance: 'Performance goals',
  other: 'Other notes',
  projectNotes: 'Notes on the projects',
  glossary: 'Glossary',
  fixedAssets: 'Fixed assets',
  fixedAssetsAt: (date: string) => `Fixed assets (as of ${date})`,
  plannedPurchase: 'Fixed assets to buy this year',
  vehicles: 'Vehicles',
  plannedVehicles: 'Vehicles to buy this year',
  quantity: (q: string) => `quantity ${q}`,
  vehicleClasses: 'Vehicles by class',
  plannedVehicleClasses: 'Vehicles to buy this year, by class',
  count: (n: number) => `${n}`,
  planned: 'To buy this year',
  unitTypes: 'Units by type',
  subordinateUnits: (n: number) => `${n} subordinate budget ${n === 1 ? 'unit' : 'units'}`,
  typeCount: (type: string, n: number) => [type, `: ${n}`],
  quarterlyPlan: 'Spending plan by quarter',
  quarterHead: 'Quarter',
  quarter: (q: number) => `Q${q}`,
  plannedAmount: 'Planned spending',
};

/** <budget-document>'s own strings by language: in this element's file only, not in the others'. */
export const DOCUMENT_UI: Record<Lang, typeof zh> = { 'zh-CN': zh, en };
