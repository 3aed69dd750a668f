/// <reference types="vite/client" />
// The converter page: a .pdf, .docx or .xlsx chosen or dropped here goes through readDisclosure, the
// function `budget-kit import` runs, in this browser (nothing is uploaded). The page shows the same
// report, lets the user add what no document states, previews every element on the result and offers
// the same JSON the command writes. PDF.js is loaded by this page only, never by the widget bundles.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { checkBudget, resolveLang, type BudgetDocument } from '../src/bundle.js';
import { checkScope, checkVerdict } from '../src/model/reconcile.js';
import { ImportInputError } from '../src/import/archive.js';
import type { Box, Location } from '../src/import/cells.js';
import type { ImportResult } from '../src/import/import.js';
import { IMPORT_EXTENSIONS, readDisclosure, type ImportExtension } from '../src/import/read.js';
import { INFORMATIONAL, issueLine, reportTotals, tableLine, tableMark } from '../src/import/report.js';
import type { PdfJs } from '../src/import/pdf.js';
import { append, h } from './builder-dom.js';

const lang = resolveLang(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);
const zh = lang === 'zh-CN';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLInputElement>('file');
const drop = $<HTMLLabelElement>('drop');
const status = $('status');
const progress = $('progress');
const bar = $<HTMLProgressElement>('progress-bar');
const progressText = $('progress-text');
const reportSection = $('report-section');
const reportList = $<HTMLUListElement>('report');
const verdict = $('verdict');
const metaSection = $('meta-section');
const metaForm = $<HTMLFormElement>('meta');
const download = $<HTMLAnchorElement>('download');
const downloadNote = $('download-note');
const previewSection = $('preview-section');
const preview = $('preview');
const regionCodeError = $('region-code-error');
const pdfFigure = $('pdf-page');
const pdfCaption = $('pdf-page-caption');
const pdfCanvas = $<HTMLCanvasElement>('pdf-canvas');

/** The PDF being converted, kept to show a page beside the report. */
let pdfBytes: Uint8Array | undefined;

/**
 * PDF.js for the browser, loaded once: its worker (a file of the built site beside this page) is started
 * right away and kept, so that after the first load the page converts PDFs offline.
 */
let loaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    m.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
    return m as unknown as PdfJs;
  });
  return loaded;
}

let current: { name: string; document: BudgetDocument } | undefined;
let blobUrl: string | undefined;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.className = kind;
}

/** The JSON to download: the imported document with what the form adds, written as the command writes it. */
function completed(doc: BudgetDocument): BudgetDocument {
  const data = new FormData(metaForm);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const meta = { ...doc.meta };
  if (text('region')) {
    meta.region = { name: text('region') };
    if (/^\d{6}$/.test(text('regionCode'))) meta.region.code = text('regionCode');
    const level = text('regionLevel');
    if (level === 'national' || level === 'province' || level === 'city' || level === 'county') meta.region.level = level;
  }
  if (text('deptCode')) meta.department = { ...meta.department, code: text('deptCode') };
  return { ...doc, meta };
}

function refreshDownload(): void {
  if (!current) return;
  const code = ($<HTMLInputElement>('region-code').value ?? '').trim();
  regionCodeError.textContent =
    code && !/^\d{6}$/.test(code) ? (zh ? '行政区划代码是 6 位数字，未写入。' : 'A division code has 6 digits; it was left out.') : '';
  const doc = completed(current.document);
  const checked = checkBudget(doc);
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  if (!checked.ok) {
    download.setAttribute('aria-disabled', 'true');
    download.removeAttribute('href');
    downloadNote.textContent = checked.errors.map((e) => `${e.path}: ${e.message[lang]}`).join('；');
    return;
  }
  blobUrl = URL.createObjectURL(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
  download.href = blobUrl;
  download.download = `${current.name.replace(/\.[^.]+$/, '')}.json`;
  download.removeAttribute('aria-disabled');
  const rec = checked.reconciliation!;
  // The schema check passed; what the data check found is said with its scope, never as a bare "passed".
  downloadNote.textContent = zh
    ? `JSON 有效。数据核对：${checkVerdict(rec, lang)}。${checkScope(rec, lang)}`
    : `The JSON is valid. Data check: ${checkVerdict(rec, lang)}. ${checkScope(rec, lang)}`;
  for (const el of preview.children) (el as HTMLElement & { data?: unknown }).data = doc;
}

/** Draws page `n` of the PDF beside the report, with the row a report line is about marked on it. */
async function showPage(n: number, box?: Box): Promise<void> {
  if (!pdfBytes) return;
  const m = (await pdfjs()) as unknown as typeof import('pdfjs-dist');
  const doc = await m.getDocument({ data: pdfBytes.slice(), isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1.5 });
    pdfCanvas.width = viewport.width;
    pdfCanvas.height = viewport.height;
    const ctx = pdfCanvas.getContext('2d')!;
    await page.render({ canvas: pdfCanvas, canvasContext: ctx, viewport }).promise;
    if (box) {
      // The row, framed and lightly filled, in the page's drawing scale (the box is in PDF points from the top-left).
      const s = viewport.scale;
      ctx.save();
      ctx.fillStyle = 'rgba(255, 196, 0, 0.28)';
      ctx.strokeStyle = '#c2410c';
      ctx.lineWidth = 3;
      ctx.fillRect(box.x * s, box.y * s, box.width * s, box.height * s);
      ctx.strokeRect(box.x * s, box.y * s, box.width * s, box.height * s);
      ctx.restore();
    }
    pdfCaption.textContent = box ? (zh ? `PDF 第 ${n} 页，标出的是这一行` : `PDF page ${n}, the row marked`) : zh ? `PDF 第 ${n} 页` : `PDF page ${n}`;
    pdfFigure.hidden = false;
    // On a phone the page is below the report: bring it into view, and the focus with it.
    pdfFigure.focus({ preventScroll: true });
    pdfFigure.scrollIntoView({ block: 'nearest' });
  } finally {
    await doc.destroy();
  }
}

