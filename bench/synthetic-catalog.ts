import type { Catalog, CatalogDepartment } from '../src/model/catalog.js';
import { FUNCTIONAL_CATEGORIES_2024 } from '../src/model/categories.js';
import { rng } from './synthetic.js';

/**
 * The real budget files the departments point at (cycled, each URL made unique by `?n=`), served as /data/
 * by bench/vite.config.ts (keep the two lists the same: a file that is not served fails the run).
 */
export const BENCH_FILES = ['shanghai-putuo-wanli-2024-budget.json', 'shanghai-putuo-finance-2025-budget.json', 'shanghai-putuo-justice-2026-budget.json'];

/** The 类 of the functional classification from 201 to 233, with their names (29 codes). */
const CATEGORIES = FUNCTIONAL_CATEGORIES_2024.filter((c): c is { code: string; name: string } => !!c.code && c.code <= '233');

/**
 * A deterministic synthetic catalog (schema/catalog.schema.json) of `n` departments: 区级部门0001 … with a
 * code, one of 5 groups (100 departments) to 20 groups (10,000), a total and 3–8 类 whose amounts (万元, two
 * decimals, heavy-tailed) add up exactly to it, a fiscal figure, and `src` on one of three real budget files.
 */
export function syntheticCatalog(n: number, seed = 7): Catalog {
  const random = rng(seed);
  const groups = Math.max(5, Math.min(20, Math.round(n / 500)));
  const width = Math.max(4, String(n).length);
  const departments: CatalogDepartment[] = [];
  for (let i = 1; i <= n; i++) {
    const count = 3 + Math.floor(random() * 6);
    // `count` distinct codes, by a partial Fisher–Yates shuffle, listed in code order.
    const pool = CATEGORIES.slice();
    for (let j = 0; j < count; j++) {
      const k = j + Math.floor(random() * (pool.length - j));
      [pool[j], pool[k]] = [pool[k]!, pool[j]!];
    }
    const chosen = pool.slice(0, count).sort((a, b) => (a.code < b.code ? -1 : 1));
    let sum = 0n;
    const categories = chosen.map((c) => {
      // Heavy tail: exp of a normal-ish variable, in cents of 万元 (a median of about 1,000 万元 a 类, so
      // that totals are of the size of the three real files' 3,121–15,621 万元 and sort among them).
      const z = (random() + random() + random() - 1.5) * 2.4;
      const cents = BigInt(Math.max(1, Math.round(Math.exp(z) * 100_000)));
      sum += cents;
      return { code: c.code, name: c.name, amount: cents2(cents) };
    });
    const fiscal = (sum * BigInt(80 + Math.floor(random() * 21))) / 100n;
    const num = String(i).padStart(width, '0');
    departments.push({
      name: `区级部门${num}`,
      code: `107${String(i).padStart(6, '0')}`,
      src: `/data/${BENCH_FILES[(i - 1) % BENCH_FILES.length]}?n=${i}`,
      group: `第${String(1 + ((i - 1) % groups)).padStart(2, '0')}组`,
      total: cents2(sum),
      fiscal: cents2(fiscal),
      categories,
    });
  }
  return {
    catalogVersion: '1.0.0',
    region: { name: '合成区', code: '310199' },
    year: 2025,
    phase: 'budget',
    unit: '万元',
    title: `合成区2025年部门预算（${n} 个部门）`,
    departments,
  };
}

function cents2(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
