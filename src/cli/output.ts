/**
 * How budget-kit reads its input file and writes its output files, safely against hostile or mistaken paths.
 *
 * Writing: `-o` is never the input itself (the same file through a symlink or a hard link included); an
 * existing file is replaced only when budget-kit wrote it (a budget JSON, a workbook carrying budget-kit's
 * digest, a CSV beginning with the table's title line) or with --force; something that is not a regular file
 * (a folder, a device, a fifo) is never written over. Every file is written to a temporary file in the same
 * folder and renamed over the target, so a failed write never leaves half a file or loses the old one.
 *
 * Each refusal or failure is an `OutputError` (or `InputError`) whose message is the one line the command
 * prints: the path and the reason in words, in the chosen language.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Lang } from '../model/messages.js';
import { readArchive } from '../import/archive.js';
import { LIMITS } from '../model/limits.js';

/** A refusal to write, or a failed write: `message` is the line to print. */
export class OutputError extends Error {}

/** An input file that cannot be read or is too large: `message` is the reason to print after the path. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: 'read' | 'file.tooLarge',
  ) {
    super(message);
  }
}

type Words = readonly [zh: string, en: string];
const say = (w: Words, lang: Lang) => (lang === 'en' ? w[1] : w[0]);

/** Why writing failed, by the system's error code. */
const WRITE_REASONS: Record<string, Words> = {
  ENOENT: ['文件夹不存在', 'the folder does not exist'],
  ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
  ENAMETOOLONG: ['文件名太长', 'the name is too long'],
  ENOSPC: ['磁盘空间不足', 'no space left on the device'],
  EDQUOT: ['超出磁盘配额', 'the disk quota is exceeded'],
  EFBIG: ['文件超出文件系统允许的大小', 'the file is too large for the file system'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['不允许此操作', 'operation not permitted'],
  EROFS: ['文件系统是只读的', 'the file system is read-only'],
  EISDIR: ['这是一个文件夹', 'it is a folder'],
  ELOOP: ['符号链接层数过多', 'too many levels of symbolic links'],
  EBUSY: ['文件正被占用', 'the file is busy'],
  EIO: ['读写设备出错', 'an input/output error'],
  EMFILE: ['打开的文件过多', 'too many open files'],
  ENFILE: ['打开的文件过多', 'too many open files'],
};

/** Why reading failed. */
const READ_REASONS: Record<string, Words> = {
  ENOENT: ['文件不存在', 'no such file'],
  ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
  ENAMETOOLONG: ['文件名太长', 'the name is too long'],
  EACCES: ['没有读取权限', 'permission denied'],
  EPERM: ['不允许此操作', 'operation not permitted'],
  EISDIR: ['这是一个文件夹', 'it is a folder'],
  ELOOP: ['符号链接层数过多', 'too many levels of symbolic links'],
  EIO: ['读写设备出错', 'an input/output error'],
  EMFILE: ['打开的文件过多', 'too many open files'],
  ENFILE: ['打开的文件过多', 'too many open files'],
};

/** The reason for a system error in words; an unlisted one as the system describes it ("…" (ECODE)). */
function reason(err: unknown, reasons: Record<string, Words>, lang: Lang): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const words = code ? reasons[code] : undefined;
  if (words) return say(words, lang);
  const message = err instanceof Error ? err.message : String(err);
  // Node's messages read "ECODE: description, syscall 'path'": keep the description.
  const description = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1] ?? message;
  return `${description.replace(/\s+/g, ' ')}${code && !description.includes(code) ? ` (${code})` : ''}`;
}

function writeFailed(path: string, err: unknown, lang: Lang): OutputError {
  const why = reason(err, WRITE_REASONS, lang);
  return new OutputError(lang === 'en' ? `cannot write ${path}: ${why}` : `无法写入 ${path}：${why}`);
}

/** What a path is when it is not a regular file. */
function special(st: Stats): Words | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return ['一个文件夹', 'a folder'];
  if (st.isCharacterDevice() || st.isBlockDevice()) return ['一个设备', 'a device'];
  if (st.isFIFO()) return ['一个命名管道', 'a named pipe'];
  if (st.isSocket()) return ['一个套接字', 'a socket'];
  return ['一个特殊文件', 'a special file'];
}

