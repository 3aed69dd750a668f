import type { BudgetDocument, FunctionalItem } from '../src/model/types.js';

/** A small deterministic PRNG (mulberry32), so every run and every machine sees the same budget. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic budget with `leaves` 项 under 类 and 款, amounts in 万元 with two decimals and a heavy tail
 * (a few large items, many small ones), as real province-sized budgets have. Parents are the exact sums.
 */
export function syntheticBudget(leaves: number, seed = 42): BudgetDocument {
  const random = rng(seed);
  const categories = Math.min(30, Math.max(4, Math.round(Math.sqrt(leaves) / 4)));
  const perCategory = Math.ceil(leaves / categories);
  const items: FunctionalItem[] = [];
  let grand = 0n;
  let made = 0;
  for (let c = 0; c < categories && made < leaves; c++) {
    const lei = String(201 + c);
    const kuanCount = Math.min(99, Math.max(1, Math.round(Math.sqrt(perCategory))));
    const catIndex = items.length;
    items.push({ code: lei, name: `类${lei}`, amounts: {} });
    let catSum = 0n;
    for (let k = 1; k <= kuanCount && made < leaves; k++) {
      const kuan = `${lei}${String(k).padStart(2, '0')}`;
      const kuanIndex = items.length;
      items.push({ code: kuan, name: `款${kuan}`, amounts: {} });
      let kuanSum = 0n;
      const xiangCount = Math.min(99, Math.ceil(perCategory / kuanCount));
      for (let x = 1; x <= xiangCount && made < leaves; x++) {
        // Heavy tail: exp of a normal-ish variable, in cents.
        const z = (random() + random() + random() - 1.5) * 2.4;
        const cents = BigInt(Math.max(1, Math.round(Math.exp(z) * 5000)));
        const code = `${kuan}${String(x).padStart(2, '0')}`;
        items.push({ code, name: `项${code}`, amounts: { total: cents2(cents) } });
        kuanSum += cents;
        made++;
      }
      items[kuanIndex].amounts.total = cents2(kuanSum);
      catSum += kuanSum;
    }
    items[catIndex].amounts.total = cents2(catSum);
    grand += catSum;
  }
  const total = cents2(grand);
  return {
    schemaVersion: '1.0.0',
    meta: { department: { name: `合成部门（${leaves} 项）` }, fiscalYear: 2025, phase: 'budget', unit: '万元' },
    income: { total, bySource: { generalPublicBudget: total } },
    expenditure: { total, functionalTotal: { total }, functional: items },
  };
}

function cents2(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
