// budget-kit's output paths, run as a user would (needs the CLI built): -o never destroys the input, never
// replaces a file budget-kit did not write unless --force is given, never writes over a folder or a device,
// and a bad path is one clear line with a non-zero exit — never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { parseBudget, standardTables, tableGrid, toCSV } from '../../dist/lib/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/budget-kit.js');
const DOCX = join(ROOT, 'test/fixtures/import/xushui-2024.docx');
const CLERK_XLSX = join(ROOT, 'test/fixtures/import/putuo-2025.xlsx');
const SEED = join(ROOT, 'data/xushui-administrative-approval-2024.json');

// A fixed environment: the default language (zh-CN) and no debug output, whatever the caller's shell has.
const ENV = { ...process.env, LANG: 'C.UTF-8' };
delete ENV.BUDGET_KIT_DEBUG;
const run = (args, opts = {}) =>
  spawnSync(process.execPath, [opts.bin ?? BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...ENV, ...opts.env }, ...opts.spawn });
const tmp = () => mkdtempSync(join(tmpdir(), 'bk-out-'));

/** LIMITS.fileBytes, read from src/model/limits.ts so that the test follows the project's bound. */
const FILE_BYTES = (() => {
  const m = /fileBytes:\s*(\d+)\s*\*\s*(\d+)\s*\*\s*(\d+)/.exec(readFileSync(join(ROOT, 'src/model/limits.ts'), 'utf8'));
  assert.ok(m, 'LIMITS.fileBytes in src/model/limits.ts');
  return Number(m[1]) * Number(m[2]) * Number(m[3]);
})();

/** The command failed with `status`, printed exactly the one line `line` on stderr, and no stack trace. */
function fails(r, status, line) {
  assert.equal(r.status, status, `exit code; stderr: ${r.stderr}`);
  assert.equal(r.stderr, `${line}\n`);
  assert.doesNotMatch(`${r.stdout}${r.stderr}`, /^ {4}at /m, 'no stack trace');
}

/** No temporary file was left behind in `dir`. */
function noTemporaries(dir) {
  assert.deepEqual(
    readdirSync(dir).filter((n) => n.startsWith('.budget-kit-')),
    [],
    `temporary files in ${dir}`,
  );
}

/** A check that the file at `path` stays byte for byte what it is now. */
function snapshot(path) {
  const bytes = readFileSync(path);
  return () => assert.ok(readFileSync(path).equals(bytes), `${path} is unchanged`);
}

/** A copy of `src` in a fresh temp folder, with a check that it stays byte for byte what it was. */
function copyIn(src, name) {
  const dir = tmp();
  const path = join(dir, name);
  copyFileSync(src, path);
  return { dir, path, unchanged: snapshot(path) };
}

/** The document and the seed JSON side by side in a fresh temp folder. */
function inputs() {
  const { dir, path, unchanged } = copyIn(SEED, 'a.json');
  const docx = join(dir, 'x.docx');
  copyFileSync(DOCX, docx);
  const docxUnchanged = snapshot(docx);
  return { dir, path, docx, unchanged: () => (unchanged(), docxUnchanged()) };
}

const SAME_ZH = (p) => `不能写入 ${p}：它就是输入文件，写出会毁掉输入；请用 -o 另选输出路径`;
const SAME_EN = (p) => `will not write ${p}: it is the input file, which would be lost; choose another path with -o`;
const FOREIGN_ZH = (p, kind) => `不能覆盖 ${p}：该文件已存在，且不是 budget-kit 写出的${kind}；确要替换请加 --force`;
const FOREIGN_EN = (p, kind) => `will not overwrite ${p}: it exists and is not a ${kind} written by budget-kit; add --force to replace it`;
const SPECIAL_ZH = (p, what) => `不能写入 ${p}：它是${what}，不是普通文件（加 --force 也不会覆盖）`;
const SPECIAL_EN = (p, what) => `will not write ${p}: it is ${what}, not a regular file (not even with --force)`;

