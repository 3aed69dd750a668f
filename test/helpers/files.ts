/** Reads a repository file through the test server (the root of the repository). */
export async function text(path: string): Promise<string> {
  const r = await fetch(`/${path}`);
  if (!r.ok) throw new Error(`cannot read ${path}: HTTP ${r.status}`);
  return r.text();
}

export async function json<T = unknown>(path: string): Promise<T> {
  return JSON.parse(await text(path)) as T;
}

export const SEED = 'data/xushui-administrative-approval-2024.json';
export const SHANGHAI = 'data/shanghai-putuo-commerce-2025.json';

/** Deep copy, for fixtures that a test breaks on purpose. */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
