/**
 * A catalog: one region's departments for one fiscal year and phase, each with the URL of its standard
 * budget JSON (schema/catalog.schema.json; docs/catalog.md). `<budget-directory>` reads it; `budget-kit
 * catalog DIR` writes it from a folder of budget files. The headline figures are optional: the command
 * writes them from each file (so that a list of thousands sorts and rolls up without loading them all),
 * and the directory checks them against a file once it has loaded it.
 */
import { LIMITS } from './limits.js';
import type { Lang } from './messages.js';
import { convert, isDecimalString, isUnit, money, publishedDecimals, UNIT_EXPONENT } from './money.js';
import type { AmountUnit, BudgetDocument, DecimalString, Phase } from './types.js';

export const CATALOG_VERSION = '1.0.0';

export interface CatalogCategory {
  /** A 类 code of the functional classification ("201"). */
  code: string;
  name: string;
  /** Its 合计 (the functional table's total column), in the catalog's unit. */
  amount: DecimalString;
}

export interface CatalogDepartment {
  name: string;
  /** The department's code (预算单位编码) where its file states one. */
  code?: string;
  /** URL of its standard budget JSON, relative to the catalog. */
  src: string;
  /** URL of the department's own page on the portal, where there is one. */
  page?: string;
  /** An administrative group between the region and the department (区级部门, 街道, a county of a city). */
  group?: string;
  /**
   * A unit's own budget or final account (单位预算, 单位决算), which its department's also holds: listed, but
   * left out of the roll-ups, which would otherwise count it twice.
   */
  unitBudget?: boolean;
  /** 支出合计, in the catalog's unit. */
  total?: DecimalString;
  /** 财政拨款 (the fiscal appropriation in the expenditure total), in the catalog's unit. */
  fiscal?: DecimalString;
  /** Its 类 totals, in the catalog's unit. */
  categories?: CatalogCategory[];
}

/** Another catalog of the same region: another year or phase. */
export interface CatalogEdition {
  year: number;
  phase: Phase;
  /** URL of that catalog, relative to this one. */
  src: string;
}

export interface Catalog {
  catalogVersion: string;
  region: { name: string; code?: string };
  year: number;
  phase: Phase;
  /** The unit of every figure in the catalog (required when any department has one). */
  unit?: AmountUnit;
  title?: string;
  departments: CatalogDepartment[];
  editions?: CatalogEdition[];
}

// Reading a catalog

/** One problem found in a catalog: where (a JSON path such as `$.departments[3].src`), a stable code, and a message in each language. */
export interface CatalogIssue {
  path: string;
  code: string;
  message: Record<Lang, string>;
}

/** The bounds of the schema, which the hand-written checks below enforce the same way. */
const BOUNDS = { departments: 100_000, editions: 1_000, categories: 1_000, name: 200, code: 500, title: 500, url: 2_000 } as const;

const VERSION_RE = /^1\.\d+\.\d+$/;
const CATEGORY_RE = /^\d{3}$/;
const REGION_CODE_RE = /^[0-9]{6}$/;
const DECIMAL_RE = new RegExp(`^-?(0|[1-9][0-9]{0,${LIMITS.amountIntegerDigits - 1}})(\\.[0-9]{1,${LIMITS.amountFractionDigits}})?$`);

type Params = Record<string, string | number>;