test('import -o the input itself is refused, even with --force, also through a symlink or a hard link; the .docx is unchanged', () => {
  const { dir, path, unchanged } = copyIn(DOCX, 'x.docx');
  fails(run(['import', path, '-o', path]), 1, SAME_ZH(path));
  fails(run(['import', path, '-o', path, '--force', '--lang', 'en']), 1, SAME_EN(path));
  // The default output x.json is a symlink to the document.
  symlinkSync(path, join(dir, 'x.json'));
  fails(run(['import', path, '--force']), 1, SAME_ZH(join(dir, 'x.json')));
  linkSync(path, join(dir, 'hard.json'));
  fails(run(['import', path, '-o', join(dir, 'hard.json'), '--force']), 1, SAME_ZH(join(dir, 'hard.json')));
  unchanged();
  noTemporaries(dir);
});

test('export --format xlsx -o its own JSON is refused, directly, through a symlink and a hard link; the JSON is unchanged', () => {
  const { dir, path, unchanged } = copyIn(SEED, 'a.json');
  fails(run(['export', path, '--format', 'xlsx', '-o', path]), 1, SAME_ZH(path));
  symlinkSync(path, join(dir, 'link.xlsx'));
  fails(run(['export', path, '--format', 'xlsx', '-o', join(dir, 'link.xlsx'), '--force']), 1, SAME_ZH(join(dir, 'link.xlsx')));
  linkSync(path, join(dir, 'hard.xlsx'));
  fails(run(['export', path, '--format', 'xlsx', '-o', join(dir, 'hard.xlsx'), '--lang', 'en']), 1, SAME_EN(join(dir, 'hard.xlsx')));
  // The default output a.xlsx is a symlink to the JSON.
  symlinkSync(path, join(dir, 'a.xlsx'));
  fails(run(['export', path, '--format', 'xlsx']), 1, SAME_ZH(join(dir, 'a.xlsx')));
  unchanged();
  noTemporaries(dir);
});

