// Hostile zips built byte by byte, for the importer's limit tests (in the browser and in node) and its bench:
// headers that say whatever a test needs them to, and DEFLATE data that inflates to far more than it weighs.
// Plain JavaScript, so that node tests and bench scripts can import it as they are.
import { Deflate, strToU8 } from 'fflate';

const MB = 1024 * 1024;

/** The parts, one after another. */
export function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
}

/**
 * Raw DEFLATE data that inflates to `megabytes` MB of zeros: one segment (1 MB of zeros, compressed and
 * flushed to a byte boundary, about 1 KB) repeated, then a final empty block — or, with `broken`, a block of
 * the reserved type 3, which any inflater that gets that far rejects ("invalid block type").
 */
export function zeros(megabytes, end = 'end') {
  const parts = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  d.push(new Uint8Array(MB));
  d.flush(true);
  const segment = concat(parts);
  return concat([...Array.from({ length: megabytes }, () => segment), new Uint8Array(end === 'end' ? [0x03, 0x00] : [0x07, 0x00])]);
}

/**
 * A zip of `entries` ({ name, data, method = 8, declared }), written byte by byte: `data` is stored as given
 * (raw DEFLATE for method 8, the bytes for method 0), and `declared` is the uncompressed size the headers
 * state (by default the true one for method 0, else 0).
 */
export function rawZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 8;
    const declared = e.declared ?? (method === 0 ? e.data.length : 0);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true);
    l.setUint16(8, method, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, declared >>> 0, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, method, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, declared >>> 0, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cd = concat(centrals);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, cd.length, true);
  v.setUint32(16, offset, true);
  return concat([...locals, cd, eocd]);
}
