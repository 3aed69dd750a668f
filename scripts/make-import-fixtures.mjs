#!/usr/bin/env node
// Rebuilds the importer's fixtures from the departments' JSON (run after `npm run build`):
//   test/fixtures/import/xushui-2024.docx    the founding department's disclosure as a Word document,
//       in the layout of ../shared/seed: title line, then each standard table under its title, its first
//       row holding the department (code and name), 预算年度 and 单位, two-level header (merged cells), 栏次 row and
//       注 line; then 第一部分, the written explanation section by section, with the 机构设置 table, the
//       部门整体绩效目标 text, the six project performance tables (a form, then its indicators, merged
//       cells as in the seed), the 政府采购预算 table, the 固定资产 table and the 名词解释;
//   test/fixtures/import/putuo-2025.xlsx     the Shanghai department's tables, one sheet per table, with
//       merged header cells, as budget systems export them.
// Usage: node scripts/make-import-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import writeExcelFile from 'write-excel-file/node';
import { parseBudget, standardTables } from '../dist/lib/index.js';

const load = (file) => parseBudget(readFileSync(file, 'utf8')).document;

/** A table's header as published: a group row (merged across), a label row, and the 栏次 row. */
function headerRows(t) {
  const grouped = t.columns.some((c) => c.group);
  const cols = [...(t.serial ? [{ label: '序号' }] : []), ...t.columns];
  const rows = [];
  if (grouped) {
    const top = [];
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (!c.group) top.push({ text: c.label, span: 1, rowSpan: 2 });
      else if (i > 0 && cols[i - 1].group === c.group) top[top.length - 1].span++;
      else top.push({ text: c.group, span: 1 });
    }
    rows.push(top);
    rows.push(cols.map((c) => (c.group ? { text: c.label, span: 1 } : { text: '', span: 1, continued: true })));
  } else rows.push(cols.map((c) => ({ text: c.label, span: 1 })));
  if (t.columnNumbers) rows.push(cols.map((c, i) => ({ text: i === 0 && t.serial ? '栏次' : String(i + (t.serial ? 0 : 1)), span: 1 })));
  return rows;
}

const bodyRows = (t) => t.rows.map((r, i) => [...(t.serial ? [String(i + 1)] : []), ...r.cells.map((c) => c ?? '')]);
const deptLine = (doc) => `${doc.meta.department.code ?? ''}${doc.meta.department.name}`;
const lines = (doc, t) => [deptLine(doc), `预算年度：${doc.meta.fiscalYear}`, `单位：${t.unit}`];

// Sections of the seed's written part that the JSON keeps as fields, not as narrative: their headings.
const FORM_SECTIONS = {
  performance: '五、部门整体绩效目标',
  projects: '七、部门项目预算安排情况及绩效目标',
  procurement: '八、政府采购预算情况',
  glossary: '十、名词解释',
};
const CN = '一二三四五六七八九十';
const sectionNumber = (title) => {
  const m = /^([一二三四五六七八九十]+)、/.exec(title);
  if (!m) return 0;
  const [a, b] = m[1].split('十');
  return m[1].includes('十') ? (a ? CN.indexOf(a) + 1 : 1) * 10 + (b ? CN.indexOf(b) + 1 : 0) : CN.indexOf(m[1]) + 1;
};
const row = (...cells) => cells.map((c) => (typeof c === 'string' ? { text: c, span: 1 } : c));
const span = (text, n) => ({ text, span: n });
const down = (text) => ({ text, span: 1, rowSpan: 2 });
const cont = (n = 1) => ({ text: '', span: n, continued: true });