test('import: an existing file that is not a budget JSON is kept without --force and replaced with --force', () => {
  const { dir, path, unchanged } = copyIn(DOCX, 'x.docx');
  const out = join(dir, 'notes.json');
  for (const foreign of ['my notes\n', '{"schemaVersion": "1.0"}\n', '[1, 2, 3]\n']) {
    writeFileSync(out, foreign);
    const r = run(['import', path, '-o', out]);
    fails(r, 1, FOREIGN_ZH(out, '预算 JSON'));
    assert.equal(readFileSync(out, 'utf8'), foreign);
  }
  fails(run(['import', path, '-o', out, '--lang', 'en']), 1, FOREIGN_EN(out, 'budget JSON'));
  const r = run(['import', path, '-o', out, '--force']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(parseBudget(readFileSync(out, 'utf8')).errors, []);
  unchanged();
  noTemporaries(dir);
});

test('import: its own earlier output is replaced without --force', () => {
  const { dir, path, unchanged } = copyIn(DOCX, 'x.docx');
  const out = join(dir, 'x.json');
  assert.equal(run(['import', path]).status, 0);
  const first = readFileSync(out, 'utf8');
  writeFileSync(out, first.replace('"schemaVersion"', '"note": "edited by hand",\n  "schemaVersion"'));
  const r = run(['import', path]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(readFileSync(out, 'utf8'), first);
  unchanged();
  noTemporaries(dir);
});

test('export xlsx: a clerk’s workbook is kept without --force and replaced with --force; budget-kit’s own is replaced; an edited one is not its own', async () => {
  const { dir, path, unchanged } = copyIn(SEED, 'a.json');
  const out = join(dir, 'tables.xlsx');
  copyFileSync(CLERK_XLSX, out);
  const clerk = readFileSync(out);
  fails(run(['export', path, '--format', 'xlsx', '-o', out]), 1, FOREIGN_ZH(out, '工作簿'));
  fails(run(['export', path, '--format', 'xlsx', '-o', out, '--lang', 'en']), 1, FOREIGN_EN(out, 'workbook'));
  assert.ok(readFileSync(out).equals(clerk));
  let r = run(['export', path, '--format', 'xlsx', '-o', out, '--force']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal((await readExcelFile(out))[0].data[0][0], '部门预算收支总表');
  // Its own workbook, written a moment ago, is replaced without --force.
  r = run(['export', path, '--format', 'xlsx', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  // The same workbook with a cell changed (every part kept but one) is no longer budget-kit's.
  const parts = unzipSync(readFileSync(out));
  const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml']);
  assert.ok(strings.includes('部门预算收支总表'));
  parts['xl/sharedStrings.xml'] = strToU8(strings.replace('部门预算收支总表', '部门预算收支总表（改）'));
  writeFileSync(out, zipSync(parts));
  const edited = readFileSync(out);
  fails(run(['export', path, '--format', 'xlsx', '-o', out]), 1, FOREIGN_ZH(out, '工作簿'));
  assert.ok(readFileSync(out).equals(edited));
  unchanged();
  noTemporaries(dir);
});

test('export csv: a foreign CSV where a table goes is kept without --force; its own CSVs are replaced; -o must be a folder', () => {
  const { dir, path, unchanged } = copyIn(SEED, 'a.json');
  const out = join(dir, 'csv');
  assert.equal(run(['export', path, '--format', 'csv', '-o', out]).status, 0);
  const names = readdirSync(out).sort();
  // Run again (and in English, whose header lines differ): its own files are replaced.
  let r = run(['export', path, '--format', 'csv', '-o', out, '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), names);
  const target = join(out, names[2]);
  writeFileSync(target, '\uFEFF项目,金额\r\n办公费,12.00\r\n');
  const before = Object.fromEntries(names.map((n) => [n, readFileSync(join(out, n))]));
  fails(run(['export', path, '--format', 'csv', '-o', out]), 1, FOREIGN_ZH(target, ' CSV 文件'));
  fails(run(['export', path, '--format', 'csv', '-o', out, '--lang', 'en']), 1, FOREIGN_EN(target, 'CSV file'));
  // Nothing was written: not the foreign file, not the others.
  for (const n of names) assert.ok(readFileSync(join(out, n)).equals(before[n]), n);
  r = run(['export', path, '--format', 'csv', '-o', out, '--force']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(target, 'utf8'), /^\uFEFF部门预算支出总表\r\n/);
  // -o naming a file, not a folder.
  const file = join(dir, 'notes.txt');
  writeFileSync(file, 'notes\n');
  fails(run(['export', path, '--format', 'csv', '-o', file, '--force']), 1, `不能写入 ${file}：CSV 导出的 -o 须是文件夹，而它是一个文件`);
  fails(
    run(['export', path, '--format', 'csv', '-o', file, '--lang', 'en']),
    1,
    `will not write into ${file}: CSV export needs a folder for -o, and this is a file`,
  );
  assert.equal(readFileSync(file, 'utf8'), 'notes\n');
  fails(run(['export', path, '--format', 'csv', '-o', path, '--force']), 1, SAME_ZH(path));
  unchanged();
  noTemporaries(dir);
  noTemporaries(out);
});

test('never writes over a folder, a device or a fifo, even with --force', () => {
  const { dir, path, docx, unchanged } = inputs();
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  fails(run(['import', docx, '-o', folder, '--force']), 1, SPECIAL_ZH(folder, '一个文件夹'));
  fails(run(['export', path, '--format', 'xlsx', '-o', folder, '--force']), 1, SPECIAL_ZH(folder, '一个文件夹'));
  fails(run(['export', path, '--format', 'xlsx', '-o', folder, '--lang', 'en']), 1, SPECIAL_EN(folder, 'a folder'));
  assert.deepEqual(readdirSync(folder), []);
  fails(run(['export', path, '--format', 'xlsx', '-o', '/dev/full', '--force']), 1, SPECIAL_ZH('/dev/full', '一个设备'));
  fails(run(['import', docx, '-o', '/dev/full', '--lang', 'en']), 1, SPECIAL_EN('/dev/full', 'a device'));
  const fifo = join(dir, 'pipe.json');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  fails(run(['import', docx, '-o', fifo, '--force']), 1, SPECIAL_ZH(fifo, '一个命名管道'));
  fails(run(['export', path, '--format', 'xlsx', '-o', fifo, '--lang', 'en']), 1, SPECIAL_EN(fifo, 'a named pipe'));
  // A CSV export where one table's file would go is a folder.
  const out = join(dir, 'csv');
  assert.equal(run(['export', path, '--format', 'csv', '-o', out]).status, 0);
  const first = readdirSync(out).sort()[0];
  const again = join(dir, 'csv2');
  mkdirSync(again);
  mkdirSync(join(again, first));
  fails(run(['export', path, '--format', 'csv', '-o', again, '--force']), 1, SPECIAL_ZH(join(again, first), '一个文件夹'));
  assert.deepEqual(readdirSync(again), [first], 'nothing else written');
  assert.deepEqual(readdirSync(join(again, first)), []);
  unchanged();
  noTemporaries(dir);
});

test('a missing folder, a part of the path that is a file, a name too long: one line each, in zh and en', () => {
  const { dir, path, docx, unchanged } = inputs();
  const missing = join(dir, 'no-such-folder', 'out.json');
  fails(run(['import', docx, '-o', missing]), 1, `无法写入 ${missing}：文件夹不存在`);
  fails(
    run(['export', path, '--format', 'xlsx', '-o', missing.replace(/json$/, 'xlsx'), '--lang', 'en']),
    1,
    `cannot write ${missing.replace(/json$/, 'xlsx')}: the folder does not exist`,
  );
  const underFile = join(path, 'out.xlsx');
  fails(run(['export', path, '--format', 'xlsx', '-o', underFile]), 1, `无法写入 ${underFile}：路径中有一段不是文件夹`);
  fails(run(['import', docx, '-o', join(path, 'out.json'), '--lang', 'en']), 1, `cannot write ${join(path, 'out.json')}: part of the path is not a folder`);
  fails(run(['export', path, '--format', 'csv', '-o', join(path, 'csv')]), 1, `无法写入 ${join(path, 'csv')}：路径中有一段不是文件夹`);
  const long = join(dir, `${'长'.repeat(100)}.xlsx`);
  fails(run(['export', path, '--format', 'xlsx', '-o', long]), 1, `无法写入 ${long}：文件名太长`);
  fails(run(['import', docx, '-o', long.replace(/xlsx$/, 'json'), '--lang', 'en']), 1, `cannot write ${long.replace(/xlsx$/, 'json')}: the name is too long`);
  assert.deepEqual(readdirSync(dir).sort(), ['a.json', 'x.docx']);
  unchanged();
});

test('a read-only folder: one line, permission denied', (t) => {
  const { dir, path, docx, unchanged } = inputs();
  const ro = join(dir, 'ro');
  mkdirSync(ro);
  chmodSync(dir, 0o755);
  chmodSync(path, 0o644);
  chmodSync(docx, 0o644);
  chmodSync(ro, 0o555);
  // Root writes into a read-only folder anyway: run the command as nobody then, if that user can run it.
  const spawn = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const probe = spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(join(ro, 'probe'))}, '')`], spawn);
  if (probe.status === 0) return t.skip('this user can write into a read-only folder');
  if (spawnSync(process.execPath, [BIN, '--help'], { ...spawn, cwd: ROOT }).status !== 0) return t.skip('cannot run budget-kit as another user');
  const out = join(ro, 'out.xlsx');
  fails(run(['export', path, '--format', 'xlsx', '-o', out], { spawn }), 1, `无法写入 ${out}：没有写入权限`);
  fails(run(['import', docx, '-o', join(ro, 'out.json'), '--lang', 'en'], { spawn }), 1, `cannot write ${join(ro, 'out.json')}: permission denied`);
  fails(run(['export', path, '--format', 'csv', '-o', join(ro, 'csv')], { spawn }), 1, `无法写入 ${join(ro, 'csv')}：没有写入权限`);
  assert.deepEqual(readdirSync(ro), []);
  unchanged();
});

test('CSV export of tables with 96-character titles: names cut to at most 120 bytes on a character boundary, unique, contents exact', () => {
  const doc = JSON.parse(readFileSync(SEED, 'utf8'));
  const tail = '（本表依照预算法及其实施条例和地方预决算公开操作规程编制，数据经本部门党组会议审议通过后按规定向社会公开）'.repeat(3);
  doc.tables = doc.tables.map((t) => ({ ...t, title: `${t.title}${tail}`.slice(0, 96) }));
  // Two tables with the same number and the same first 96 characters but for the last: cut to 120 bytes,
  // their names would be the same.
  const common = `${'部门预算附表'.repeat(20)}`.slice(0, 95);
  doc.tables[9] = { ...doc.tables[9], number: 10, title: `${common}甲` };
  doc.tables[10] = { ...doc.tables[10], number: 10, title: `${common}乙` };
  assert.ok(doc.tables.every((t) => t.title.length === 96));
  const { dir, path, unchanged } = (() => {
    const d = tmp();
    const p = join(d, 'long.json');
    writeFileSync(p, JSON.stringify(doc, null, 2));
    const bytes = readFileSync(p);
    return { dir: d, path: p, unchanged: () => assert.ok(readFileSync(p).equals(bytes)) };
  })();
  const out = join(dir, 'csv');
  const r = run(['export', path, '--format', 'csv', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const tables = standardTables(parseBudget(readFileSync(path, 'utf8')).document);
  const names = readdirSync(out);
  assert.equal(names.length, tables.length);
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, 'unique');
  for (const name of names) {
    assert.ok(Buffer.byteLength(name) <= 120, `${name}: ${Buffer.byteLength(name)} bytes`);
    assert.ok(!name.includes('\uFFFD'), `${name} is cut on a character boundary`);
    assert.ok(name.endsWith('.csv'), name);
  }
  // Each file holds its table, exactly as the <budget-table> download would.
  const meta = parseBudget(readFileSync(path, 'utf8')).document.meta;
  const expected = new Set(tables.map((t) => toCSV(tableGrid(t, 'zh-CN', meta))));
  for (const name of names) assert.ok(expected.has(readFileSync(join(out, name), 'utf8')), name);
  // Every path printed is a file written.
  const printed = r.stdout.split('\n').filter((l) => l.startsWith(out));
  assert.deepEqual(printed.map((l) => l.slice(out.length + 1)).sort(), [...names].sort());
  // Run again: every file is its own and is replaced.
  const again = run(['export', path, '--format', 'csv', '-o', out]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readdirSync(out).length, tables.length);
  // The same document as a workbook.
  assert.equal(run(['export', path, '--format', 'xlsx']).status, 0);
  assert.ok(existsSync(join(dir, 'long.xlsx')));
  unchanged();
  noTemporaries(out);
});

test('validate refuses a file over LIMITS.fileBytes without reading it, in one line', () => {
  const dir = tmp();
  const big = join(dir, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, FILE_BYTES + 1); // sparse: all zero bytes, which as JSON would be a different error
  let r = run(['validate', big]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${big}: 错误\n  错误   $: 文件过大（${FILE_BYTES + 1} 字节，上限为 ${FILE_BYTES} 字节），未读取\n`);
  assert.doesNotMatch(r.stdout + r.stderr, /^ {4}at /m);
  r = run(['validate', '--lang', 'en', big]);
  assert.equal(r.stdout, `${big}: ERRORS\n  error   $: the file is too large (${FILE_BYTES + 1} bytes; the limit is ${FILE_BYTES}), not read\n`);
  r = run(['validate', '--json', big, SEED]);
  assert.equal(r.status, 1);
  const files = JSON.parse(r.stdout).files;
  assert.deepEqual(
    files[0].errors.map((e) => e.code),
    ['file.tooLarge'],
  );
  assert.equal(files[1].ok, true);
  // export reads within the same bound
  fails(run(['export', big, '--format', 'csv']), 1, `${big}: 文件过大（${FILE_BYTES + 1} 字节，上限为 ${FILE_BYTES} 字节），未读取`);
  // A file exactly at the bound is read (and here fails as JSON, which it is not).
  truncateSync(big, FILE_BYTES);
  r = run(['validate', '--json', big]);
  assert.deepEqual(
    JSON.parse(r.stdout).files[0].errors.map((e) => e.code),
    ['parse.json'],
  );
});

test('validate on a folder, a missing file: one clear line each', () => {
  const dir = tmp();
  let r = run(['validate', dir]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${dir}: 错误\n  错误   $: 无法读取文件：这是一个文件夹\n`);
  assert.equal(r.stderr, '');
  r = run(['validate', '--lang', 'en', dir, join(dir, 'missing.json')]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stdout,
    `${dir}: ERRORS\n  error   $: cannot read the file: it is a folder\n${join(dir, 'missing.json')}: ERRORS\n  error   $: cannot read the file: no such file\n`,
  );
  assert.doesNotMatch(r.stdout + r.stderr, /^ {4}at /m);
  fails(run(['export', dir, '--format', 'xlsx']), 1, `${dir}: 无法读取文件：这是一个文件夹`);
});

test('an exception that escapes main: one line, exit 70, no stack (BUDGET_KIT_DEBUG=1 shows it)', () => {
  // The launcher, next to a stand-in for the built command that fails in each way.
  const dir = tmp();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist/cli'), { recursive: true });
  copyFileSync(BIN, join(dir, 'bin/budget-kit.js'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  writeFileSync(
    join(dir, 'dist/cli/budget-kit.js'),
    `export async function main(argv) {
  if (argv.includes('late')) { setTimeout(() => { throw new TypeError('late failure'); }); return 0; }
  if (argv.includes('string')) throw 'a string';
  throw new Error('boom\\nsecond line');
}\n`,
  );
  const bin = join(dir, 'bin/budget-kit.js');
  const hintZh = '（这是 budget-kit 的缺陷，请报告此问题；设置 BUDGET_KIT_DEBUG=1 可显示调用栈）';
  const hintEn = ' (this is a bug in budget-kit; please report it; BUDGET_KIT_DEBUG=1 shows the stack)';
  fails(run(['validate', 'x.json'], { bin }), 70, `budget-kit: 内部错误：boom second line${hintZh}`);
  fails(run(['validate', '--lang', 'en', 'x.json'], { bin }), 70, `budget-kit: internal error: boom second line${hintEn}`);
  fails(run(['late'], { bin, env: { LANG: 'en_US.UTF-8' } }), 70, `budget-kit: internal error: late failure${hintEn}`);
  fails(run(['string', '--lang=zh-CN'], { bin, env: { LANG: 'en_US.UTF-8' } }), 70, `budget-kit: 内部错误：a string${hintZh}`);
  const debug = run(['validate', 'x.json'], { bin, env: { BUDGET_KIT_DEBUG: '1' } });
  assert.equal(debug.status, 70);
  assert.match(debug.stderr, /^budget-kit: 内部错误：boom second line/);
  assert.match(debug.stderr, /^ {4}at main /m);
});