// Reading

/**
 * The text of an input file, reading at most `limit` bytes: a regular file larger than that (by its size,
 * checked before reading) is refused unread; any other (a pipe, /dev/stdin) is read until it passes the limit.
 */
export async function readInput(path: string, limit: number, lang: Lang): Promise<string> {
  const cannot = (err: unknown) =>
    new InputError(lang === 'en' ? `cannot read the file: ${reason(err, READ_REASONS, lang)}` : `无法读取文件：${reason(err, READ_REASONS, lang)}`, 'read');
  const tooLarge = (size: number | undefined) =>
    new InputError(
      size === undefined
        ? lang === 'en'
          ? `the file is too large (more than the limit of ${limit} bytes), not read`
          : `文件过大（超过上限 ${limit} 字节），未读取`
        : lang === 'en'
          ? `the file is too large (${size} bytes; the limit is ${limit}), not read`
          : `文件过大（${size} 字节，上限为 ${limit} 字节），未读取`,
      'file.tooLarge',
    );
  let st: Stats;
  try {
    st = await stat(path);
  } catch (err) {
    throw cannot(err);
  }
  if (st.isDirectory()) throw cannot(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  if (st.isFile() && st.size > limit) throw tooLarge(st.size);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw cannot(err);
  }
  try {
    const bytes = await readAtMost(handle, limit + 1);
    if (bytes.length > limit) throw tooLarge(undefined);
    return bytes.toString('utf8');
  } catch (err) {
    throw err instanceof InputError ? err : cannot(err);
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Up to `max` bytes from an open file. */
async function readAtMost(handle: FileHandle, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Up to `max` bytes of a regular file, or undefined when it is larger or cannot be read. */
async function readSmall(path: string, max: number): Promise<Buffer | undefined> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const st = await handle.stat();
    if (!st.isFile() || st.size > max) return undefined;
    const bytes = await readAtMost(handle, max + 1);
    return bytes.length > max ? undefined : bytes;
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => {});
  }
}

// What budget-kit wrote

/** Import's output: a file that parses as JSON and looks like a standard budget (schemaVersion and meta). */
export async function isBudgetJson(path: string): Promise<boolean> {
  const bytes = await readSmall(path, LIMITS.fileBytes);
  if (!bytes) return false;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value && 'meta' in value;
  } catch {
    return false;
  }
}

/** A CSV of export's: a file that begins with these bytes (the BOM and the table's title line). */
export function beginsWith(prefix: string): (path: string) => Promise<boolean> {
  const expected = Buffer.from(prefix, 'utf8');
  return async (path) => {
    let handle: FileHandle | undefined;
    try {
      handle = await open(path, 'r');
      const head = await readAtMost(handle, expected.length);
      return head.equals(expected);
    } catch {
      return false;
    } finally {
      await handle?.close().catch(() => {});
    }
  };
}

/** The first line of a CSV as export writes it (byte-order mark included, line end included). */
export function csvFirstLine(csv: string): string {
  const end = csv.indexOf('\r\n');
  return end < 0 ? csv : csv.slice(0, end + 2);
}

// A workbook carries budget-kit's mark: docProps/app.xml names budget-kit as the application, and the
// custom property "budget-kit" in docProps/custom.xml holds the SHA-256 of every other part of the zip. A
// workbook is budget-kit's only when that digest matches its parts: one saved again by Excel, WPS or any
// other program (which rewrite the parts), edited, or a clerk's own, never is.

