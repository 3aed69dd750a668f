import { money, Money, percent } from './money.js';
import { isSourceKey } from './columns.js';
import type { Procurement, ProcurementItem, SourceKey } from './types.js';

export type ProcurementCategory = 'A' | 'B' | 'C';

/** 货物 A / 工程 B / 服务 C, from the first letter of the catalogue code (政府采购目录序号). */
export function procurementCategory(item: ProcurementItem): ProcurementCategory | undefined {
  const c = item.catalogCode?.[0];
  return c === 'A' || c === 'B' || c === 'C' ? c : undefined;
}

/** Fund sources that have a figure in any row or total (the columns a table shows by default). */
export function usedSources(p: Procurement): SourceKey[] {
  const keys = new Set<SourceKey>();
  for (const a of [p.total, ...(p.items ?? []).map((i) => i.amounts), ...(p.subtotals ?? []).map((s) => s.amounts)]) {
    for (const k of Object.keys(a?.bySource ?? {}).filter(isSourceKey)) keys.add(k);
  }
  return [...keys];
}

export interface ProcurementSummary {
  total: string;
  count: number;
  byCategory: Array<{ category: ProcurementCategory; amount: string; share?: string }>;
  smeReserved?: string;
  smeShare?: string;
  /** 预留给小型和微型企业, within smeReserved, where the text states it. */
  smallMicroReserved?: string;
}

/**
 * The headline of a procurement budget: the published total (or the sum of its rows), the count of items,
 * amounts and shares by category, and the share reserved for small and medium-sized enterprises. Documents that
 * publish only narrative totals (goods / works / services) give those.
 */
export function summarizeProcurement(p: Procurement): ProcurementSummary | undefined {
  const items = p.items ?? [];
  if (items.length) {
    const digits = Math.max(...items.map((i) => (i.amounts.total ?? '0').split('.')[1]?.length ?? 0));
    const total = p.total?.total ?? items.reduce((s, i) => s.plus(money(i.amounts.total ?? '0')), new Money(0)).toFixed(digits);
    const byCategory = (['A', 'B', 'C'] as const)
      .map((category) => {
        const rows = items.filter((i) => procurementCategory(i) === category);
        if (!rows.length) return undefined;
        const amount = rows.reduce((s, i) => s.plus(money(i.amounts.total ?? '0')), new Money(0)).toFixed(digits);
        const share = percent(amount, total);
        return share === undefined ? { category, amount } : { category, amount, share };
      })
      .filter((x): x is NonNullable<typeof x> => x !== undefined);
    const sme = p.smeReservedTotal;
    const out: ProcurementSummary = { total, count: items.length, byCategory };
    if (sme !== undefined) {
      out.smeReserved = sme;
      const share = percent(sme, total);
      if (share !== undefined) out.smeShare = share;
    }
    return out;
  }
  const s = p.summary;
  if (s?.total === undefined) return undefined;
  const byCategory = (
    [
      ['A', s.goods],
      ['B', s.works],
      ['C', s.services],
    ] as const
  )
    .filter(([, v]) => v !== undefined)
    .map(([category, amount]) => {
      const share = percent(amount!, s.total!);
      return share === undefined ? { category, amount: amount! } : { category, amount: amount!, share };
    });
  const out: ProcurementSummary = { total: s.total, count: 0, byCategory };
  if (s.smeReserved !== undefined) {
    out.smeReserved = s.smeReserved;
    const share = s.smeSharePercent ?? percent(s.smeReserved, s.total);
    if (share !== undefined) out.smeShare = share;
  }
  if (s.smallMicroReserved !== undefined) out.smallMicroReserved = s.smallMicroReserved;
  return out;
}