/** The catalog's messages, in both languages (`{name}` is a parameter). The English ones are plain ASCII. */
const MESSAGES: Record<string, Record<Lang, string>> = {
  'catalog.notObject': { 'zh-CN': '目录应为一个 JSON 对象', en: 'a catalog must be a JSON object' },
  'catalog.version': {
    'zh-CN': '不支持的目录版本“{value}”：本工具读取 1.x.y 版',
    en: 'unsupported catalogVersion "{value}": this kit reads version 1.x.y',
  },
  'catalog.required': { 'zh-CN': '缺少必填字段“{field}”', en: 'missing required field "{field}"' },
  'catalog.type': { 'zh-CN': '类型错误：应为{expectedZh}', en: 'wrong type: expected {expected}' },
  'catalog.minLength': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'catalog.maxLength': { 'zh-CN': '文字过长：{length} 个字符，最多 {limit} 个', en: 'text too long: {length} characters, at most {limit}' },
  'catalog.maxItems': { 'zh-CN': '条目过多：{count} 项，最多 {limit} 项', en: 'too many items: {count}, at most {limit}' },
  'catalog.year': {
    'zh-CN': '年度“{value}”无效：应为 1990 至 2100 之间的整数',
    en: 'year "{value}" is invalid: it must be a whole number from 1990 to 2100',
  },
  'catalog.phase': {
    'zh-CN': '阶段“{value}”无效：应为 budget（预算）或 final（决算）',
    en: 'phase "{value}" is invalid: it must be budget or final',
  },
  'catalog.unit': {
    'zh-CN': '金额单位“{value}”无效：应为 元、万元 或 亿元',
    en: 'unit "{value}" is invalid: it must be one of the three unit words of the standard (yuan, 10,000 yuan, 100 million yuan)',
  },
  'catalog.decimal': {
    'zh-CN': '金额“{value}”不是十进制字符串（应如 "598.78"，不带千分位、不用数字类型）',
    en: 'amount {value} is not a decimal string (write it like "598.78": a string, no thousands separators)',
  },
  'catalog.amountDigits': {
    'zh-CN': '金额“{value}”位数过多：整数部分最多 {integer} 位，小数部分最多 {fraction} 位',
    en: 'amount "{value}" has too many digits: at most {integer} before the point and {fraction} after',
  },
  'catalog.regionCode': {
    'zh-CN': '行政区划代码“{value}”无效（应为 6 位数字）',
    en: 'region code "{value}" is invalid (6 digits)',
  },
  'catalog.categoryCode': {
    'zh-CN': '类级功能分类科目编码“{value}”无效（应为 3 位数字）',
    en: 'category code "{value}" is invalid (a functional classification code of 3 digits)',
  },
  'catalog.unitMissing': {
    'zh-CN': '目录列有金额（最先见于 {first}），却没有给出金额单位“unit”',
    en: 'the catalog gives figures (the first at {first}) but no "unit" for them',
  },
  'catalog.duplicateSrc': {
    'zh-CN': '“{value}”与 departments[{index}] 的数据地址相同：每个文件只能列出一次',
    en: '"{value}" is the same data URL as departments[{index}]: each file may be listed once',
  },
  'catalog.duplicateCode': {
    'zh-CN': '部门编码“{value}”与 departments[{index}] 重复：每个部门只能列出一次',
    en: 'department code "{value}" is already used by departments[{index}]: each department may be listed once',
  },
  'catalog.duplicateCategory': {
    'zh-CN': '类级科目“{value}”在该部门中出现了两次',
    en: 'category "{value}" appears twice for this department',
  },
  'catalog.url': { 'zh-CN': '“{value}”不是有效的网址', en: '"{value}" is not a valid address' },
  'catalog.more': { 'zh-CN': '另有 {count} 处错误未列出', en: 'and {count} more errors not listed' },
};

const TYPE_NAMES_ZH: Record<string, string> = { object: '对象', array: '数组', string: '字符串', integer: '整数', boolean: '布尔值（true 或 false）' };

function message(code: string, params: Params): Record<Lang, string> {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  const m = MESSAGES[code]!;
  return { 'zh-CN': fill(m['zh-CN']), en: fill(m.en) };
}

/** A short, bounded rendering of a value for a message. */
function show(v: unknown): string {
  const s = typeof v === 'string' ? v : Array.isArray(v) ? '[…]' : v !== null && typeof v === 'object' ? '{…}' : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The issues found, the first LIMITS.issues of them kept; the rest counted. */
class Issues {
  readonly list: CatalogIssue[] = [];
  total = 0;
  add(path: string, code: string, params: Params = {}): void {
    this.total++;
    if (this.list.length < LIMITS.issues) this.list.push({ path, code, message: message(code, params) });
  }
  /** The list, ending with how many more were found when some were not kept. */
  result(): CatalogIssue[] {
    const more = this.total - this.list.length;
    return more > 0 ? [...this.list, { path: '$', code: 'catalog.more', message: message('catalog.more', { count: more }) }] : this.list;
  }
}

function wrongType(out: Issues, path: string, expected: 'object' | 'array' | 'string' | 'integer' | 'boolean'): void {
  out.add(path, 'catalog.type', { expected, expectedZh: TYPE_NAMES_ZH[expected]! });
}

/** A string field: its type and length (and nothing when it is absent and optional). True when it is a string within bounds. */
function text(out: Issues, obj: Record<string, unknown>, key: string, path: string, opts: { required?: boolean; min?: number; max: number }): boolean {
  const v = obj[key];
  const at = `${path}.${key}`;
  if (v === undefined) {
    if (opts.required) out.add(at, 'catalog.required', { field: key });
    return false;
  }
  if (typeof v !== 'string') {
    wrongType(out, at, 'string');
    return false;
  }
  if (opts.min && v.length < opts.min) {
    out.add(at, 'catalog.minLength');
    return false;
  }
  if (v.length > opts.max) {
    out.add(at, 'catalog.maxLength', { length: v.length, limit: opts.max });
    return false;
  }
  return true;
}

function decimal(out: Issues, v: unknown, path: string): void {
  if (typeof v === 'string' && DECIMAL_RE.test(v)) return;
  if (isDecimalString(v)) out.add(path, 'catalog.amountDigits', { value: show(v), integer: LIMITS.amountIntegerDigits, fraction: LIMITS.amountFractionDigits });
  else out.add(path, 'catalog.decimal', { value: show(v) });
}

function year(out: Issues, obj: Record<string, unknown>, path: string, key: string): void {
  const v = obj[key];
  if (v === undefined) out.add(`${path}.${key}`, 'catalog.required', { field: key });
  else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1990 || v > 2100) out.add(`${path}.${key}`, 'catalog.year', { value: show(v) });
}