/** A button that shows the PDF page a line is about (and its row, where the line is about one). */
const pageButton = ({ page, box }: Location) =>
  page === undefined || !pdfBytes
    ? null
    : (() => {
        const b = h('button', { type: 'button', class: 'page', 'data-page': String(page) }, zh ? `看第 ${page} 页` : `See page ${page}`);
        b.addEventListener('click', () => void showPage(page, box));
        return b;
      })();

/** The report, line by line as the command prints it; a line about a table links to its preview, and to its PDF page. */
function showReport(result: ImportResult, fileName: string): void {
  const { report, document: doc } = result;
  reportList.replaceChildren();
  const anchor = (table: string) => {
    const r = report.recognized.find((t) => t.location.table === table || t.title === table);
    if (r?.kind === 'projectPerformance') return doc?.projects?.length ? '#preview-projects' : undefined;
    return r && doc?.tables?.some((t) => t.kind === r.kind) ? `#preview-${r.kind}` : undefined;
  };
  for (const r of report.recognized) {
    const mark = tableMark(r);
    const line = tableLine(r, lang).trim();
    const target = anchor(r.location.table);
    append(reportList, h('li', { class: mark === '✓' || mark === '·' ? 'ok' : 'gap' }, target ? h('a', { href: target }, line) : line, pageButton(r.location)));
  }
  for (const i of report.issues) {
    const line = issueLine(i, lang).trim();
    const target = anchor(i.location.table);
    append(reportList, h('li', { class: INFORMATIONAL.has(i.code) ? 'ok' : 'gap' }, target ? h('a', { href: target }, line) : line, pageButton(i.location)));
  }
  const { present, read, failures } = reportTotals(report);
  const gaps = failures.length;
  verdict.textContent = !doc
    ? zh
      ? `${fileName}：没有生成 JSON（见下方 ✗ 行）。`
      : `${fileName}: no JSON (see the ✗ lines below).`
    : read === present && gaps === 0
      ? zh
        ? `${fileName}：${present} 个数字全部导入。`
        : `${fileName}: all ${present} figures imported.`
      : zh
        ? `${fileName}：${read}/${present} 个数字导入，${gaps} 处未能读取（见下方 ⚠ 与 ✗ 行）。`
        : `${fileName}: ${read}/${present} figures imported, ${gaps} items not read (see the ⚠ and ✗ lines below).`;
  reportSection.hidden = false;
}

/** Every element on the result: the summary, both trees, each standard table, the targets and procurement. */
function showPreview(doc: BudgetDocument): void {
  preview.replaceChildren();
  const add = (tag: string, attrs: Record<string, string> = {}) => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('lang', lang);
    el.data = doc;
    preview.append(el);
  };
  add('budget-summary');
  add('budget-tree', { classification: 'functional' });
  if (doc.expenditure.economic) add('budget-tree', { classification: 'economic' });
  for (const t of doc.tables ?? []) add('budget-table', { table: t.kind, id: `preview-${t.kind}` });
  if (doc.projects?.length) add('kpi-card', { project: '*', id: 'preview-projects' });
  if (doc.procurement) add('procurement-table');
  previewSection.hidden = false;
}

async function convert(file: File): Promise<void> {
  const ext = `.${file.name.split('.').pop()?.toLowerCase() ?? ''}`;
  reportSection.hidden = metaSection.hidden = previewSection.hidden = pdfFigure.hidden = true;
  current = undefined;
  pdfBytes = undefined;
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    say(zh ? `${file.name}：只能转换 .pdf、.docx 或 .xlsx 文件。` : `${file.name}: only .pdf, .docx and .xlsx files can be converted.`, 'error');
    return;
  }
  progress.hidden = false;
  bar.removeAttribute('value');
  progressText.textContent = zh ? `正在读取 ${file.name}…` : `Reading ${file.name}…`;
  say('');
  let result: ImportResult;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (ext === '.pdf') pdfBytes = bytes.slice();
    result = await readDisclosure(bytes, ext as ImportExtension, {
      pdfjs,
      progress: (page, pages) => {
        bar.max = pages;
        bar.value = page;
        progressText.textContent = zh ? `正在读取第 ${page}/${pages} 页` : `Reading page ${page} of ${pages}`;
      },
    });
  } catch (err) {
    progress.hidden = true;
    const why = err instanceof ImportInputError ? (zh ? err.zh : err.en) : err instanceof Error ? err.message : String(err);
    say(zh ? `${file.name}：无法读取：${why}` : `${file.name}: cannot read: ${why}`, 'error');
    return;
  }
  progress.hidden = true;
  showReport(result, file.name);
  if (!result.document) {
    say(zh ? '没有生成 JSON。' : 'No JSON was made.', 'error');
    return;
  }
  current = { name: file.name, document: result.document };
  metaSection.hidden = false;
  showPreview(result.document);
  refreshDownload();
  say(zh ? `${file.name} 已读取。` : `${file.name} was read.`);
  $('report-h').focus();
}

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void convert(file);
});
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void convert(file);
});
metaForm.addEventListener('input', refreshDownload);
// PDF.js is fetched once the page has loaded, so that the page then converts PDFs offline too.
window.addEventListener('load', () => setTimeout(() => void pdfjs().catch(() => (loaded = undefined)), 500), { once: true });
metaForm.addEventListener('submit', (e) => e.preventDefault());