/** A project performance table as the seed prints it: a form (7 columns wide), then its indicators. */
function projectTables(p, unit) {
  const sched = p.schedule ?? [];
  const form = [
    row(span(`单位：${unit}`, 7)),
    row('项目编码', span(p.code, 2), '项目名称', span(p.name, 3)),
    row(down('预算规模及资金用途'), '预算数', p.budget.total, '其中：财政资金', p.budget.fiscal ?? '', '其他资金', p.budget.other ?? ''),
    row(cont(), span(p.purpose ?? '', 6)),
    row(down('资金支出计划（%）'), ...sched.map((s, i) => span(s.label, i === sched.length - 1 ? 7 - sched.length : 1))),
    row(cont(), ...sched.map((s, i) => span(s.percent !== undefined ? `${s.percent}%` : '', i === sched.length - 1 ? 7 - sched.length : 1))),
    row('绩效目标', span((p.goals ?? []).join('\n'), 6)),
  ];
  const inds = p.indicators ?? [];
  const indicators = [row('一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据')];
  inds.forEach((ind, i) => {
    const prev = inds[i - 1];
    const next = inds[i + 1];
    const merged = (key, same) => (prev && same(prev) ? cont() : { text: ind[key] ?? '', span: 1, ...(next && same(next) ? { rowSpan: 2 } : {}) });
    indicators.push([
      merged('level1', (o) => o.level1 === ind.level1),
      merged('level2', (o) => o.level1 === ind.level1 && o.level2 === ind.level2),
      ...row(ind.name, ind.description ?? '', ind.target.text, ind.basis ?? ''),
    ]);
  });
  return [form, indicators];
}

/** 部门政府采购预算: department and unit row, a two-level header, 合计, each unit's 小计, the items. */
function procurementTable(doc, layout) {
  const pr = doc.procurement;
  const SOURCES = [
    ['generalPublicBudget', '一般公共预算拨款'],
    ['governmentFund', '基金预算拨款'],
    ['stateCapital', '国有资本经营预算拨款'],
    ['specialAccount', '财政专户核拨'],
    ['unitFunds', '单位资金'],
    ['carryover', '上年结转结余'],
  ];
  const money = (a) => [a?.total ?? '', ...SOURCES.map(([k]) => a?.bySource?.[k] ?? '')];
  const rows = [
    row(span(deptLine(doc), 7), span(`单位：${layout.unit ?? doc.meta.unit}`, 8)),
    row(
      span('政府采购项目来源', 2),
      down('采购物品名称'),
      down('政府采购目录序号'),
      down('计量  单位'),
      down('数量'),
      down('单价'),
      span('政府采购金额（当年部门预算安排资金）', 7),
      down(`${doc.meta.fiscalYear}年  预留中  小微企  业份额`),
    ),
    row('项目名称', '预算    资金', cont(), cont(), cont(), cont(), cont(), '合计', ...SOURCES.map(([, l]) => l), cont()),
    row('合  计', '', '', '', '', '', '', ...money(pr.total), pr.smeReservedTotal ?? ''),
  ];
  for (const sub of pr.subtotals ?? []) {
    rows.push(row(`${sub.unitName}小计`, '', '', '', '', '', '', ...money(sub.amounts), sub.smeReserved ?? ''));
    for (const it of (pr.items ?? []).filter((i) => i.unitName === sub.unitName)) {
      rows.push(
        row(
          it.projectName ?? '',
          it.projectBudget ?? '',
          it.item,
          it.catalogCode ?? '',
          it.measureUnit ?? '',
          it.quantity ?? '',
          it.unitPrice ?? '',
          ...money(it.amounts),
          it.smeReserved ?? '',
        ),
      );
    }
  }
  return rows;
}