function phase(out: Issues, obj: Record<string, unknown>, path: string): void {
  const v = obj.phase;
  if (v === undefined) out.add(`${path}.phase`, 'catalog.required', { field: 'phase' });
  else if (v !== 'budget' && v !== 'final') out.add(`${path}.phase`, 'catalog.phase', { value: show(v) });
}

/** A list field: its type and its bound. The list when its items are worth checking. */
function list(out: Issues, obj: Record<string, unknown>, key: string, path: string, max: number, required = false): unknown[] | undefined {
  const v = obj[key];
  const at = `${path}.${key}`;
  if (v === undefined) {
    if (required) out.add(at, 'catalog.required', { field: key });
    return undefined;
  }
  if (!Array.isArray(v)) {
    wrongType(out, at, 'array');
    return undefined;
  }
  if (v.length > max) {
    // Not one item is looked at: checking a million of them is the cost this bound avoids.
    out.add(at, 'catalog.maxItems', { count: v.length, limit: max });
    return undefined;
  }
  return v;
}

/** The same URL written in two ways ("./a.json" and "a.json") is one file. */
const sameFile = (src: string) => resolveSrc('catalog.json', src);

function checkDepartments(out: Issues, departments: unknown[]): string | undefined {
  let firstFigure: string | undefined;
  const srcs = new Map<string, number>();
  const codes = new Map<string, number>();
  departments.forEach((d, i) => {
    const at = `$.departments[${i}]`;
    if (!isRecord(d)) return wrongType(out, at, 'object');
    text(out, d, 'name', at, { required: true, min: 1, max: BOUNDS.name });
    if (text(out, d, 'src', at, { required: true, min: 1, max: BOUNDS.url }) && !isResolvable(d.src as string)) {
      out.add(`${at}.src`, 'catalog.url', { value: show(d.src) });
    } else if (typeof d.src === 'string' && d.src) {
      const key = sameFile(d.src);
      const first = srcs.get(key);
      if (first === undefined) srcs.set(key, i);
      else out.add(`${at}.src`, 'catalog.duplicateSrc', { value: show(d.src), index: first });
    }
    if (text(out, d, 'code', at, { min: 1, max: BOUNDS.code })) {
      const first = codes.get(d.code as string);
      if (first === undefined) codes.set(d.code as string, i);
      else out.add(`${at}.code`, 'catalog.duplicateCode', { value: show(d.code), index: first });
    }
    if (text(out, d, 'page', at, { min: 1, max: BOUNDS.url }) && !isResolvable(d.page as string)) out.add(`${at}.page`, 'catalog.url', { value: show(d.page) });
    text(out, d, 'group', at, { max: BOUNDS.name });
    if (d.unitBudget !== undefined && typeof d.unitBudget !== 'boolean') wrongType(out, `${at}.unitBudget`, 'boolean');
    for (const key of ['total', 'fiscal'] as const) {
      if (d[key] === undefined) continue;
      firstFigure ??= `${at}.${key}`;
      decimal(out, d[key], `${at}.${key}`);
    }
    const categories = list(out, d, 'categories', at, BOUNDS.categories);
    if (d.categories !== undefined) firstFigure ??= `${at}.categories`;
    const seen = new Set<string>();
    categories?.forEach((c, j) => {
      const cat = `${at}.categories[${j}]`;
      if (!isRecord(c)) return wrongType(out, cat, 'object');
      if (c.code === undefined) out.add(`${cat}.code`, 'catalog.required', { field: 'code' });
      else if (typeof c.code !== 'string' || !CATEGORY_RE.test(c.code)) out.add(`${cat}.code`, 'catalog.categoryCode', { value: show(c.code) });
      else if (seen.has(c.code)) out.add(`${cat}.code`, 'catalog.duplicateCategory', { value: c.code });
      else seen.add(c.code);
      text(out, c, 'name', cat, { required: true, max: BOUNDS.name });
      if (c.amount === undefined) out.add(`${cat}.amount`, 'catalog.required', { field: 'amount' });
      else decimal(out, c.amount, `${cat}.amount`);
    });
  });
  return firstFigure;
}

