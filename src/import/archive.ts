/**
 * Reading the parts of a .docx or .xlsx (a zip) without trusting it. Only the entries asked for are
 * inflated, with fflate's streaming Unzip fed a few kilobytes at a time; the bytes each entry gives are
 * counted as they come out of the inflater, and reading stops at the first chunk that takes one entry past
 * LIMITS.zipEntryBytes or all of them together past LIMITS.zipTotalBytes. The sizes the zip's headers
 * declare are never used to decide anything or to allocate anything: a zip bomb costs what the limits
 * allow and no more, whatever it says about itself.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { LIMITS } from '../model/limits.js';

/**
 * A document the importer refuses: too large, a zip bomb, a table beyond the bounds, text that is not
 * UTF-8 … `zh` and `en` say what, where, and which limit, in one line each; `message` is the English one.
 */
export class ImportInputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ImportInputError';
  }
}

/** The bytes are not a zip, or the zip is damaged (what a .docx reader reports as "not a .docx"). */
export class ZipFormatError extends ImportInputError {}

export interface ArchiveLimits {
  /** Bytes one entry may inflate to. */
  entryBytes: number;
  /** Bytes all the entries read may inflate to together. */
  totalBytes: number;
}

const DEFAULT_LIMITS: ArchiveLimits = { entryBytes: LIMITS.zipEntryBytes, totalBytes: LIMITS.zipTotalBytes };

/**
 * Compressed bytes given to the inflater at a time: DEFLATE expands at most about 1032 times, so no single
 * step produces more than about 8 MB before it is counted. (Small chunks also keep fflate's recursion per
 * entry found within the stack, however many tiny entries a zip has.)
 */
const CHUNK = 8 * 1024;

/** "48 MB" for whole mebibytes, else the bytes. */
export function sizeText(bytes: number, lang: 'zh' | 'en'): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  return lang === 'zh' ? `${bytes} 字节` : `${bytes} bytes`;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The inflated bytes of the entries of `zip` that `wanted` names (a list of names, or a test on a name),
 * by name; entries not wanted are skipped without being inflated. Throws an ImportInputError when an entry
 * or the entries together inflate past the limits (counted while inflating), and a ZipFormatError when the
 * bytes are not a zip or the zip is damaged. An entry that appears twice is read twice (both count) and
 * the later one is kept.
 */
export function readArchive(
  zip: Uint8Array,
  wanted: readonly string[] | ((name: string) => boolean),
  limits: ArchiveLimits = DEFAULT_LIMITS,
): Map<string, Uint8Array> {
  const want = typeof wanted === 'function' ? wanted : (name: string) => wanted.includes(name);
  const out = new Map<string, Uint8Array>();
  // An empty zip is only its end record.
  if (zip.length >= 4 && zip[0] === 0x50 && zip[1] === 0x4b && zip[2] === 5 && zip[3] === 6) return out;
  if (!(zip.length >= 4 && zip[0] === 0x50 && zip[1] === 0x4b && zip[2] === 3 && zip[3] === 4)) {
    throw new ZipFormatError('不是 zip 压缩文件', 'not a zip file');
  }
  let total = 0;
  let failure: ImportInputError | undefined;
  /** Entries started and not finished yet. */
  const open = new Set<string>();
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure || !want(file.name)) return;
    const name = file.name;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const stop = (err: ImportInputError) => {
      failure ??= err;
      done = true;
      open.delete(name);
      file.terminate();
    };
    file.ondata = (err, data, final) => {
      if (done || failure) return;
      if (err) {
        stop(new ZipFormatError(`压缩包中的 ${name} 无法解压（${err.message}）`, `${name} in the zip cannot be inflated (${err.message})`));
        return;
      }
      size += data.length;
      total += data.length;
      if (size > limits.entryBytes) {
        stop(
          new ImportInputError(
            `压缩包中的 ${name} 解压后超过单个文件 ${sizeText(limits.entryBytes, 'zh')} 的上限`,
            `${name} in the zip inflates to more than ${sizeText(limits.entryBytes, 'en')}, the limit for one entry`,
          ),
        );
        return;
      }
      if (total > limits.totalBytes) {
        stop(
          new ImportInputError(
            `压缩包中读取的文件解压后合计超过 ${sizeText(limits.totalBytes, 'zh')} 的上限（读到 ${name} 时超过）`,
            `the entries read from the zip inflate to more than ${sizeText(limits.totalBytes, 'en')} together, the limit for one document (passed at ${name})`,
          ),
        );
        return;
      }
      if (data.length) chunks.push(data);
      if (final) {
        done = true;
        open.delete(name);
        out.set(name, join(chunks, size));
        chunks.length = 0;
      }
    };
    open.add(name);
    // Throws for a compression method other than stored or DEFLATE (after ondata has been told).
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < zip.length && !failure; at += CHUNK) {
    try {
      unzip.push(zip.subarray(at, at + CHUNK), at + CHUNK >= zip.length);
    } catch (err) {
      failure ??= new ZipFormatError(
        `zip 文件已损坏或不完整（${(err as Error).message}）`,
        `the zip file is damaged or incomplete (${(err as Error).message})`,
      );
    }
  }
  if (failure) throw failure;
  const cut = [...open][0];
  if (cut !== undefined) throw new ZipFormatError(`压缩包中的 ${cut} 不完整（zip 文件被截断）`, `${cut} in the zip is incomplete (the zip file is cut short)`);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An entry's bytes as text; an ImportInputError naming the entry when they are not UTF-8. */
export function entryText(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ImportInputError(`${name} 不是 UTF-8 编码的文本`, `${name} is not UTF-8 text`);
  }
}