const CUSTOM_PROPERTY = 'budget-kit';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function partsDigest(parts: Record<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(parts)
    .filter((n) => !n.startsWith('docProps/'))
    .sort()) {
    const bytes = parts[name]!;
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The workbook `bytes` (as write-excel-file made it) with budget-kit's mark added. */
export function markWorkbook(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const edit = (name: string, close: string, insert: string) => {
    const xml = strFromU8(parts[name] ?? new Uint8Array());
    const at = xml.lastIndexOf(close);
    if (at < 0) throw new Error(`unexpected workbook part ${name}`);
    parts[name] = strToU8(`${xml.slice(0, at)}${insert}${xml.slice(at)}`);
  };
  edit(
    '_rels/.rels',
    '</Relationships>',
    `<Relationship Id="rId-budget-kit-app" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      `<Relationship Id="rId-budget-kit-custom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`,
  );
  edit(
    '[Content_Types].xml',
    '</Types>',
    '<Override ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml" PartName="/docProps/app.xml"/>' +
      '<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/>',
  );
  const digest = partsDigest(parts);
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const vt = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';
  parts['docProps/app.xml'] = strToU8(
    `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ${vt}><Application>budget-kit</Application></Properties>`,
  );
  parts['docProps/custom.xml'] = strToU8(
    `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ${vt}>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${CUSTOM_PROPERTY}"><vt:lpwstr>sha256:${digest}</vt:lpwstr></property></Properties>`,
  );
  return zipSync(parts, { level: 6 });
}

/** Whether the file at `path` is a workbook budget-kit wrote and nothing changed since. */
export async function isOurWorkbook(path: string): Promise<boolean> {
  const bytes = await readSmall(path, LIMITS.importFileBytes);
  if (!bytes) return false;
  try {
    // Read within bounds counted while inflating (a zip's declared sizes may lie): a foreign file at the
    // output path may be anything, a zip bomb included.
    const props = readArchive(bytes, ['docProps/custom.xml'], { entryBytes: 64 * 1024, totalBytes: 64 * 1024 }).get('docProps/custom.xml');
    const xml = props ? strFromU8(props) : '';
    const m = new RegExp(`<property [^>]*name="${CUSTOM_PROPERTY}"[^>]*>\\s*<vt:lpwstr>sha256:([0-9a-f]{64})</vt:lpwstr>`).exec(xml);
    if (!m) return false;
    const parts = Object.fromEntries(readArchive(bytes, (name) => !name.startsWith('docProps/')));
    return partsDigest(parts) === m[1];
  } catch {
    return false;
  }
}

// Writing

export type OutputKind = 'json' | 'xlsx' | 'csv';

const KIND: Record<OutputKind, Words> = {
  json: ['预算 JSON', 'budget JSON'],
  xlsx: ['工作簿', 'workbook'],
  csv: [' CSV 文件', 'CSV file'],
};

export interface TargetOptions {
  /** The command's input file: never written. */
  input: string;
  /** Replace an existing regular file budget-kit did not write. */
  force: boolean;
  lang: Lang;
  kind: OutputKind;
  /** Whether an existing file at the (resolved) path is one budget-kit wrote. */
  ours: (path: string) => Promise<boolean>;
}

/** A checked output path. */
export interface Target {
  /** The path as given, for messages. */
  path: string;
  /** Where the file is written: the path with its symlinks resolved when it exists. */
  real: string;
  /** The permissions of the file it replaces, kept. */
  mode?: number;
}

async function identity(path: string): Promise<{ dev: number; ino: number; real: string } | undefined> {
  try {
    const st = await stat(path);
    return { dev: st.dev, ino: st.ino, real: await realpath(path) };
  } catch {
    return undefined;
  }
}

function sameAsInput(path: string, lang: Lang): OutputError {
  return new OutputError(
    lang === 'en'
      ? `will not write ${path}: it is the input file, which would be lost; choose another path with -o`
      : `不能写入 ${path}：它就是输入文件，写出会毁掉输入；请用 -o 另选输出路径`,
  );
}

/** Checks that `path` may be written (see the module comment); throws the refusal as an OutputError. */
export async function checkTarget(path: string, options: TargetOptions): Promise<Target> {
  const { lang } = options;
  let st: Stats;
  try {
    st = await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw writeFailed(path, err, lang);
    // Nothing there (a missing folder shows when writing), or a symlink pointing nowhere: not ours.
    const link = await lstat(path).catch(() => undefined);
    if (link && !options.force) throw foreign(path, options);
    return { path, real: path };
  }
  const [input, here] = await Promise.all([identity(options.input), identity(path)]);
  if (input && ((st.dev === input.dev && st.ino === input.ino) || here?.real === input.real)) throw sameAsInput(path, lang);
  const what = special(st);
  if (what) {
    throw new OutputError(
      lang === 'en'
        ? `will not write ${path}: it is ${what[1]}, not a regular file (not even with --force)`
        : `不能写入 ${path}：它是${what[0]}，不是普通文件（加 --force 也不会覆盖）`,
    );
  }
  let real: string;
  try {
    real = await realpath(path);
    // A file its owner made read-only is not replaced behind their back.
    await access(real, constants.W_OK);
  } catch (err) {
    throw writeFailed(path, err, lang);
  }
  if (!options.force && !(await options.ours(real))) throw foreign(path, options);
  return { path, real, mode: st.mode & 0o7777 };
}

function foreign(path: string, { kind, lang }: TargetOptions): OutputError {
  return new OutputError(
    lang === 'en'
      ? `will not overwrite ${path}: it exists and is not a ${KIND[kind][1]} written by budget-kit; add --force to replace it`
      : `不能覆盖 ${path}：该文件已存在，且不是 budget-kit 写出的${KIND[kind][0]}；确要替换请加 --force`,
  );
}

/** Writes `data` to a checked target: a temporary file in the same folder, renamed over the target. */
export async function writeTarget(target: Target, data: string | Uint8Array, lang: Lang): Promise<void> {
  // A short name, so that a target name near the system's limit still leaves room for it.
  const temporary = join(dirname(target.real), `.budget-kit-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(temporary, 'wx', target.mode ?? 0o666);
    created = true;
    await handle.writeFile(data);
    if (target.mode !== undefined) await handle.chmod(target.mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target.real);
  } catch (err) {
    await handle?.close().catch(() => {});
    if (created) await unlink(temporary).catch(() => {});
    throw writeFailed(target.path, err, lang);
  }
}

/** Checks `path` and writes `data` there. */
export async function writeOutput(path: string, data: string | Uint8Array, options: TargetOptions): Promise<void> {
  await writeTarget(await checkTarget(path, options), data, options.lang);
}

/**
 * The folder a CSV export writes into: an existing folder, or one created (with its parents). A file, the
 * input, a device … are refused.
 */
export async function prepareFolder(dir: string, input: string, lang: Lang, purpose: 'csv' | 'import' = 'csv'): Promise<void> {
  let st: Stats;
  try {
    st = await stat(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw writeFailed(dir, err, lang);
    try {
      await mkdir(dir, { recursive: true });
    } catch (mkdirErr) {
      throw writeFailed(dir, mkdirErr, lang);
    }
    return;
  }
  if (st.isDirectory()) return;
  const id = await identity(input);
  if (id && st.dev === id.dev && st.ino === id.ino) throw sameAsInput(dir, lang);
  const what = special(st) ?? ['一个文件', 'a file'];
  throw new OutputError(
    lang === 'en'
      ? `will not write into ${dir}: ${purpose === 'csv' ? 'CSV export' : 'importing a folder'} needs a folder for -o, and this is ${what[1]}`
      : `不能写入 ${dir}：${purpose === 'csv' ? 'CSV 导出' : '导入文件夹时'}的 -o 须是文件夹，而它是${what[0]}`,
  );
}

/** Bytes of a generated file name (a CSV per table): well within the 255 bytes file systems allow. */
export const NAME_BYTES = 120;

const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** `text` cut to at most `max` UTF-8 bytes, on a character (grapheme) boundary. */
export function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  const pieces = graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : Array.from(text);
  let out = '';
  let bytes = 0;
  for (const piece of pieces) {
    const n = Buffer.byteLength(piece);
    if (bytes + n > max) break;
    out += piece;
    bytes += n;
  }
  return out;
}

/**
 * File names for generated files from their stems: each cut to at most NAME_BYTES bytes with the
 * extension, and unique (ignoring case, as some file systems do) by a "~2", "~3" … suffix.
 */
export function fileNames(stems: readonly string[], extension: string): string[] {
  const seen = new Set<string>();
  return stems.map((stem) => {
    const room = NAME_BYTES - Buffer.byteLength(extension);
    let name = `${cutToBytes(stem, room)}${extension}`;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${cutToBytes(stem, room - Buffer.byteLength(`~${i}`))}~${i}${extension}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A finding's or remark's severity as the commands print it. */
export function severityWord(severity: 'note' | 'warning' | 'question', lang: Lang): string {
  const zh = lang === 'zh-CN';
  return severity === 'note' ? (zh ? '提示' : 'note') : severity === 'question' ? (zh ? '询问' : 'ask') : zh ? '警告' : 'warning';
}
