import DecimalBase from 'decimal.js';
import type { AmountUnit, DecimalString } from './types.js';

/**
 * The kit's own Decimal constructor. It is a clone, so a host page that calls the global
 * `Decimal.set` (or ships its own decimal.js) cannot change our precision or rounding.
 */
export const Money = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Money = InstanceType<typeof Money>;

export const UNITS: readonly AmountUnit[] = ['元', '万元', '亿元'];

export const UNIT_EXPONENT: Record<AmountUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

const DECIMAL_RE = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** True when `s` is a decimal string as the standard allows ("598.78", "-87.5", "0"). */
export function isDecimalString(s: unknown): s is DecimalString {
  return typeof s === 'string' && DECIMAL_RE.test(s);
}

export function isUnit(u: unknown): u is AmountUnit {
  return typeof u === 'string' && (UNITS as readonly string[]).includes(u);
}

/** Parses a decimal string; throws on anything that is not one. */
export function money(s: DecimalString | Money): Money {
  if (typeof s === 'string' && !DECIMAL_RE.test(s)) throw new TypeError(`not a decimal amount: ${JSON.stringify(s)}`);
  return new Money(s);
}

/** Number of digits after the decimal point as published ("598.78" → 2, "87.5" → 1, "0" → 0). */
export function publishedDecimals(s: DecimalString): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Exact conversion between 元, 万元 and 亿元 (a shift of the decimal point, never a float). */
export function convert(value: Money | DecimalString, from: AmountUnit, to: AmountUnit): Money {
  const v = typeof value === 'string' ? money(value) : value;
  const shift = UNIT_EXPONENT[from] - UNIT_EXPONENT[to];
  return shift === 0 ? v : v.times(new Money(10).pow(shift));
}

/** Sum of decimal strings or Money values. */
export function sum(values: Iterable<Money | DecimalString>): Money {
  let total = new Money(0);
  for (const v of values) total = total.plus(typeof v === 'string' ? money(v) : v);
  return total;
}

export interface FormatOptions {
  /** Unit the value is stated in. */
  from: AmountUnit;
  /** Unit to show; defaults to `from`. */
  to?: AmountUnit;
  /**
   * Digits after the point. Default: the published digits when the unit is unchanged,
   * otherwise 2. Rounding is ROUND_HALF_UP (四舍五入).
   */
  decimals?: number;
  /** Thousands separators (default true). */
  grouping?: boolean;
  /** Append the unit: "598.78万元" (default false). */
  withUnit?: boolean;
  /** Show "+" on positive values (for changes). */
  signed?: boolean;
  /** Language of the unit suffix: zh-CN "万元", en "10k yuan". */
  lang?: 'zh-CN' | 'en';
  /**
   * When converting units without `decimals`: keep every digit the conversion yields (at least two),
   * instead of rounding to two. 34.20万元 in 亿元 is "0.00342", not "0.00".
   */
  exact?: boolean;
}

/**
 * The English words of each unit, in one place: `suffix` follows a figure ("598.78 10k yuan", short, as
 * amounts are read in rows), `name` names the unit in a caption or unit line ("万元 (10,000 yuan)").
 */
export const UNIT_WORDS_EN: Readonly<Record<AmountUnit, { suffix: string; name: string }>> = {
  元: { suffix: 'yuan', name: 'yuan' },
  万元: { suffix: '10k yuan', name: '10,000 yuan' },
  亿元: { suffix: '100m yuan', name: '100 million yuan' },
};

