import { expect } from '@open-wc/testing';
import { strToU8, zipSync } from 'fflate';
import { ImportInputError, readArchive } from '../../src/import/archive.js';
import { readDocx } from '../../src/import/docx.js';
import { readDisclosure } from '../../src/import/read.js';
import { LIMITS } from '../../src/model/limits.js';
import { docx, p, tbl, type C } from '../helpers/docx.js';
import { rawZip, zeros } from '../helpers/hostile-zip.js';

// Hostile documents, built in memory: what each bound refuses, and the message (both languages) it gives.

const MB = 1024 * 1024;

/** The error `run` throws (or the promise it returns rejects with), which must be an ImportInputError. */
async function refusal(run: () => unknown): Promise<ImportInputError> {
  try {
    await run();
  } catch (err) {
    expect(err, String(err)).to.be.instanceOf(ImportInputError);
    return err as ImportInputError;
  }
  throw new Error('expected an ImportInputError, nothing was thrown');
}

const DOCUMENT = (body: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

describe('importer bounds: the zip reader', () => {
  it('refuses an entry that inflates past the entry limit, and stops there: what comes after is never inflated', async () => {
    // 64 MB of zeros (64 KB of DEFLATE), then a broken block: inflating it all would end in "invalid block type".
    const zip = rawZip([{ name: 'word/document.xml', data: zeros(64, 'broken') }]);
    const err = await refusal(() => readArchive(zip, ['word/document.xml'], { entryBytes: MB, totalBytes: 4 * MB }));
    expect(err.en).to.equal('word/document.xml in the zip inflates to more than 1 MB, the limit for one entry');
    expect(err.zh).to.equal('压缩包中的 word/document.xml 解压后超过单个文件 1 MB 的上限');
  });

  it('refuses a bomb at the real limit, quickly', async () => {
    const zip = rawZip([{ name: 'word/document.xml', data: zeros(LIMITS.zipEntryBytes / MB + 64, 'broken') }]);
    const started = performance.now();
    const err = await refusal(() => readDocx(zip));
    expect(performance.now() - started).to.be.below(2000);
    expect(err.en).to.equal(`word/document.xml in the zip inflates to more than ${LIMITS.zipEntryBytes / MB} MB, the limit for one entry`);
    expect(err.zh).to.equal(`压缩包中的 word/document.xml 解压后超过单个文件 ${LIMITS.zipEntryBytes / MB} MB 的上限`);
  });

  it('refuses entries that together inflate past the total limit, naming the entry where it was passed', async () => {
    const zip = rawZip(['a', 'b', 'c'].map((n) => ({ name: `xl/worksheets/${n}.xml`, data: zeros(3) })));
    const err = await refusal(() => readArchive(zip, (name) => name.endsWith('.xml'), { entryBytes: 4 * MB, totalBytes: 8 * MB }));
    expect(err.en).to.equal('the entries read from the zip inflate to more than 8 MB together, the limit for one document (passed at xl/worksheets/c.xml)');
    expect(err.zh).to.equal('压缩包中读取的文件解压后合计超过 8 MB 的上限（读到 xl/worksheets/c.xml 时超过）');
  });

  it('never trusts the sizes the headers declare: a small declared size does not let a large entry through, a huge one allocates nothing', async () => {
    const lying = rawZip([{ name: 'word/document.xml', data: zeros(4), declared: 100 }]);
    expect((await refusal(() => readArchive(lying, ['word/document.xml'], { entryBytes: MB, totalBytes: 2 * MB }))).en).to.match(/inflates to more than 1 MB/);
    const body = DOCUMENT('<w:p><w:r><w:t>正文</w:t></w:r></w:p>');
    const boasting = rawZip([{ name: 'word/document.xml', data: body, method: 0, declared: 0xffffffff }]);
    expect(readDocx(boasting)).to.deep.equal([{ type: 'paragraph', text: '正文', index: 0 }]);
  });

  it('inflates only the entries asked for: a broken or huge entry that is not asked for costs nothing', () => {
    const zip = rawZip([
      { name: 'word/media/image1.png', data: zeros(512, 'broken') },
      { name: 'word/document.xml', data: DOCUMENT('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'), method: 0 },
    ]);
    const files = readArchive(zip, ['word/document.xml']);
    expect([...files.keys()]).to.deep.equal(['word/document.xml']);
    expect(readDocx(zip)).to.have.length(1);
  });

  it('says which entry is not UTF-8 text, instead of a misleading message', async () => {
    const bad = DOCUMENT('<w:p><w:r><w:t>\u0000</w:t></w:r></w:p>');
    bad[bad.indexOf(0)] = 0xff;
    const err = await refusal(() => readDocx(zipSync({ 'word/document.xml': bad })));
    expect(err.zh).to.equal('word/document.xml 不是 UTF-8 编码的文本');
    expect(err.en).to.equal('word/document.xml is not UTF-8 text');
  });
});

describe('importer bounds: Word tables', () => {
  it('refuses a merged cell spanning a billion columns before allocating anything, naming the table and the limit', async () => {
    const started = performance.now();
    const err = await refusal(() => readDocx(docx(p('部门预算收支总表'), tbl([['项目', '预算数']]), tbl([['合计', { text: '1', span: 1_000_000_000 }]]))));
    expect(performance.now() - started).to.be.below(500);
    expect(err.zh).to.equal(`第 2 个表格第 1 行：一个合并单元格横跨 1000000000 列，超过上限 ${LIMITS.cellSpan} 列`);
    expect(err.en).to.equal(`table 2, row 1: a merged cell spans 1000000000 columns, more than the limit of ${LIMITS.cellSpan}`);
  });

  it('refuses a table wider than the column limit', async () => {
    const row: C[] = Array.from({ length: 5 }, () => ({ text: 'x', span: 60 }));
    const err = await refusal(() => readDocx(docx(tbl([['a'], row]))));
    expect(err.zh).to.equal(`第 1 个表格第 2 行：超过 ${LIMITS.tableColumns} 列的上限`);
    expect(err.en).to.equal(`table 1, row 2: more than ${LIMITS.tableColumns} columns, the limit for one table`);
  });

  it('refuses a table of more cells than the cell limit', async () => {
    const row: C[] = Array.from({ length: 4 }, () => ({ text: '', span: 64 }));
    const rows = Math.ceil(LIMITS.tableCells / 256) + 1;
    const err = await refusal(() => readDocx(docx(p('标题'), tbl(Array.from({ length: rows }, () => row)))));
    expect(err.zh).to.equal(`第 1 个表格：超过 ${LIMITS.tableCells} 个单元格的上限`);
    expect(err.en).to.equal(`table 1: more than ${LIMITS.tableCells} cells, the limit for one table`);
  });

  it('refuses a document whose tables together pass the document cell limit', async () => {
    const row: C[] = Array.from({ length: 4 }, () => ({ text: '', span: 64 }));
    const table = tbl(Array.from({ length: Math.floor(LIMITS.tableCells / 256) }, () => row));
    const count = Math.floor(LIMITS.documentCells / (Math.floor(LIMITS.tableCells / 256) * 256)) + 1;
    const err = await refusal(() => readDocx(docx(...Array.from({ length: count }, () => table))));
    expect(err.zh).to.equal(`第 ${count} 个表格：文档中的表格合计超过 ${LIMITS.documentCells} 个单元格的上限`);
    expect(err.en).to.equal(`table ${count}: the tables of the document have more than ${LIMITS.documentCells} cells together, the limit for one document`);
  });

  it('refuses a body of more paragraphs and tables than the array limit', async () => {
    const err = await refusal(() => readDocx(zipSync({ 'word/document.xml': DOCUMENT('<w:p></w:p>'.repeat(LIMITS.arrayItems + 1)) })));
    expect(err.zh).to.equal(`文档有超过 ${LIMITS.arrayItems} 个段落和表格，超过上限`);
    expect(err.en).to.equal(`the document has more than ${LIMITS.arrayItems} paragraphs and tables, the limit for one document`);
  });

  it('still reads spans up to the limit as before', () => {
    const blocks = readDocx(docx(tbl([[{ text: '收入', span: LIMITS.cellSpan }], Array.from({ length: LIMITS.cellSpan }, (_, i) => String(i))])));
    const rows = blocks[0]!.type === 'table' ? blocks[0]!.rows : [];
    expect(rows[0]).to.have.length(LIMITS.cellSpan);
    expect(new Set(rows[0])).to.deep.equal(new Set(['收入']));
  });
});

/** A minimal workbook: one sheet named Sheet1 with the given sheetData rows, and the given number formats. */
function workbook(sheetXml: string, formats: Record<number, string> = {}, dimension?: string): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const ids = Object.keys(formats);
  const numFmts = ids.length
    ? `<numFmts count="${ids.length}">${ids.map((id) => `<numFmt numFmtId="${id}" formatCode="${formats[Number(id)]}"/>`).join('')}</numFmts>`
    : '';
  const xfs = `<cellXfs count="${ids.length + 1}"><xf numFmtId="0"/>${ids.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${numFmts}${xfs}</styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${sheetXml}</sheetData></worksheet>`,
    ),
  });
}

