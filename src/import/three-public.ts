/**
 * The “三公”经费 tables back to the JSON's `threePublic` (and, in the Shanghai layout, the
 * 机关运行经费 total): the Hebei table has a row per item and a column per fund; the Shanghai table has
 * one row with a column per item. Items are told by their words, most specific first.
 */
import { setCell } from '../model/columns.js';
import type { Amounts, ThreePublic, ThreePublicKey } from '../model/types.js';
import { type ImportIssue } from './cells.js';
import { amountColumns, mapColumns } from './columns.js';
import { bodyAmount, unread, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

const ITEM_WORDS: Array<[RegExp, ThreePublicKey]> = [
  [/教学科研/, 'abroadResearch'],
  [/其他.*出国|其他人员/, 'abroadOther'],
  [/出国/, 'abroad'],
  [/购置及运/, 'vehicles'],
  [/购置费$/, 'vehiclePurchase'],
  [/运行(?:维护)?费$/, 'vehicleOperation'],
  [/公务用车/, 'vehicles'],
  [/接待/, 'reception'],
  [/三公.*(?:小计|合计|预算数)|^三公经费$/, 'threePublic'],
];

const itemKey = (name: string): ThreePublicKey | undefined => {
  const n = compact(name).replace(/[“”"]/g, '');
  return ITEM_WORDS.find(([re]) => re.test(n))?.[1];
};

export interface ThreePublicResult {
  threePublic?: ThreePublic;
  /** 机关运行经费预算数, where the table carries it (Shanghai layout). */
  operatingCostsTotal?: string;
  issues: ImportIssue[];
}

/** Hebei layout: 项目 | 合计 | 一般公共预算财政拨款 | 政府性基金预算拨款 | 国有资本经营预算财政拨款. */
function byRows(table: ExtractedTable): ThreePublicResult {
  const FUNDS = amountColumns('threePublic');
  const labels = table.header.labels.map((l) => compact(l));
  const { index, issues } = mapColumns(labels, [{ key: 'name', label: '项目', match: /项目|名称/, required: true }, ...FUNDS], table.location);
  if (issues.length) return { issues };
  const tp: ThreePublic = { items: [] };
  if (table.unit) tp.unit = table.unit;
  table.body.forEach((row, r) => {
    const name = (row[index.name!] ?? '').trim();
    if (!name) return;
    const amounts: Amounts = {};
    for (const f of FUNDS) {
      if (index[f.key] === undefined) continue;
      const { value, issue } = bodyAmount(table, r, index[f.key]!);
      if (issue) issues.push(issue);
      else if (value !== undefined) setCell(amounts, f.key, value);
    }
    if (/^合计$/.test(compact(name))) {
      tp.total = amounts;
      return;
    }
    const key = itemKey(name);
    if (!key) {
      unread(table, r);
      issues.push({ code: 'table.unknownLine', location: { ...table.location, row: table.firstBodyRow + r, column: index.name! + 1 }, text: name });
    } else tp.items.push({ key, name, amounts });
  });
  return { threePublic: tp, issues };
}

/** Shanghai layout: one row, “三公”经费 合计 | 因公出国(境)费 | 公务接待费 | 公务用车 小计 | 购置费 | 运行费 | 机关运行经费. */
function byColumns(table: ExtractedTable): ThreePublicResult {
  const issues: ImportIssue[] = [];
  // A final account's prints 预算数 | 决算数 under every item: a row of those words is the header's last level.
  const figureRow = table.body[0]?.every((c) => /^(?:预算数|决算数)$/.test(compact(c))) ? table.body[0] : undefined;
  const joined = table.header.labels.map((l, c) => (figureRow ? `${l}·${compact(figureRow[c]!)}` : l));
  const labels = joined.map((l) => compact(l).replace(/[“”"]/g, ''));
  const tp: ThreePublic = { items: [] };
  if (table.unit) tp.unit = table.unit;
  let operatingCostsTotal: string | undefined;
  const row = figureRow ? 1 : 0;
  labels.forEach((full, c) => {
    const { value, issue } = table.body.length > row ? bodyAmount(table, row, c) : {};
    if (issue) issues.push(issue);
    // 预算数 beside 决算数: the item's budget; 决算数 is its figure (`total`).
    const figure = /·(预算数|决算数)$/.exec(full)?.[1];
    const label = figure ? full.slice(0, -figure.length - 1) : full;
    if (/机关运行经费/.test(label)) {
      operatingCostsTotal = value;
      return;
    }
    // The item is the lowest heading, its group the one above it (two or three header rows).
    const levels = label.split('·');
    const name = levels[levels.length - 1]!;
    const group = levels.length > 1 ? levels[levels.length - 2]! : '';
    const subtotal = /^(?:合计|小计)$/.test(name);
    const key: ThreePublicKey | undefined = subtotal
      ? group.includes('三公')
        ? 'threePublic'
        : group.includes('公务用车')
          ? 'vehicles'
          : undefined
      : itemKey(name);
    if (!key) {
      if (table.body.length > row) unread(table, row, [c]);
      issues.push({ code: 'table.unknownLine', location: { ...table.location, column: c + 1 }, text: table.header.labels[c] ?? '' });
      return;
    }
    // Named as a reader says them: the group for its 合计 ("“三公”经费预算数"), "公务用车购置及运行费 小计", the
    // leaf for the rest ("购置费"); a final account's by the item it is under ("公务用车购置及运行费 小计").
    const parts = (joined[c] ?? '').split('·');
    if (figure) parts.pop();
    const shown = figure
      ? name === '合计'
        ? parts[0]!
        : subtotal
          ? `${parts[parts.length - 2]} ${name}`
          : parts[parts.length - 1]!
      : parts.length < 2
        ? parts[0]!
        : name === '合计'
          ? parts[0]!
          : subtotal
            ? `${parts[0]} ${parts[parts.length - 1]}`
            : parts[parts.length - 1]!;
    let entry = tp.items.find((i) => i.key === key);
    if (!entry) tp.items.push((entry = { key, name: shown, amounts: {} }));
    if (value !== undefined) entry.amounts[figure === '预算数' ? 'budget' : 'total'] = value;
  });
  return { threePublic: tp, ...(operatingCostsTotal !== undefined ? { operatingCostsTotal } : {}), issues };
}

export function readThreePublic(table: ExtractedTable): ThreePublicResult {
  const labels = table.header.labels.map((l) => compact(l));
  return labels.some((l) => /项目|名称/.test(l)) ? byRows(table) : byColumns(table);
}