async function docx(doc, out) {
  const text = (s, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold })] });
  const cell = (c) =>
    new TableCell({
      children: c.text.split('\n').map((line) => text(line)),
      ...(c.span > 1 ? { columnSpan: c.span } : {}),
      ...(c.rowSpan ? { verticalMerge: VerticalMergeType.RESTART } : c.continued ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    });
  const table = (rows) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
  const heading = (s) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, bold: true })] });
  const children = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.meta.title ?? '', bold: true, size: 32 })] })];
  for (const t of standardTables(doc)) {
    // As in the seed: the department, year and unit lines are the table's first row.
    children.push(heading(t.title));
    const width = t.columns.length + (t.serial ? 1 : 0);
    const [dept, year, unitLine] = lines(doc, t);
    const rows = [row(span(dept, width - 2), year, unitLine), ...headerRows(t), ...bodyRows(t).map((r) => r.map((c) => ({ text: c, span: 1 })))];
    children.push(table(rows));
    if (t.note) children.push(text(`注：${t.note}`));
  }

  // 第一部分: the written explanation, with the forms in their sections.
  const [intro, ...rest] = doc.narrative ?? [];
  children.push(heading(`第一部分  ${intro.title}`), heading(intro.title));
  for (const p of intro.paragraphs) children.push(text(p));
  const sections = [
    ...rest,
    ...Object.entries(FORM_SECTIONS)
      .filter(([k]) => doc[k])
      .map(([id, title]) => ({ id, title, paragraphs: [] })),
  ];
  sections.sort((a, b) => sectionNumber(a.title) - sectionNumber(b.title));
  const layout = (kind) => (doc.tables ?? []).find((t) => t.kind === kind);
  for (const section of sections) {
    children.push(text(section.title, true));
    for (const p of section.paragraphs) children.push(text(p));
    if (section.id === 'duties' && doc.organization) {
      children.push(text('部门机构设置情况', true));
      children.push(
        table([
          row('单位名称', '单位性质', '单位规格', '经费保障形式'),
          ...doc.organization.map((o) => row(o.name, o.nature ?? '', o.rank ?? '', o.funding ?? '')),
        ]),
      );
    }
    if (section.id === 'performance') {
      const pf = doc.performance;
      children.push(text('（一）总体绩效目标'), ...pf.overall.split('\n').map((p) => text(p)), text('（二）分项绩效目标'));
      pf.goals.forEach((g, i) => children.push(text(`${i + 1}、${g.title}`), text(`绩效目标：${g.goal}`), text(`绩效指标：${g.indicatorText}`)));
      children.push(text('（三）工作保障措施'), ...pf.measures.map((m) => text(m)));
    }
    if (section.id === 'projects') {
      doc.projects.forEach((p, i) => {
        const [form, indicators] = projectTables(p, p.unit ?? doc.meta.unit);
        children.push(text(`${i + 1}、${p.name}绩效目标表`, true), table(form), text(' '), table(indicators));
      });
    }
    if (section.id === 'procurement') {
      const l = layout('procurement');
      children.push(heading(l.title), table(procurementTable(doc, l)));
      if (doc.procurement.note) children.push(text(`注：${doc.procurement.note}`));
    }
    if (section.id === 'assets' && doc.assets) {
      const l = layout('assets');
      const a = doc.assets;
      const items = a.items?.length ? a.items.map((it) => row(it.name, it.quantity ?? '', it.value ?? '')) : [row('', '', '')];
      children.push(
        heading(l.title),
        table([row(deptLine(doc), `截止时间：${a.asOf}`, ''), row('项   目', '数量', `价值（金额单位：${a.unit ?? doc.meta.unit}）`), ...items]),
      );
      if (a.note) children.push(text(`注：${a.note}`));
    }
    if (section.id === 'glossary') doc.glossary.forEach((g, i) => children.push(text(`${i + 1}、${g.term}：${g.definition}`)));
  }
  writeFileSync(out, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  console.log(out);
}

async function xlsx(doc, out) {
  const sheets = standardTables(doc).map((t, i) => {
    const width = t.columns.length + (t.serial ? 1 : 0);
    const pad = (cells) => [...cells, ...Array(Math.max(0, width - cells.length)).fill(null)];
    const header = headerRows(t).map((r) => {
      const row = [];
      for (const c of r) {
        row.push(c.text ? { value: c.text, fontWeight: 'bold', ...(c.span > 1 ? { columnSpan: c.span } : {}) } : null);
        for (let k = 1; k < c.span; k++) row.push(null);
      }
      return row;
    });
    const body = bodyRows(t).map((r) =>
      r.map((v, j) => {
        if (v === '') return null;
        const amount = t.columns[j - (t.serial ? 1 : 0)]?.type === 'amount';
        if (!amount) return { value: v, type: String };
        const decimals = v.split('.')[1]?.length ?? 0;
        return { value: Number(v), type: Number, format: decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
      }),
    );
    const data = [
      pad([{ value: t.title, fontWeight: 'bold' }]),
      pad([{ value: `编制单位：${doc.meta.department.name}` }, { value: `单位：${t.unit}` }]),
      ...header,
      ...body,
      ...(t.note ? [pad([{ value: `注：${t.note}` }])] : []),
    ];
    return { data, sheet: `${i + 1}`.padStart(2, '0') + '-' + t.title.slice(0, 27) };
  });
  await writeExcelFile(sheets).toFile(out);
  console.log(out);
}

await docx(load('data/xushui-administrative-approval-2024.json'), 'test/fixtures/import/xushui-2024.docx');
await xlsx(load('data/shanghai-putuo-commerce-2025.json'), 'test/fixtures/import/putuo-2025.xlsx');
