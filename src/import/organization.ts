/**
 * Two small forms of a disclosure: 部门机构设置情况 (each unit: name, nature, rank, funding, and the 内设机构 and
 * 说明 columns the kit's own table adds) to `organization`, and 部门固定资产占用情况表 (item, quantity, value,
 * 计量单位 where printed, and the 截止时间 line) to `assets`.
 */
import type { Assets, OrgUnit } from '../model/types.js';
import { type ImportIssue } from './cells.js';
import { mapColumns } from './columns.js';
import { bodyAmount, type ExtractedTable } from './extract.js';
import { compact } from './titles.js';

export function readOrganization(table: ExtractedTable): { organization?: OrgUnit[]; issues: ImportIssue[] } {
  // A form of words only: no figures tell header from body, so the header is the first row.
  const [header = [], ...body] = table.raw;
  const { index, issues } = mapColumns(
    header.map(compact),
    [
      { key: 'name', label: '单位名称', match: /单位名称|机构名称/, required: true },
      { key: 'nature', label: '单位性质', match: /性质/ },
      { key: 'rank', label: '单位规格', match: /规格|级别/ },
      { key: 'funding', label: '经费保障形式', match: /经费/ },
      { key: 'divisions', label: '内设机构', match: /内设机构/ },
      { key: 'note', label: '说明', match: /^(?:说明|备注)$/ },
    ],
    table.location,
  );
  if (issues.length) return { issues };
  const organization: OrgUnit[] = [];
  for (const row of body) {
    const name = (row[index.name!] ?? '').trim();
    if (!name) continue;
    const unit: OrgUnit = { name };
    for (const key of ['nature', 'rank', 'funding', 'note'] as const) {
      const v = index[key] !== undefined ? (row[index[key]!] ?? '').trim() : '';
      if (v) unit[key] = v;
    }
    // 内设机构, as the derived table writes them: one cell, the names joined with 、.
    const divisions = index.divisions !== undefined ? (row[index.divisions] ?? '').trim() : '';
    if (divisions) unit.divisions = divisions.split('、').filter(Boolean);
    organization.push(unit);
  }
  return { organization, issues };
}

export function readAssets(table: ExtractedTable): { assets: Assets; issues: ImportIssue[] } {
  const { index, issues } = mapColumns(
    table.header.labels.map(compact),
    [
      { key: 'name', label: '项目', match: /^(?:项目|资产名称|名称|资产类别)$/, required: true },
      { key: 'quantity', label: '数量', match: /数量/ },
      { key: 'value', label: '价值', match: /价值|金额/ },
      { key: 'measureUnit', label: '计量单位', match: /计量单位/ },
    ],
    table.location,
  );
  const assets: Assets = { items: [] };
  if (table.asOf) assets.asOf = table.asOf;
  if (table.note) assets.note = table.note;
  if (issues.length) return { assets, issues };
  table.body.forEach((row, r) => {
    const name = (row[index.name!] ?? '').trim();
    if (!name) return;
    const item: NonNullable<Assets['items']>[number] = { name };
    for (const key of ['quantity', 'value'] as const) {
      if (index[key] === undefined) continue;
      const { value, issue } = bodyAmount(table, r, index[key]!);
      if (issue) issues.push(issue);
      else if (value !== undefined) item[key] = value;
    }
    const measure = index.measureUnit !== undefined ? (row[index.measureUnit] ?? '').trim() : '';
    if (measure) item.measureUnit = measure;
    assets.items!.push(item);
  });
  return { assets, issues };
}
