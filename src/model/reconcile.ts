import { columnLabel, SOURCE_LABELS, THREE_PUBLIC_LABELS, TYPE_LABELS } from '../i18n/labels.js';
import { msg, type Lang } from '../i18n/messages.js';
import { convert, formatAmount, money, Money, publishedDecimals } from './money.js';
import { buildTree, cell, columnsOf, walkTree, type ClassNode } from './tree.js';
import type { Amounts, AmountUnit, BudgetDocument, DecimalString, ThreePublicKey } from './types.js';

type Label = Record<Lang, string>;

/** One figure that takes part in a check. */
export interface CheckedFigure {
  label: Label;
  amount: DecimalString;
}

/**
 * A reconciliation (勾稽关系) result. A difference within the rounding tolerance
 * (n × half a unit of the last published digit, n = number of parts) is a note; beyond it a warning.
 */
export interface Finding {
  severity: 'note' | 'warning';
  /** Stable rule id: sum.functional, sum.economic, balance, equal.*, … */
  rule: string;
  /** JSON path of the published figure. */
  path: string;
  subject: Label;
  column: Label;
  unit: AmountUnit;
  published: DecimalString;
  computed: DecimalString;
  /** published − computed. */
  difference: DecimalString;
  tolerance: DecimalString;
  parts: CheckedFigure[];
  /** Other places where the same published/computed pair disagrees (the same discrepancy repeated). */
  alsoIn: Label[];
  /** JSON paths of every published figure in the finding: `path` first, then the repeats. */
  paths: string[];
  message: Label;
}

export interface ReconciliationReport {
  findings: Finding[];
  notes: number;
  warnings: number;
  /** Number of checks made (each compares one published figure with its parts or twin). */
  checks: number;
}

const LANGS: Lang[] = ['zh-CN', 'en'];

/**
 * The coarsest published precision among figures: the fewest digits after the point. A zero is exact
 * however it is written ("0万元" in a narrative), so it does not coarsen the others.
 */
function precisionOf(figures: DecimalString[]): number {
  const nonZero = figures.filter((f) => !/^-?0(\.0*)?$/.test(f));
  return nonZero.length ? Math.min(...nonZero.map(publishedDecimals)) : 0;
}

function both(f: (lang: Lang) => string): Label {
  return { 'zh-CN': f('zh-CN'), en: f('en') };
}

const plain = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const EXPONENT: Record<AmountUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** A published figure restated in another unit, keeping the precision it was published with. */
function inUnit(amount: DecimalString, from: AmountUnit, to: AmountUnit): DecimalString {
  if (from === to) return amount;
  return convert(amount, from, to).toFixed(Math.max(0, publishedDecimals(amount) + EXPONENT[to] - EXPONENT[from]));
}

class Checker {
  findings: Finding[] = [];
  checks = 0;
  /** The first sentence of each finding's message, before the rounding and repeat remarks. */
  private readonly base = new Map<Finding, Label>();
  /** Findings by unit, published and computed figure. */
  private readonly byFigures = new Map<string, Finding[]>();

  /** Published `total` must equal the sum of `parts` (figures in `unit`). */
  sum(rule: string, path: string, subject: Label, column: Label, unit: AmountUnit, total: DecimalString, parts: CheckedFigure[]): void {
    this.sumLazy(rule, unit, total, parts.map((p) => p.amount), () => ({ path, subject, column, labels: parts.map((p) => p.label) }));
  }

  /**
   * The same check for the many rows of a large budget: the labels and path are only built when the
   * check finds something, so a clean 50,000-row file costs additions, not strings.
   */
  sumLazy(rule: string, unit: AmountUnit, total: DecimalString, amounts: DecimalString[], describe: () => Description): void {
    if (amounts.length === 0) return;
    this.checks++;
    let computed = new Money(0);
    for (const a of amounts) computed = computed.plus(money(a));
    if (computed.eq(money(total))) return;
    const d = describe();
    const parts = amounts.map((amount, i) => ({ label: d.labels[i], amount }));
    const decimals = precisionOf([total, ...amounts]);
    this.record(rule, d.path, d.subject, d.column, unit, total, computed, parts, decimals, amounts.length);
  }