/**
 * Checks a catalog (already parsed from JSON) against schema/catalog.schema.json by hand, and for what the
 * schema cannot say: a file or a department code listed twice, figures without a unit. Every issue has its
 * JSON path and a message in zh-CN and English; `catalog` is given only when there is none. A catalog of
 * another major version gets that one issue, not a list of everything that differs.
 */
export function parseCatalog(value: unknown): { catalog?: Catalog; issues: CatalogIssue[] } {
  const out = new Issues();
  if (!isRecord(value)) {
    out.add('$', 'catalog.notObject');
    return { issues: out.result() };
  }
  const version = value.catalogVersion;
  if (version === undefined) out.add('$.catalogVersion', 'catalog.required', { field: 'catalogVersion' });
  else if (typeof version !== 'string' || !VERSION_RE.test(version)) {
    out.add('$.catalogVersion', 'catalog.version', { value: show(version) });
    return { issues: out.result() };
  }
  const region = value.region;
  if (region === undefined) out.add('$.region', 'catalog.required', { field: 'region' });
  else if (!isRecord(region)) wrongType(out, '$.region', 'object');
  else {
    text(out, region, 'name', '$.region', { required: true, min: 1, max: BOUNDS.name });
    if (region.code !== undefined && (typeof region.code !== 'string' || !REGION_CODE_RE.test(region.code)))
      out.add('$.region.code', 'catalog.regionCode', { value: show(region.code) });
  }
  year(out, value, '$', 'year');
  phase(out, value, '$');
  if (value.unit !== undefined && !isUnit(value.unit)) out.add('$.unit', 'catalog.unit', { value: show(value.unit) });
  text(out, value, 'title', '$', { max: BOUNDS.title });
  const departments = list(out, value, 'departments', '$', BOUNDS.departments, true);
  const firstFigure = departments ? checkDepartments(out, departments) : undefined;
  if (firstFigure !== undefined && value.unit === undefined) out.add('$.unit', 'catalog.unitMissing', { first: firstFigure });
  list(out, value, 'editions', '$', BOUNDS.editions)?.forEach((e, i) => {
    const at = `$.editions[${i}]`;
    if (!isRecord(e)) return wrongType(out, at, 'object');
    year(out, e, at, 'year');
    phase(out, e, at);
    text(out, e, 'src', at, { required: true, min: 1, max: BOUNDS.url });
  });
  const issues = out.result();
  return issues.length ? { issues } : { catalog: value as unknown as Catalog, issues };
}

// Links

/** A stable key for a department in links and events: its code where it has one, else its src. */
export function departmentKey(d: CatalogDepartment): string {
  return d.code ? d.code : d.src;
}

/** A URL with a scheme ("https:", "data:"). */
const ABSOLUTE_RE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `src` resolved against the catalog's URL, as a browser would resolve it against the catalog file. An
 * absolute catalog URL gives an absolute URL; a relative one (`data/catalog/x.json`, `/data/x.json`) gives a
 * path relative in the same way, so that the result still resolves against the page: `../a.json` from
 * `data/catalog/x.json` is `data/a.json`, and from `x.json` stays `../a.json`. An address that is no URL at all
 * (`http://[bad`) is returned as written, never thrown: the loader then says what is wrong with it.
 */
export function resolveSrc(catalogUrl: string, src: string): string {
  try {
    return resolveOrThrow(catalogUrl, src);
  } catch {
    return src;
  }
}

