#!/usr/bin/env node
// Rebuilds the importer's fixtures from the departments' JSON (run after `npm run build`):
//   test/fixtures/import/xushui-2024.docx    the founding department's disclosure as a Word document:
//       title line, then each standard table under its title, 编制部门, 预算年度 and 单位 lines, with its
//       two-level header (merged cells), 栏次 row and 注 line, then the narrative;
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
const lines = (doc, t) => [`编制部门：${doc.meta.department.code ?? ''}${doc.meta.department.name}`, `预算年度：${doc.meta.fiscalYear}`, `单位：${t.unit}`];

async function docx(doc, out) {
  const text = (s, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold })] });
  const cell = (c) =>
    new TableCell({
      children: [text(c.text)],
      ...(c.span > 1 ? { columnSpan: c.span } : {}),
      ...(c.rowSpan ? { verticalMerge: VerticalMergeType.RESTART } : c.continued ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    });
  const children = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.meta.title ?? '', bold: true, size: 32 })] })];
  for (const t of standardTables(doc)) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.title, bold: true })] }));
    for (const l of lines(doc, t)) children.push(text(l));
    const rows = [...headerRows(t), ...bodyRows(t).map((r) => r.map((c) => ({ text: c, span: 1 })))];
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }));
    if (t.note) children.push(text(`注：${t.note}`));
  }
  for (const section of doc.narrative ?? []) {
    children.push(text(section.title, true));
    for (const p of section.paragraphs) children.push(text(p));
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
