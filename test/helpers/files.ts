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

/** The six real Shanghai budgets as `budget-kit import` reads their PDFs (test/fixtures/checks/README.md). */
export const REAL_DOCUMENTS = [
  'test/fixtures/checks/shanghai-putuo-commerce-2025-budget.json',
  'test/fixtures/checks/shanghai-putuo-finance-2025-budget.json',
  'test/fixtures/checks/shanghai-putuo-justice-2026-budget.json',
  'test/fixtures/checks/shanghai-putuo-wanli-2023-budget.json',
  'test/fixtures/checks/shanghai-putuo-wanli-2024-budget.json',
  'test/fixtures/checks/shanghai-putuo-welfare-home-2024-unit-budget.json',
];

/** The three real final accounts (部门决算), imported from their PDFs (test/fixtures/final/README.md). */
export const FINAL_DOCUMENTS = [
  'test/fixtures/final/shanghai-putuo-finance-2024-final.json',
  'test/fixtures/final/shanghai-putuo-planning-2024-final.json',
  'test/fixtures/final/shanghai-putuo-social-work-2024-final.json',
];

/** Deep copy, for fixtures that a test breaks on purpose. */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Runs `action` and returns the bytes of the Blob it hands to URL.createObjectURL (a download). */
export async function capturedDownload(action: () => void): Promise<{ blob: Blob; bytes: Uint8Array }> {
  let blob: Blob | undefined;
  const original = URL.createObjectURL;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  try {
    action();
  } finally {
    URL.createObjectURL = original;
  }
  if (!blob) throw new Error('nothing was downloaded');
  return { blob, bytes: new Uint8Array(await blob.arrayBuffer()) };
}