/** Whether `src` is an address a browser can resolve at all. */
export function isResolvable(src: string): boolean {
  try {
    if (ABSOLUTE_RE.test(src)) new URL(src);
    else new URL(src, 'http://catalog.invalid/');
    return true;
  } catch {
    return false;
  }
}

function resolveOrThrow(catalogUrl: string, src: string): string {
  if (ABSOLUTE_RE.test(catalogUrl)) return new URL(src, catalogUrl).href;
  if (ABSOLUTE_RE.test(src)) return new URL(src).href;
  // A network-path reference ("//host/…") keeps the scheme of whatever page reads it.
  if (catalogUrl.startsWith('//')) return new URL(src, `http:${catalogUrl}`).href.slice('http:'.length);
  if (src.startsWith('//')) return src;
  const split = (url: string): [path: string, rest: string] => {
    const at = url.search(/[?#]/);
    return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  };
  const [srcPath, srcRest] = split(src.replace(/\\/g, '/'));
  const [basePath, baseRest] = split(catalogUrl.replace(/\\/g, '/'));
  if (srcPath === '') {
    // "" or "#x" or "?q": the catalog itself, with the new query or fragment.
    return srcRest.startsWith('?') ? `${basePath}${srcRest}` : `${basePath}${baseRest.replace(/#.*$/, '')}${srcRest}`;
  }
  const joined = srcPath.startsWith('/') ? srcPath : `${basePath.slice(0, basePath.lastIndexOf('/') + 1)}${srcPath}`;
  // Dot segments are removed as a browser removes them, except that a relative path keeps the ".." that
  // climb above its start: they are for the page to resolve.
  const rooted = joined.startsWith('/');
  const parts = (rooted ? joined.slice(1) : joined).split('/');
  const segments: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || part === '..') {
      if (part === '..') {
        if (segments.length && segments[segments.length - 1] !== '..') segments.pop();
        else if (!rooted) segments.push('..');
      }
      // "a/." and "a/.." name a folder: the result ends with a slash.
      if (i === parts.length - 1) segments.push('');
    } else segments.push(part);
  });
  const path = `${rooted ? '/' : ''}${segments.join('/')}`;
  return `${path === '' ? './' : path}${srcRest}`;
}

// Headline figures

/** An amount restated exactly in another unit: every digit kept (31214205.80元 is 3121.420580万元), never a float. */
function restate(value: DecimalString, from: AmountUnit, to: AmountUnit): DecimalString | undefined {
  const digits = Math.max(0, publishedDecimals(value) + UNIT_EXPONENT[to] - UNIT_EXPONENT[from]);
  let text = convert(value, from, to).toFixed(digits);
  // Past the standard's 10 decimals, the published trailing zeros go; a figure that still needs more has no exact place in a catalog.
  if (digits > LIMITS.amountFractionDigits) text = money(text).toFixed();
  return DECIMAL_RE.test(text) ? text : undefined;
}

/**
 * A department's headline figures for a catalog, restated exactly from the file's unit into `unit`: its
 * 支出合计 (`expenditure.total`, else the functional table's total), its 财政拨款 (the functional table's
 * fiscal column, where published) and the 合计 of each 类 (3-digit code) of the functional classification.
 * A figure that cannot be written exactly within the standard's 10 decimals (a 元 amount with three
 * decimals, restated in 亿元) is left out rather than rounded.
 */
export function headlineOf(doc: BudgetDocument, unit: AmountUnit): { total?: DecimalString; fiscal?: DecimalString; categories: CatalogCategory[] } {
  const from = doc.meta.unit;
  const total = doc.expenditure.total ?? doc.expenditure.functionalTotal?.total;
  const fiscal = doc.expenditure.functionalTotal?.bySource?.fiscal;
  const totalIn = total !== undefined ? restate(total, from, unit) : undefined;
  const fiscalIn = fiscal !== undefined ? restate(fiscal, from, unit) : undefined;
  const categories: CatalogCategory[] = [];
  for (const item of doc.expenditure.functional) {
    if (!CATEGORY_RE.test(item.code) || item.amounts.total === undefined) continue;
    const amount = restate(item.amounts.total, from, unit);
    if (amount !== undefined) categories.push({ code: item.code, name: item.name, amount });
  }
  return { ...(totalIn !== undefined ? { total: totalIn } : {}), ...(fiscalIn !== undefined ? { fiscal: fiscalIn } : {}), categories };
}