  /** Two published figures (possibly in different units) must be equal. */
  equal(rule: string, path: string, subject: Label, a: CheckedFigure & { unit: AmountUnit }, b: CheckedFigure & { unit: AmountUnit }): void {
    this.checks++;
    // Compare in the unit of the coarser figure, so that a 万元 figure is not blamed for 元 digits it never had.
    const unit = this.coarser(a.unit, b.unit);
    const av = convert(a.amount, a.unit, unit);
    const bv = convert(b.amount, b.unit, unit);
    const decimals = Math.min(this.decimalsIn(a.amount, a.unit, unit), this.decimalsIn(b.amount, b.unit, unit));
    this.record(rule, path, subject, plain(`${a.label['zh-CN']}与${b.label['zh-CN']}`, `${a.label.en} vs ${b.label.en}`), unit, av.toFixed(), bv, [b], decimals, 1, a.label, b.label);
  }

  private coarser(a: AmountUnit, b: AmountUnit): AmountUnit {
    const order: AmountUnit[] = ['元', '万元', '亿元'];
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  private decimalsIn(amount: DecimalString, from: AmountUnit, to: AmountUnit): number {
    return publishedDecimals(amount) - (EXPONENT[from] - EXPONENT[to]);
  }

  private record(
    rule: string,
    path: string,
    subject: Label,
    column: Label,
    unit: AmountUnit,
    published: DecimalString,
    computed: Money,
    parts: CheckedFigure[],
    decimals: number,
    n: number,
    left?: Label,
    right?: Label,
  ): void {
    const diff = money(published).minus(computed);
    if (diff.isZero()) return;
    const tolerance = new Money(10).pow(-decimals).times(n).div(2);
    const severity = diff.abs().lte(tolerance) ? 'note' : 'warning';
    const computedStr = computed.toFixed(Math.max(decimals, 0));
    const fmt = (v: Money | string) => formatAmount(typeof v === 'string' ? v : v.toFixed(), { from: unit, decimals: Math.max(decimals, 0) });
    const place = both((l) => `${subject[l]}${column[l] ? (l === 'en' ? ` (${column[l]})` : `（${column[l]}）`) : ''}`);
    // Findings by their figures: each discrepancy is compared only with those of the same figures.
    const key = `${unit} ${published} ${computedStr}`;
    const alike = this.byFigures.get(key) ?? [];
    this.byFigures.set(key, alike);
    const existing = alike.find((f) => sameDiscrepancy(f, subject, parts));
    if (existing) {
      // The same figure failing a second identity (e.g. 合计 against its types and against its sources) is one finding.
      const primary = both((l) => `${existing.subject[l]}${existing.column[l] ? (l === 'en' ? ` (${existing.column[l]})` : `（${existing.column[l]}）`) : ''}`);
      const known = [primary, ...existing.alsoIn].some((p) => p.en === place.en);
      if (!known) existing.alsoIn.push(place);
      if (!existing.paths.includes(path)) existing.paths.push(path);
      if (severity === 'warning') existing.severity = 'warning';
      for (const l of LANGS) existing.message[l] = this.compose(existing, l);
      return;
    }
    const finding: Finding = {
      severity,
      rule,
      path,
      subject,
      column,
      unit,
      published,
      computed: computedStr,
      difference: diff.toFixed(Math.max(decimals, 0)),
      tolerance: tolerance.toFixed(),
      parts,
      alsoIn: [],
      paths: [path],
      message: { 'zh-CN': '', en: '' },
    };
    const base = both((l) =>
      left && right
        ? msg('check.equal', l, { subject: subject[l], left: left[l], right: right[l], published: fmt(published), computed: fmt(computed), difference: fmt(diff) })
        : msg('check.sum', l, {
            subject: subject[l],
            column: column[l] ? (l === 'en' ? ` (${column[l]})` : `（${column[l]}）`) : '',
            published: fmt(published),
            computed: fmt(computed),
            difference: formatAmount(diff.toFixed(), { from: unit, decimals: Math.max(decimals, 0), signed: true }),
          }),
    );
    this.base.set(finding, base);
    for (const l of LANGS) finding.message[l] = this.compose(finding, l);
    this.findings.push(finding);
    alike.push(finding);
  }

  private compose(f: Finding, lang: Lang): string {
    const base = this.base.get(f)![lang];
    const sep = lang === 'en' ? '; ' : '；';
    let text = base;
    if (f.severity === 'note') text += sep + msg('check.rounding', lang, { tolerance: f.tolerance });
    if (f.alsoIn.length) text += sep + msg('check.alsoIn', lang, { places: f.alsoIn.map((p) => p[lang]).join(lang === 'en' ? ', ' : '、') });
    return text + (lang === 'en' ? '.' : '。');
  }
}

/**
 * Two checks report the same discrepancy when they concern the same row (合计 against its types and
 * against its sources), or when one regroups the other's figures (机关运行经费's parts are 302's items):
 * equal published and computed totals and at least two, and at least half, of the parts in common.
 * Two unrelated rows that merely disagree by the same amounts stay two findings.
 */
function sameDiscrepancy(f: Finding, subject: Label, parts: CheckedFigure[]): boolean {
  if (f.subject.en === subject.en) return true;
  const theirs = new Set(f.parts.map((p) => p.amount));
  const shared = parts.filter((p) => theirs.has(p.amount)).length;
  return shared >= 2 && shared * 2 >= Math.min(parts.length, f.parts.length);
}

interface Description {
  path: string;
  subject: Label;
  column: Label;
  labels: Label[];
}

/** Columns that are sums of other columns within one row. */
function rowIdentities(a: Amounts): Array<{ column: string; parts: string[] }> {
  const ids: Array<{ column: string; parts: string[] }> = [];
  const has = (c: string) => cell(a, c) !== undefined;
  const src = a.bySource ?? {};
  // Resolve a source aggregate into the published columns that make it up.
  const expand = (key: string): string[] => {
    if (has(`bySource.${key}`)) return [`bySource.${key}`];
    const parts = SOURCE_PARTS[key];
    return parts ? parts.flatMap(expand) : [];
  };
  if (a.total !== undefined) {
    if (a.byType && Object.keys(a.byType).length) ids.push({ column: 'total', parts: Object.keys(a.byType).map((k) => `byType.${k}`) });
    if (Object.keys(src).length) {
      const parts = expand('__all');
      if (parts.length) ids.push({ column: 'total', parts });
    }
    const kinds = (['personnel', 'public'] as const).filter((k) => a.byCostKind?.[k] !== undefined);
    if (kinds.length) ids.push({ column: 'total', parts: kinds.map((k) => `byCostKind.${k}`) });
  }
  for (const agg of ['currentYear', 'fiscal', 'unitFunds']) {
    if (!has(`bySource.${agg}`)) continue;
    const parts = SOURCE_PARTS[agg].flatMap(expand);
    if (parts.length) ids.push({ column: `bySource.${agg}`, parts });
  }
  for (const [s, t] of Object.entries(a.bySourceType ?? {})) {
    const parts = Object.keys(t ?? {}).map((k) => `bySourceType.${s}.${k}`);
    if (has(`bySource.${s}`) && parts.length) ids.push({ column: `bySource.${s}`, parts });
  }
  return ids;
}

const SOURCE_PARTS: Record<string, string[]> = {
  __all: ['currentYear', 'carryover'],
  currentYear: ['fiscal', 'specialAccount', 'unitFunds'],
  fiscal: ['generalPublicBudget', 'governmentFund', 'stateCapital'],
  unitFunds: ['business', 'operating', 'superiorSubsidy', 'affiliatedRemittance', 'other'],
};

const colLabel = (c: string): Label => both((l) => columnLabel(c, l));

function checkRow(ch: Checker, rule: string, path: string | (() => string), subject: Label | (() => Label), unit: AmountUnit, a: Amounts): void {
  for (const id of rowIdentities(a)) {
    const total = cell(a, id.column)!;
    const cols = id.parts.filter((p) => cell(a, p) !== undefined);
    ch.sumLazy(rule, unit, total, cols.map((p) => cell(a, p)!), () => ({
      path: `${typeof path === 'function' ? path() : path}.${id.column}`,
      subject: typeof subject === 'function' ? subject() : subject,
      column: colLabel(id.column),
      labels: cols.map(colLabel),
    }));
  }
}

function nodeLabel(n: ClassNode): Label {
  return n.code ? plain(`${n.code} ${n.name}`, `${n.code} ${n.name}`) : plain(n.name, n.name === '合计' ? 'Total' : n.name);
}

/** Every parent equals the sum of its children, in every column any of them publishes. */
function checkTree(ch: Checker, rule: string, root: ClassNode, unit: AmountUnit, pathOf: (n: ClassNode) => string): void {
  for (const node of walkTree(root)) {
    if (node.children.length === 0) continue;
    if (node.level === 0 && Object.keys(node.amounts).length === 0) continue;
    const columns = new Set<string>([...columnsOf(node.amounts), ...node.children.flatMap((c) => columnsOf(c.amounts))]);
    for (const column of columns) {
      const total = cell(node.amounts, column) ?? '0';
      const kids = node.children.filter((c) => cell(c.amounts, column) !== undefined);
      ch.sumLazy(rule, unit, total, kids.map((c) => cell(c.amounts, column)!), () => ({
        path: `${pathOf(node)}.${column}`,
        subject: nodeLabel(node),
        column: colLabel(column),
        labels: kids.map(nodeLabel),
      }));
    }
  }
}

/**
 * Checks every 勾稽关系 the document allows: income = expenditure, parents = sum of children in every
 * column, row totals = sum of their columns, 基本支出 = 人员经费 + 公用经费, 项目支出 = sum of projects,
 * 三公 = sum of its parts, procurement totals = sum of rows, and figures published twice agree.
 * Published figures are never changed: differences are reported.
 */
export function reconcile(doc: BudgetDocument): ReconciliationReport {
  const unit = doc.meta.unit;
  const ch = new Checker();
  const fig = (zh: string, en: string, amount: DecimalString, u: AmountUnit = unit) => ({ label: plain(zh, en), amount, unit: u });

  // Income and expenditure balance, and totals published in several tables.
  const inc = doc.income;
  const exp = doc.expenditure;
  ch.equal('balance', '$.income.total', plain('收支平衡', 'Income and expenditure balance'), fig('收入总计', 'total income', inc.total), fig('支出总计', 'total expenditure', exp.total));
  checkRow(ch, 'sum.income', '$.income', plain('收入', 'Income'), unit, { total: inc.total, bySource: inc.bySource });
  if (exp.currentYear !== undefined) {
    const parts = [{ label: plain('本年支出合计', 'expenditure this year'), amount: exp.currentYear }];
    if (exp.carryForward !== undefined) parts.push({ label: plain('年终结转结余', 'carried forward'), amount: exp.carryForward });
    ch.sum('sum.expenditure', '$.expenditure.total', plain('支出总计', 'Total expenditure'), plain('', ''), unit, exp.total, parts);
  }
  const ft = exp.functionalTotal;
  if (ft) {
    const current = exp.currentYear ?? exp.total;
    if (ft.total !== undefined) {
      ch.equal('equal.expenditure', '$.expenditure.functionalTotal.total', plain('支出合计', 'Expenditure total'), fig('支出表合计', 'expenditure tables total', ft.total), fig('本年支出合计', 'expenditure this year', current));
    }
    for (const [key, amount] of Object.entries(inc.bySource)) {
      const twin = ft.bySource?.[key as keyof typeof ft.bySource];
      if (twin === undefined || amount === undefined) continue;
      const l = SOURCE_LABELS[key as keyof typeof SOURCE_LABELS];
      ch.equal('equal.source', `$.income.bySource.${key}`, l, fig(`收入表${l['zh-CN']}`, `income: ${l.en}`, amount), fig(`支出表${l['zh-CN']}`, `expenditure: ${l.en}`, twin));
    }
  }

  // Functional classification.
  const functional = buildTree(exp.functional, { name: '合计', amounts: ft });
  const fIndex = new Map(exp.functional.map((f, i) => [f.code, i]));
  const fPath = (n: ClassNode) => (n.code ? `$.expenditure.functional[${fIndex.get(n.code)}].amounts` : '$.expenditure.functionalTotal');
  checkTree(ch, 'sum.functional', functional, unit, fPath);
  for (const n of walkTree(functional)) checkRow(ch, 'row.functional', () => fPath(n), () => nodeLabel(n), unit, n.amounts);

  // Economic classification of basic expenditure.
  const eco = exp.economic;
  if (eco) {
    const tree = buildTree(eco.items, { name: '合计', amounts: eco.total });
    const eIndex = new Map(eco.items.map((e, i) => [e.code, i]));
    const ePath = (n: ClassNode) => (n.code ? `$.expenditure.economic.items[${eIndex.get(n.code)}].amounts` : '$.expenditure.economic.total');
    checkTree(ch, 'sum.economic', tree, unit, ePath);
    for (const n of walkTree(tree)) checkRow(ch, 'row.economic', () => ePath(n), () => nodeLabel(n), unit, n.amounts);
    const type = eco.type ?? 'basic';
    const twin = eco.source ? ft?.bySourceType?.[eco.source]?.[type] : ft?.byType?.[type];
    if (eco.total?.total !== undefined && twin !== undefined) {
      const t = TYPE_LABELS[type];
      ch.equal('equal.economic', '$.expenditure.economic.total.total', t, fig(`经济分类${t['zh-CN']}合计`, `${t.en} by economic classification`, eco.total.total), fig(`功能分类${t['zh-CN']}合计`, `${t.en} by function`, twin));
    }
  }

  // Projects add up to 项目支出.
  const projects = doc.projects ?? [];
  projects.forEach((p, i) => {
    const parts: CheckedFigure[] = [];
    if (p.budget.fiscal !== undefined) parts.push({ label: plain('财政资金', 'fiscal funds'), amount: p.budget.fiscal });
    if (p.budget.other !== undefined) parts.push({ label: plain('其他资金', 'other funds'), amount: p.budget.other });
    ch.sum('row.project', `$.projects[${i}].budget.total`, plain(p.name, p.name), plain('预算数', 'budget'), p.unit ?? unit, p.budget.total, parts);
  });
  const projectTotal = ft?.byType?.project;
  if (projects.length && projectTotal !== undefined) {
    ch.sum(
      'sum.projects',
      '$.expenditure.functionalTotal.byType.project',
      plain('项目支出', 'Project expenditure'),
      plain('各项目预算', 'project budgets'),
      unit,
      projectTotal,
      projects.map((p) => ({ label: plain(p.name, p.name), amount: inUnit(p.budget.total, p.unit ?? unit, unit) })),
    );
  }

  // 三公经费.
  const tp = doc.threePublic;
  if (tp) {
    const tu = tp.unit ?? unit;
    const byKey = new Map(tp.items.map((it, i) => [it.key, { it, i }]));
    const label = (k: ThreePublicKey) => THREE_PUBLIC_LABELS[k];
    const groups: Array<[ThreePublicKey, ThreePublicKey[]]> = [
      ['threePublic', ['abroad', 'vehicles', 'reception']],
      ['abroad', ['abroadResearch', 'abroadOther']],
      ['vehicles', ['vehiclePurchase', 'vehicleOperation']],
    ];
    for (const [parent, children] of groups) {
      const p = byKey.get(parent);
      if (!p) continue;
      const cols = new Set<string>([...columnsOf(p.it.amounts), ...children.flatMap((c) => (byKey.get(c) ? columnsOf(byKey.get(c)!.it.amounts) : []))]);
      for (const column of cols) {
        const parts = children
          .map((c) => byKey.get(c))
          .filter((c) => c && cell(c.it.amounts, column) !== undefined)
          .map((c) => ({ label: label(c!.it.key), amount: cell(c!.it.amounts, column)! }));
        if (parts.length === 0) continue;
        ch.sum('sum.threePublic', `$.threePublic.items[${p.i}].amounts.${column}`, label(parent), colLabel(column), tu, cell(p.it.amounts, column) ?? '0', parts);
      }
    }
    tp.items.forEach((it, i) => checkRow(ch, 'row.threePublic', `$.threePublic.items[${i}].amounts`, label(it.key), tu, it.amounts));
    const sub = byKey.get('threePublic');
    if (tp.total) {
      checkRow(ch, 'row.threePublic', '$.threePublic.total', plain('“三公”经费合计', '"Three public" total'), tu, tp.total);
      if (sub) {
        for (const column of columnsOf(tp.total)) {
          const twin = cell(sub.it.amounts, column);
          if (twin === undefined) continue;
          ch.equal('equal.threePublic', `$.threePublic.total.${column}`, label('threePublic'), fig('合计', 'total', cell(tp.total, column)!, tu), fig('“三公”经费小计', 'subtotal', twin, tu));
        }
      }
    }
  }

  // 机关运行经费 and its parts.
  const oc = doc.operatingCosts;
  if (oc?.items?.length) {
    ch.sum('sum.operatingCosts', '$.operatingCosts.total', plain('机关运行经费', 'Operating costs of the offices'), plain('', ''), oc.unit ?? unit, oc.total, oc.items.map((it) => ({ label: plain(it.name, it.name), amount: it.amount })));
  }

  // Procurement.
  const pr = doc.procurement;
  if (pr) {
    const pu = pr.unit ?? unit;
    const items = pr.items ?? [];
    items.forEach((it, i) => {
      checkRow(ch, 'row.procurement', `$.procurement.items[${i}].amounts`, plain(it.item, it.item), pu, it.amounts);
      if (it.quantity !== undefined && it.unitPrice !== undefined && it.amounts.total !== undefined) {
        const product = money(it.quantity).times(money(it.unitPrice));
        ch.sum('row.procurementPrice', `$.procurement.items[${i}].amounts.total`, plain(it.item, it.item), plain('数量×单价', 'quantity × unit price'), pu, it.amounts.total, [
          { label: plain('数量×单价', 'quantity × unit price'), amount: product.toFixed() },
        ]);
      }
    });
    const groupSum = (label: Label, path: string, total: Amounts, rows: Array<{ amounts: Amounts; name: string }>) => {
      for (const column of columnsOf(total)) {
        const parts = rows.filter((r) => cell(r.amounts, column) !== undefined).map((r) => ({ label: plain(r.name, r.name), amount: cell(r.amounts, column)! }));
        ch.sum('sum.procurement', `${path}.${column}`, label, colLabel(column), pu, cell(total, column)!, parts);
      }
    };
    const itemRows = items.map((it) => ({ amounts: it.amounts, name: it.item, unitName: it.unitName }));
    if (pr.total) {
      checkRow(ch, 'row.procurement', '$.procurement.total', plain('政府采购合计', 'Procurement total'), pu, pr.total);
      if (pr.subtotals?.length) groupSum(plain('政府采购合计', 'Procurement total'), '$.procurement.total', pr.total, pr.subtotals.map((s) => ({ amounts: s.amounts, name: s.unitName })));
      else groupSum(plain('政府采购合计', 'Procurement total'), '$.procurement.total', pr.total, itemRows);
    }
    const rowsOfUnit = new Map<string, typeof itemRows>();
    for (const r of itemRows) {
      const list = rowsOfUnit.get(r.unitName ?? '') ?? [];
      rowsOfUnit.set(r.unitName ?? '', list);
      list.push(r);
    }
    pr.subtotals?.forEach((s, i) => {
      groupSum(plain(`${s.unitName}小计`, `${s.unitName} subtotal`), `$.procurement.subtotals[${i}].amounts`, s.amounts, rowsOfUnit.get(s.unitName ?? '') ?? []);
    });
    const sme = items.filter((it) => it.smeReserved !== undefined).map((it) => ({ label: plain(it.item, it.item), amount: it.smeReserved! }));
    if (pr.smeReservedTotal !== undefined) ch.sum('sum.procurementSme', '$.procurement.smeReservedTotal', plain('预留中小微企业份额', 'Share reserved for SMEs'), plain('', ''), pu, pr.smeReservedTotal, sme);
    const s = pr.summary;
    if (s?.total !== undefined) {
      const parts: CheckedFigure[] = [];
      if (s.goods !== undefined) parts.push({ label: plain('货物', 'goods'), amount: s.goods });
      if (s.works !== undefined) parts.push({ label: plain('工程', 'works'), amount: s.works });
      if (s.services !== undefined) parts.push({ label: plain('服务', 'services'), amount: s.services });
      ch.sum('sum.procurementSummary', '$.procurement.summary.total', plain('政府采购预算', 'Procurement budget'), plain('', ''), pu, s.total, parts);
    }
  }

  const findings = ch.findings;
  return {
    findings,
    notes: findings.filter((f) => f.severity === 'note').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    checks: ch.checks,
  };
}

