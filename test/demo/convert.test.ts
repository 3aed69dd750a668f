import { expect, waitUntil } from '@open-wc/testing';
import { readDisclosure } from '../../src/import/read.js';
import type { PdfJs } from '../../src/import/pdf.js';
import { imageOnlyPdf } from '../helpers/scan-pdf.js';

// The converter page as built (dist/site/demo/convert.html, by `npm run build`), driven as a webmaster
// would: choose a file, read the report, look at the preview, fill in the region, download.

const PAGE = '/dist/site/demo/convert.html';

async function open(): Promise<{ win: Window; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = PAGE;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  // The page's module has run once the drop zone listens (its script is deferred).
  await waitUntil(() => win.document.getElementById('file') && win.document.readyState === 'complete', 'page did not load', { timeout: 10000 });
  return { win, doc: win.document };
}

async function choose(win: Window, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const w = win as Window & typeof globalThis;
  const transfer = new w.DataTransfer();
  transfer.items.add(new w.File([bytes], name));
  const input = win.document.getElementById('file') as HTMLInputElement;
  input.files = transfer.files;
  input.dispatchEvent(new w.Event('change'));
}

/** axe-core run on the page's document: the violations, by rule id and how many nodes. */
async function axeViolations(win: Window): Promise<string[]> {
  const doc = win.document;
  const w = win as Window & { axe?: { run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
  if (!w.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  const { violations } = await w.axe!.run(doc);
  return violations.map(
    (v) => `${v.id} (${v.nodes.length}) ${JSON.stringify((v.nodes as Array<{ target: unknown; html: string }>).map((n) => [n.target, n.html.slice(0, 120)]))}`,
  );
}

const bytesOf = async (path: string): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await (await fetch(path)).arrayBuffer());

/** PDF.js as the command loads it, with its worker served from node_modules. */
async function pdfjs(): Promise<PdfJs> {
  const m = await import('pdfjs-dist/legacy/build/pdf.mjs');
  m.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs';
  return m as unknown as PdfJs;
}

describe('the converter page', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('reads a PDF in the browser: the report, a preview of every table, and the JSON the command writes', async () => {
    const { win, doc } = await open();
    expect(doc.getElementById('private')!.textContent).to.match(/不会上传/);
    expect(await axeViolations(win)).to.deep.equal([]);
    const bytes = await bytesOf('/test/fixtures/pdf/shanghai-putuo-justice-2026-budget.pdf');
    await choose(win, 'justice.pdf', bytes);
    await waitUntil(() => !doc.getElementById('report-section')!.hidden, 'no report', { timeout: 40000 });
    expect(doc.getElementById('verdict')!.textContent).to.equal('justice.pdf：352 个数字全部导入。');
    // each line as the command prints it (then, for a PDF, a button showing its page)
    const lines = [...doc.querySelectorAll('#report li')].map((li) => li.firstChild!.textContent);
    expect(doc.querySelector('#report li button')!.textContent).to.equal('看第 10 页');
    expect(lines[0]).to.equal('✓ 2026年部门财务收支预算总表 [summary] 14 行，13/13 个数字，已导入');
    expect(lines.filter((l) => l!.startsWith('✗') || l!.startsWith('⚠'))).to.deep.equal([]);
    // each line about a table links to its preview
    const link = doc.querySelector<HTMLAnchorElement>('#report li a[href="#preview-income"]');
    expect(link!.textContent).to.match(/收入预算总表 \[income\] 22 行，110\/110 个数字/);
    const tables = doc.querySelectorAll('#preview budget-table');
    expect(tables.length).to.equal(9);
    await waitUntil(() => doc.getElementById('preview-income')!.shadowRoot?.querySelector('caption'), 'table not shown', { timeout: 10000 });
    expect(doc.getElementById('preview-income')!.shadowRoot!.querySelector('caption')!.textContent).to.match(/2026年部门收入预算总表/);
    expect(doc.querySelector('#preview budget-summary')).to.not.equal(null);

    const download = doc.getElementById('download') as HTMLAnchorElement;
    expect(download.download).to.equal('justice.json');
    const text = await (await fetch(download.href)).text();
    const expected = await readDisclosure(bytes, '.pdf', { pdfjs });
    expect(text).to.equal(`${JSON.stringify(expected.document, null, 2)}\n`);
    // 司法局's text repeats 住房公积金 as 201.50 where the table has 208.80, and gives two percentages its figures do not
    expect(doc.getElementById('download-note')!.textContent).to.match(
      /^JSON 有效。数据核对：3 条警告，1 条提示。表内勾稽 \d+ 项；说明文字中 82 个数字，56 个已与表核对，26 个无法核对/,
    );

    // what no document states, added in the form, goes into the download; a wrong code is said and left out
    const w = win as Window & typeof globalThis;
    const set = (id: string, value: string) => {
      const el = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new w.Event('input', { bubbles: true }));
    };
    set('region', '上海市普陀区');
    set('region-code', '31010');
    expect(doc.getElementById('region-code-error')!.textContent).to.equal('行政区划代码是 6 位数字，未写入。');
    set('region-code', '310107');
    set('region-level', 'county');
    set('dept-code', '105');
    expect(doc.getElementById('region-code-error')!.textContent).to.equal('');
    const completed = JSON.parse(await (await fetch(download.href)).text());
    expect(completed.meta.region).to.deep.equal({ name: '上海市普陀区', code: '310107', level: 'county' });
    expect(completed.meta.department).to.deep.equal({ name: '上海市普陀区司法局', code: '105' });
  });

  it('reads the Shanghai project forms of a PDF: the report counts them and links to the cards, one per project', async () => {
    const { win, doc } = await open();
    await choose(win, 'wanli-2023.pdf', await bytesOf('/test/fixtures/pdf/shanghai-putuo-wanli-2023-budget.pdf'));
    await waitUntil(() => !doc.getElementById('report-section')!.hidden, 'no report', { timeout: 40000 });
    const forms = [...doc.querySelectorAll<HTMLAnchorElement>('#report li a[href="#preview-projects"]')].map((a) =>
      a.textContent!.replace(/^.*个数字|^✓ /, ''),
    );
    // two forms a page break ran together are counted as two
    expect(forms.map((l) => /(\d+\/\d+) 个项目/.exec(l)?.[1])).to.deep.equal(['1/1', '2/2', '1/1', '1/1']);
    const card = doc.getElementById('preview-projects')!;
    await waitUntil(() => card.shadowRoot?.querySelectorAll('article').length === 5, 'cards not shown', { timeout: 10000 });
    expect([...card.shadowRoot!.querySelectorAll('article h3')].map((h) => h.textContent)).to.deep.equal([
      '新建万里街道社区公共服务中心',
      '就业援助基地补贴',
      '社区环境整治和建设经费',
      '各类工作经费',
      '公共服务设施运行经费',
    ]);
    expect(card.shadowRoot!.querySelector('.code')).to.equal(null);
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('shows the PDF page a problem is on, beside the report', async () => {
    const { win, doc } = await open();
    await choose(win, 'welfare.pdf', await bytesOf('/test/fixtures/pdf/shanghai-putuo-welfare-home-2024-unit-budget.pdf'));
    await waitUntil(() => !doc.getElementById('report-section')!.hidden, 'no report', { timeout: 40000 });
    expect(doc.getElementById('verdict')!.textContent).to.equal('welfare.pdf：171/175 个数字导入，2 处未能读取（见下方 ⚠ 与 ✗ 行）。');
    const line = [...doc.querySelectorAll('#report li.gap')].find((li) => li.textContent!.includes('7 11 02'))!;
    expect(line.firstChild!.textContent).to.equal('✗ 「2024年预算单位支出预算总表」第 14 行（PDF 第 9 页） 不是有效的科目编码：“7 11 02”');
    const button = line.querySelector('button')!;
    expect(button.textContent).to.equal('看第 9 页');
    expect(doc.getElementById('pdf-page')!.hidden).to.equal(true);
    button.click();
    await waitUntil(() => !doc.getElementById('pdf-page')!.hidden, 'page not shown', { timeout: 20000 });
    expect(doc.getElementById('pdf-page-caption')!.textContent).to.equal('PDF 第 9 页，标出的是这一行');
    expect(doc.activeElement).to.equal(doc.getElementById('pdf-page'));
    // axe finds nothing in the page with its report, preview and the PDF page shown
    expect(await axeViolations(win)).to.deep.equal([]);
    const canvas = doc.getElementById('pdf-canvas') as HTMLCanvasElement;
    expect(canvas.width).to.be.greaterThan(500);
    // something was drawn: not every pixel is blank
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    let marked = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i]! < 128) dark++;
      // the row's yellow fill over white paper
      if (pixels[i]! > 240 && pixels[i + 1]! > 220 && pixels[i + 2]! < 200) marked++;
    }
    expect(dark).to.be.greaterThan(1000);
    expect(marked).to.be.greaterThan(5000);
  });

  it('reads a filled workbook the same way', async () => {
    const { win, doc } = await open();
    await choose(win, 'template.xlsx', await bytesOf('/test/fixtures/import/putuo-justice-2026-department.xlsx'));
    await waitUntil(() => !doc.getElementById('report-section')!.hidden, 'no report', { timeout: 20000 });
    expect(doc.getElementById('verdict')!.textContent).to.equal('template.xlsx：352 个数字全部导入。');
  });

  it('says so for a scan, a damaged file and a file of another kind, and offers no download', async () => {
    const { win, doc } = await open();
    const pdf = imageOnlyPdf();
    const status = doc.getElementById('status')!;
    await choose(win, 'scan.pdf', new TextEncoder().encode(pdf));
    await waitUntil(() => /扫描件/.test(status.textContent ?? ''), 'no scan message', { timeout: 20000 });
    expect(status.textContent).to.match(/^scan\.pdf：无法读取：这个 PDF 只有图像（扫描件），没有可读的文字：请向部门索取 Word\/Excel 原件/);
    expect(doc.getElementById('meta-section')!.hidden).to.equal(true);
    await choose(win, 'broken.docx', new TextEncoder().encode('not a zip at all'));
    await waitUntil(() => /broken\.docx/.test(status.textContent ?? ''), 'no message', { timeout: 10000 });
    expect(status.textContent).to.match(/^broken\.docx：无法读取：不是 \.docx（zip）文件/);
    await choose(win, 'notes.txt', new TextEncoder().encode('hello'));
    await waitUntil(() => /notes\.txt/.test(status.textContent ?? ''), 'no message', { timeout: 10000 });
    expect(status.textContent).to.equal('notes.txt：只能转换 .pdf、.docx 或 .xlsx 文件。');
    expect(doc.getElementById('report-section')!.hidden).to.equal(true);
  });
});
