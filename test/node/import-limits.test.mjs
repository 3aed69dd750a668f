// budget-kit import on hostile documents (needs the CLI built: `npx vite build --config vite.cli.config.ts`):
// each is refused with exit code 1 and one clear line, no stack trace, no JSON written, and within bounded
// memory. The command runs with a 300 MB V8 heap, and its peak resident memory is measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { rawZip, zeros } from '../helpers/hostile-zip.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'bk-import-limits-'));

// Writes the peak resident memory (process.resourceUsage().maxRSS, in KB) of the command to $BK_RSS.
const RSS_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{if(process.env.BK_RSS)writeFileSync(process.env.BK_RSS,String(process.resourceUsage().maxRSS))})';

/** Runs `budget-kit import FILE -o OUT`, with a 300 MB heap; gives its status, output and peak RSS in MB. */
function importFile(file, ...args) {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const rssFile = join(dir, `${Math.random().toString(36).slice(2)}.rss`);
  const r = spawnSync(process.execPath, ['--max-old-space-size=300', `--import=${RSS_HOOK}`, 'bin/budget-kit.js', 'import', file, '-o', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BK_RSS: rssFile },
    timeout: 60_000,
  });
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, out, rss };
}

/** Exit code 1, one line on stderr matching `line`, no stack trace, no JSON. */
function refused(r, line) {
  assert.equal(r.status, 1, `exit code ${r.status} (signal ${r.signal}); stderr: ${r.stderr.slice(0, 2000)}`);
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  assert.equal(lines.length, 1, `more than one line on stderr:\n${r.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(r.stderr, / {4}at /);
  assert.match(lines[0], line);
  assert.equal(existsSync(r.out), false, 'a JSON was written');
}

function write(name, bytes) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const cell = (text, span) => `<w:tc><w:tcPr>${span ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

function workbook(sheetData, numFmt) {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const styles = numFmt
    ? `<numFmts count="1"><numFmt numFmtId="164" formatCode="${numFmt}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>`
    : '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${styles}</styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

test('a merged cell spanning a billion columns is refused with one line, naming the table and the limit', () => {
  const rows = Array.from({ length: 60 }, (_, i) => `<w:tr>${cell(`第${i}行`)}${cell('1,200.50')}</w:tr>`).join('');
  const file = write(
    'span.docx',
    zipSync({
      'word/document.xml': strToU8(
        documentXml(`<w:p><w:r><w:t>部门预算收支总表</w:t></w:r></w:p><w:tbl>${rows}<w:tr>${cell('合计')}${cell('1', 1_000_000_000)}</w:tr></w:tbl>`),
      ),
    }),
  );
  const zh = importFile(file, '--lang', 'zh-CN');
  refused(zh, /^.*span\.docx：无法读取：第 1 个表格第 61 行：一个合并单元格横跨 1000000000 列，超过上限 64 列$/);
  const en = importFile(file, '--lang', 'en');
  refused(en, /^.*span\.docx: cannot read: table 1, row 61: a merged cell spans 1000000000 columns, more than the limit of 64$/);
});

test('a 0.5 MB zip bomb (500 MB of zeros) is refused while inflating: one line, and the peak memory stays small', () => {
  // Its headers tell the truth (500 MB): a reader that trusts them, or inflates first and checks after, takes it all.
  const bomb = rawZip([{ name: 'word/document.xml', data: zeros(500), declared: 500 * MB }]);
  assert.ok(bomb.length > 0.45 * MB && bomb.length < 0.6 * MB, `bomb of ${bomb.length} bytes`);
  const r = importFile(write('bomb.docx', bomb), '--lang', 'en');
  refused(r, /bomb\.docx: cannot read: word\/document\.xml in the zip inflates to more than 48 MB, the limit for one entry$/);
  assert.ok(r.rss !== undefined && r.rss < 300, `peak RSS ${r.rss} MB`);
});

test('a workbook whose parts together inflate past the total limit is refused, naming the part', () => {
  const names = ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'];
  const r = importFile(write('total.xlsx', rawZip(names.map((name) => ({ name, data: zeros(40) })))), '--lang', 'en');
  refused(
    r,
    /total\.xlsx: cannot read: the entries read from the zip inflate to more than 96 MB together, the limit for one document \(passed at xl\/worksheets\/sheet2\.xml\)$/,
  );
  assert.ok(r.rss !== undefined && r.rss < 400, `peak RSS ${r.rss} MB`);
});

test('a .docx whose document.xml is not UTF-8 says so', () => {
  const bytes = strToU8(documentXml('<w:p><w:r><w:t>\u0000</w:t></w:r></w:p>'));
  bytes[bytes.indexOf(0)] = 0xff;
  const r = importFile(write('latin.docx', zipSync({ 'word/document.xml': bytes })), '--lang', 'zh-CN');
  refused(r, /latin\.docx：无法读取：word\/document\.xml 不是 UTF-8 编码的文本$/);
});

test('a workbook number format of 150 decimals is refused naming the sheet and the cell, not with a RangeError', () => {
  const r = importFile(write('decimals.xlsx', workbook('<row r="3"><c r="B3" s="1"><v>5</v></c></row>', `0.${'0'.repeat(150)}`)), '--lang', 'en');
  refused(r, /decimals\.xlsx: cannot read: Sheet1!B3: the number format prints 150 decimals, more than the limit of 20$/);
});

test('a workbook cell at XFD1048576 is refused before the sheet reader allocates its grid', () => {
  const r = importFile(write('xfd.xlsx', workbook('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')), '--lang', 'zh-CN');
  refused(r, /xfd\.xlsx：无法读取：工作表「Sheet1」的单元格 XFD1048576 在第 16384 列，超过 256 列的上限$/);
  assert.ok(r.rss !== undefined && r.rss < 300, `peak RSS ${r.rss} MB`);
});

test('a file larger than the import limit is refused without being read whole', () => {
  const r = importFile(write('big.docx', new Uint8Array(33 * MB)), '--lang', 'en');
  refused(r, /big\.docx: cannot read: the file is larger than 32 MB, the import limit$/);
});

test('the founding department’s .docx still imports, within the same memory', () => {
  const r = importFile('test/fixtures/import/xushui-2024.docx', '--strict');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(r.out));
  assert.ok(r.rss !== undefined && r.rss < 300, `peak RSS ${r.rss} MB`);
});
