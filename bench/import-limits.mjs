#!/usr/bin/env node
// `budget-kit import` on hostile documents and on the normal fixtures: exit code, wall time and peak
// resident memory of the command for each. Needs the CLI built (npx vite build --config vite.cli.config.ts).
//
//   node bench/import-limits.mjs                 the built command (bin/budget-kit.js → dist/cli)
//   BK_CLI=/path/to/budget-kit.js node bench/import-limits.mjs
//                                                another build of dist/cli/budget-kit.js (e.g. an older one)
//
// The zip bombs are "overlapping" ones: one DEFLATE kernel of zeros (0.3 MB → 303 MB, 0.55 MB → 556 MB)
// that several central-directory entries, all named word/document.xml, point to; a reader that goes by the
// central directory (fflate's unzipSync) inflates it once per entry (1.5 GB and 3.3 GB), a streaming one once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { concat, zeros } from '../test/helpers/hostile-zip.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'bk-bench-limits-'));

/** Raw DEFLATE data of about `bytes` bytes inflating to zeros (a whole number of MB, returned too). */
function zerosOfSize(bytes) {
  const segment = zeros(1).length - 2; // one flushed 1 MB segment, without the final block
  const megabytes = Math.round(bytes / segment);
  return { data: zeros(megabytes), megabytes };
}

/** One local entry holding `data`, and `copies` central-directory entries pointing to it, with true sizes. */
function overlappingZip(name, data, size, copies) {
  const n = strToU8(name);
  const local = new Uint8Array(30 + n.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, 0x04034b50, true);
  l.setUint16(4, 20, true);
  l.setUint16(8, 8, true);
  l.setUint32(18, data.length, true);
  l.setUint32(22, size, true);
  l.setUint16(26, n.length, true);
  local.set(n, 30);
  const central = new Uint8Array(46 + n.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint16(4, 20, true);
  c.setUint16(6, 20, true);
  c.setUint16(10, 8, true);
  c.setUint32(20, data.length, true);
  c.setUint32(24, size, true);
  c.setUint16(28, n.length, true);
  central.set(n, 46);
  const cd = concat(Array.from({ length: copies }, () => central));
  const eocd = new Uint8Array(22);
  const e = new DataView(eocd.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, copies, true);
  e.setUint16(10, copies, true);
  e.setUint32(12, cd.length, true);
  e.setUint32(16, local.length + data.length, true);
  return concat([local, data, cd, eocd]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
const cell = (text, span) => `<w:tc><w:tcPr>${span ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

function sheetWorkbook(sheetData) {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

function write(name, bytes) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** An overlapping bomb of about `bytes` bytes that a central-directory reader inflates to about `total` bytes. */
function bomb(file, bytes, total) {
  const { data, megabytes } = zerosOfSize(bytes);
  const copies = Math.round(total / (megabytes * MB));
  return [
    `zip bomb ${(bytes / MB).toFixed(2)} MB (${copies} × ${megabytes} MB)`,
    write(file, overlappingZip('word/document.xml', data, megabytes * MB, copies)),
  ];
}

const cases = [
  bomb('bomb-0.3.docx', 0.3 * MB, 1.5 * 1024 * MB),
  bomb('bomb-0.55.docx', 0.55 * MB, 3 * 1024 * MB),
  [
    'w:gridSpan 1e9',
    write(
      'gridspan.docx',
      zipSync({
        'word/document.xml': documentXml(
          `<w:p><w:r><w:t>部门预算收支总表</w:t></w:r></w:p><w:tbl><w:tr>${cell('合计')}${cell('1', 1_000_000_000)}</w:tr></w:tbl>`,
        ),
      }),
    ),
  ],
  ['7.8 M empty paragraphs', write('paragraphs.docx', zipSync({ 'word/document.xml': documentXml('<w:p/>'.repeat(7_800_000)) }))],
  ['xlsx cell XFD1048576', write('xfd.xlsx', sheetWorkbook('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))],
  ['fixture xushui-2024.docx', 'test/fixtures/import/xushui-2024.docx'],
  ['fixture putuo-2025.xlsx', 'test/fixtures/import/putuo-2025.xlsx'],
];

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const RSS_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{if(process.env.BK_RSS)writeFileSync(process.env.BK_RSS,String(process.resourceUsage().maxRSS))})';
const cliArgs = (args) =>
  process.env.BK_CLI
    ? ['--input-type=module', '-e', 'const { main } = await import(process.env.BK_CLI); process.exitCode = await main(process.argv.slice(1));', ...args]
    : ['bin/budget-kit.js', ...args];

/** Runs the command on `file`: exit code, wall time (s), peak RSS (MB), first line of stderr. */
function run(file) {
  const out = join(dir, 'out.json');
  rmSync(out, { force: true });
  const rssFile = join(dir, 'rss');
  rmSync(rssFile, { force: true });
  const args = cliArgs(['import', file, '-o', out]);
  const started = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '@@rss %M', process.execPath, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * MB })
    : spawnSync(process.execPath, [`--import=${RSS_HOOK}`, ...args], {
        encoding: 'utf8',
        timeout: 300_000,
        maxBuffer: 64 * MB,
        env: { ...process.env, BK_RSS: rssFile },
      });
  const seconds = (performance.now() - started) / 1000;
  let stderr = r.stderr ?? '';
  let rss;
  const m = /@@rss (\d+)\s*$/.exec(stderr);
  if (m) {
    rss = Number(m[1]) / 1024;
    stderr = stderr.slice(0, m.index);
  } else if (existsSync(rssFile)) rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
  // /usr/bin/time reports a child killed by a signal as "Command terminated by signal N".
  const signal = /Command terminated by signal (\d+)/.exec(stderr);
  const status = signal ? 128 + Number(signal[1]) : (r.status ?? (r.signal ? `killed (${r.signal})` : '?'));
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Command (exited|terminated)/.test(l));
  return { status, seconds, rss, line: lines[0] ?? '', lines: lines.length, json: existsSync(out) };
}

console.log(
  `budget-kit import, ${process.env.BK_CLI ?? 'bin/budget-kit.js'}; peak RSS by ${timeBin ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'}\n`,
);
console.log('| input | file size | exit | wall time | peak RSS | stderr |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [name, file] of cases) {
  const size = statSync(file).size;
  const r = run(file);
  const shown = r.line.length > 110 ? `${r.line.slice(0, 110)}…` : r.line;
  console.log(
    `| ${name} | ${size >= MB / 10 ? `${(size / MB).toFixed(2)} MB` : `${(size / 1024).toFixed(1)} KB`} | ${r.status} | ${r.seconds.toFixed(2)} s | ${r.rss === undefined ? '?' : `${r.rss.toFixed(0)} MB`} | ${r.json ? '(JSON written) ' : ''}${r.lines > 1 ? `(${r.lines} lines) ` : ''}${shown.replace(/\|/g, '\\|')} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