/** Formats an exact amount for display; the string stays exact for the digits shown. */
export function formatAmount(value: Money | DecimalString, opts: FormatOptions): string {
  const to = opts.to ?? opts.from;
  const original = typeof value === 'string' ? value : undefined;
  let decimals = opts.decimals ?? (to === opts.from && original !== undefined ? publishedDecimals(original) : 2);
  if (opts.exact && opts.decimals === undefined && to !== opts.from) {
    decimals = Math.max(2, publishedDecimals(convert(value, opts.from, to).toFixed()));
  }
  // A published string shown as published needs no arithmetic: only separators (the common case, and
  // thousands of times per chart).
  const fixed =
    original !== undefined && to === opts.from && decimals === publishedDecimals(original)
      ? original
      : convert(value, opts.from, to).toFixed(decimals, Money.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [int, frac] = body.split('.');
  const grouped = opts.grouping === false ? int : groupThousands(int);
  const isZero = /^[0.]*$/.test(body);
  const sign = negative && !isZero ? '-' : opts.signed && !isZero ? '+' : '';
  const text = `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
  if (!opts.withUnit) return text;
  return opts.lang === 'en' ? `${text} ${UNIT_WORDS_EN[to].suffix}` : `${text}${to}`;
}

/** "1234567" → "1,234,567", in one pass (a lookahead regex takes time quadratic in the digits). */
function groupThousands(int: string): string {
  const head = int.length % 3 || 3;
  if (int.length <= 3) return int;
  const parts = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
  return parts.join(',');
}

/** Share of `part` in `whole` as a percentage string with `decimals` digits; undefined when whole is 0. */
export function percent(part: Money | DecimalString, whole: Money | DecimalString, decimals = 1): string | undefined {
  if (typeof part === 'string' && typeof whole === 'string') return percentOfStrings(part, whole, decimals);
  const w = typeof whole === 'string' ? money(whole) : whole;
  if (w.isZero()) return undefined;
  const p = typeof part === 'string' ? money(part) : part;
  return p.div(w).times(100).toFixed(decimals, Money.ROUND_HALF_UP);
}

/** Scaled integer of a decimal string: "12.3" at scale 2 → 1230n (exact; for hot loops). */
export function scaled(s: DecimalString, scale: number): bigint {
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const v = BigInt(int + frac.padEnd(scale, '0'));
  return negative ? -v : v;
}

/** The decimal string of a scaled integer: 1230n at scale 2 → "12.30". */
export function unscaled(v: bigint, scale: number): DecimalString {
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

/** percent() for two decimal strings, exactly, in integer arithmetic (fast enough for every arc of a chart). */
function percentOfStrings(part: DecimalString, whole: DecimalString, decimals: number): string | undefined {
  const scale = Math.max(publishedDecimals(part), publishedDecimals(whole));
  const w = scaled(whole, scale);
  if (w === 0n) return undefined;
  const p = scaled(part, scale);
  const unit = 10n ** BigInt(decimals);
  // round half up (away from zero) of p / w × 100 × 10^decimals
  const num = p * 100n * unit;
  const negative = num < 0n !== w < 0n;
  const n = num < 0n ? -num : num;
  const d = w < 0n ? -w : w;
  const q = (2n * n + d) / (2n * d);
  const digits = q.toString().padStart(decimals + 1, '0');
  const text = decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return negative && q !== 0n ? `-${text}` : text;
}

/**
 * An amount in another unit with no more decimals than it was published with (189,767,551.00元 is
 * 18,976.76万元, not 18,976.7551万元), unless that would show a figure that is not zero as zero (34.20万元 in
 * 亿元 is 0.00342亿元, every digit the conversion yields). `rounded` says whether digits were dropped.
 */
export function formatInUnit(
  value: DecimalString,
  from: AmountUnit,
  to: AmountUnit,
  opts: Pick<FormatOptions, 'withUnit' | 'lang' | 'signed'> = {},
): { text: string; rounded: boolean } {
  const exact = formatAmount(value, { ...opts, from, to, exact: true });
  if (to === from) return { text: exact, rounded: false };
  const decimals = publishedDecimals(value);
  const shown = convert(value, from, to).toFixed(decimals, Money.ROUND_HALF_UP);
  if (new Money(shown).isZero() && !money(value).isZero()) return { text: exact, rounded: false };
  const text = formatAmount(value, { ...opts, from, to, decimals });
  return { text, rounded: text !== exact };
}

/** An amount as a reader takes it in at a glance, with the exact published figure beside it. */
export interface ReadableAmount {
  /** "3.72亿元", "598.78万元", "371.51 million yuan". */
  text: string;
  /** The published figure with its unit, exactly: "371,514,655.00元". */
  exact: string;
  /** True when `text` is rounded (the exact figure differs from what is shown). */
  rounded: boolean;
}

const WAN = new Money(10_000);
const YI = new Money(100_000_000);
const MILLION = new Money(1_000_000);
const BILLION = new Money(1_000_000_000);

/**
 * The reader's scale: 亿元 from 1亿元 and 万元 from 1万元 in Chinese, never a smaller unit than the one
 * published (598.78万元 stays 598.78万元; 0.35万元 stays 0.35万元), two decimals when the unit changes. In
 * English, million and billion yuan, or yuan below a million. `exact` is the published figure (in English,
 * exactly in yuan).
 */
export function readableAmount(value: DecimalString, from: AmountUnit, lang: 'zh-CN' | 'en' = 'zh-CN', signed = false): ReadableAmount {
  const yuan = convert(value, from, '元');
  let text: string;
  let exact: string;
  if (lang === 'en') {
    // English readers count in yuan: the published figure in yuan, exactly (598.78万元 is 5,987,800 yuan).
    const digits = Math.max(0, publishedDecimals(value) - UNIT_EXPONENT[from]);
    exact = `${formatAmount(yuan.toFixed(digits), { from: '元', signed })}\u00a0yuan`;
    const big = yuan.abs();
    const [div, word] = big.gte(BILLION) ? [BILLION, 'billion'] : big.gte(MILLION) ? [MILLION, 'million'] : [undefined, ''];
    text = div ? `${formatAmount(yuan.div(div).toFixed(2, Money.ROUND_HALF_UP), { from: '元', signed })}\u00a0${word}\u00a0yuan` : exact;
  } else {
    exact = formatAmount(value, { from, withUnit: true, signed });
    const big = yuan.abs();
    const scale: AmountUnit = big.gte(YI) ? '亿元' : big.gte(WAN) ? '万元' : '元';
    const to = UNIT_EXPONENT[scale] > UNIT_EXPONENT[from] ? scale : from;
    text = to === from ? exact : formatAmount(value, { from, to, decimals: 2, withUnit: true, signed });
  }
  return { text, exact, rounded: text !== exact };
}
