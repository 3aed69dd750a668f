export function concat(parts: Uint8Array[]): Uint8Array;
export function zeros(megabytes: number, end?: 'end' | 'broken'): Uint8Array;
export interface RawEntry {
  name: string;
  /** The entry's data as stored: raw DEFLATE (method 8) or the bytes themselves (method 0). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the headers declare (by default, for method 0, the true one; else 0). */
  declared?: number;
}
export function rawZip(entries: RawEntry[]): Uint8Array;