describe('importer bounds: workbooks', () => {
  it('reads a small workbook through the bounded reader, with its printed decimals', async () => {
    const { report } = await readDisclosure(
      workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>部门预算支出总表</t></is></c></row><row r="2"><c r="B2" s="1"><v>5</v></c></row>', { 164: '0.00' }),
      '.xlsx',
    );
    expect(report.recognized.map((r) => r.kind)).to.deep.equal(['expenditure']);
  });

  it('refuses a number format printing more decimals than the limit, naming the sheet and the cell', async () => {
    const err = await refusal(() => readDisclosure(workbook('<row r="3"><c r="B3" s="1"><v>5</v></c></row>', { 164: `0.${'0'.repeat(150)}` }), '.xlsx'));
    expect(err.zh).to.equal(`Sheet1!B3 的数字格式显示 150 位小数，超过 ${LIMITS.formatDecimals} 位的上限`);
    expect(err.en).to.equal(`Sheet1!B3: the number format prints 150 decimals, more than the limit of ${LIMITS.formatDecimals}`);
  });

  it('refuses a cell beyond the column limit (XFD1048576) before the sheet reader allocates its grid', async () => {
    const started = performance.now();
    const err = await refusal(() => readDisclosure(workbook('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), '.xlsx'));
    expect(performance.now() - started).to.be.below(1000);
    expect(err.zh).to.equal(`工作表「Sheet1」的单元格 XFD1048576 在第 16384 列，超过 ${LIMITS.tableColumns} 列的上限`);
    expect(err.en).to.equal(`sheet “Sheet1”: cell XFD1048576 is in column 16384, beyond the limit of ${LIMITS.tableColumns} columns`);
    // a reference written with a character entity reads as the sheet reader reads it
    const encoded = await refusal(() => readDisclosure(workbook('<row r="1"><c r="&#88;FD1"><v>1</v></c></row>'), '.xlsx'));
    expect(encoded.en).to.equal(`sheet “Sheet1”: cell XFD1 is in column 16384, beyond the limit of ${LIMITS.tableColumns} columns`);
  });

  it('refuses a sheet of more cells than the limit, and a dimension beyond the limits', async () => {
    const tall = await refusal(() =>
      readDisclosure(workbook('<row r="1"><c r="B1"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row>'), '.xlsx'),
    );
    expect(tall.zh).to.equal(`工作表「Sheet1」的单元格 A1048576 使其达到 1048576 行 × 2 列，超过 ${LIMITS.tableCells} 个单元格的上限`);
    expect(tall.en).to.equal(`sheet “Sheet1”: cell A1048576 makes it 1048576 rows × 2 columns, beyond the limit of ${LIMITS.tableCells} cells`);
    const rows = await refusal(() => readDisclosure(workbook('<row r="1"><c r="A1"><v>1</v></c></row><row r="2000000"/>'), '.xlsx'));
    expect(rows.en).to.equal(`sheet “Sheet1”: row 2000000 makes it 2000000 rows × 1 columns, beyond the limit of ${LIMITS.tableCells} cells`);
    const dim = await refusal(() => readDisclosure(workbook('<row r="1"><c r="A1"><v>1</v></c></row>', {}, 'A1:XFD1048576'), '.xlsx'));
    expect(dim.zh).to.equal(`工作表「Sheet1」的范围 A1:XFD1048576 在第 16384 列，超过 ${LIMITS.tableColumns} 列的上限`);
    expect(dim.en).to.equal(`sheet “Sheet1”: the range A1:XFD1048576 reaches column 16384, beyond the limit of ${LIMITS.tableColumns} columns`);
  });

  it('says which part of a workbook is not UTF-8 text', async () => {
    const bytes = workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>\u0001</t></is></c></row>');
    const files = readArchive(bytes, () => true);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    sheet[sheet.indexOf(1)] = 0xc3;
    const rebuilt = zipSync(Object.fromEntries(files));
    const err = await refusal(() => readDisclosure(rebuilt, '.xlsx'));
    expect(err.en).to.equal('xl/worksheets/sheet1.xml is not UTF-8 text');
  });

  it('refuses a bomb among the sheets', async () => {
    const bytes = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(LIMITS.zipEntryBytes / MB + 64, 'broken') }]);
    const err = await refusal(() => readDisclosure(bytes, '.xlsx'));
    expect(err.en).to.equal(`xl/worksheets/sheet1.xml in the zip inflates to more than ${LIMITS.zipEntryBytes / MB} MB, the limit for one entry`);
  });
});

describe('importer bounds: the document', () => {
  it('refuses a file larger than the import limit before reading it', async () => {
    const err = await refusal(() => readDisclosure(new Uint8Array(LIMITS.importFileBytes + 1), '.docx'));
    expect(err.zh).to.equal(`文件超过 ${LIMITS.importFileBytes / MB} MB 的导入上限`);
    expect(err.en).to.equal(`the file is larger than ${LIMITS.importFileBytes / MB} MB, the import limit`);
  });
});
