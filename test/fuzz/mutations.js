// Deterministic mutations of the two real budget files, for the fuzz suite of issue 13.
//
// Plain ES module JavaScript (types in mutations.d.ts), imported by the browser suite
// (test/fuzz/elements.fuzz.test.ts), the CLI suite (test/node/fuzz-validate.test.mjs) and the long-task
// bench (bench/fuzz-tasks.mjs). It only takes the parsed seed documents: the browser fetches them, node
// reads them. The same seeds and the same PRNG seed always give the same mutations, in the same order.
//
// Every mutation is either a `value` (a JSON value: JSON.parse(serialize(value)) is the same value,
// own `__proto__` keys included) or a `text` (a JSON text, broken or not). Each carries what the kit must
// make of it (`expect`), following the bounds of src/model/limits.ts (mirrored in FUZZ_LIMITS below):
//   render: a valid document, the widget renders;
//   error/schema: a schema error whose listed problems include `path` or a path under it;
//   error/json: the text is not JSON;
//   any: either, but an error must still name a path under `path`.
// Unchanged parts are shared with the seed and between mutations (copy on write along the changed path):
// nothing here, and nothing in the kit, may modify a mutation.

/** The bounds the expectations assume (a copy of the relevant part of src/model/limits.ts). */
export const FUZZ_LIMITS = Object.freeze({
  amountIntegerDigits: 20,
  amountFractionDigits: 10,
  nameLength: 500,
  textLength: 20_000,
  arrayItems: 100_000,
  depth: 32,
  issues: 200,
});

/** The real files the mutations start from, by the name used in mutation ids. */
export const SEED_FILES = Object.freeze({
  xushui: 'data/xushui-administrative-approval-2024.json',
  shanghai: 'data/shanghai-putuo-commerce-2025.json',
});

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JSON path as the validator writes it: `$.a.b[3]`, `$["not an identifier"]`, long keys clipped. */
export function jsonPath(segments) {
  let out = '$';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= 60) out += `.${key}`;
    else out += `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}…` : key)}]`;
  }
  return out;
}

/** True when `path` is `prefix` or a path under it (`$.a` covers `$.a`, `$.a.b`, `$.a[0]`, not `$.ab`). */
export function pathCovers(prefix, path) {
  return path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '[' || prefix === '$'));
}

/**
 * JSON text of a value. JSON.stringify recurses and throws on deep nesting (5,000 levels in V8), so
 * deeper values are written by an explicit stack instead.
 */
export function serialize(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
  }
  const out = [];
  // Each frame: [container, keys or null for arrays, next index]
  const stack = [];
  const open = (v) => {
    if (v === null || typeof v !== 'object') {
      out.push(v === undefined ? 'null' : JSON.stringify(v));
      return;
    }
    if (Array.isArray(v)) {
      out.push('[');
      stack.push([v, null, 0]);
    } else {
      out.push('{');
      stack.push([v, Object.keys(v).filter((k) => v[k] !== undefined), 0]);
    }
  };
  open(value);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const [v, keys, i] = frame;
    const n = keys ? keys.length : v.length;
    if (i === n) {
      out.push(keys ? '}' : ']');
      stack.pop();
      continue;
    }
    frame[2] = i + 1;
    if (i > 0) out.push(',');
    if (keys) {
      out.push(JSON.stringify(keys[i]), ':');
      open(v[keys[i]]);
    } else open(v[i]);
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------------
// Paths and copy-on-write edits

function parsePattern(pattern) {
  if (!pattern) return [];
  return pattern
    .replace(/\[(\*|\d+)\]/g, '.$1')
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** Every concrete path matching a pattern such as `projects[*].schedule[*].percent` or `income.bySource.*`. */
function expand(root, pattern) {
  let frontier = [[[], root]];
  for (const seg of parsePattern(pattern)) {
    const next = [];
    for (const [path, v] of frontier) {
      if (v === null || typeof v !== 'object') continue;
      if (seg === '*') {
        if (Array.isArray(v)) v.forEach((x, i) => next.push([[...path, i], x]));
        else for (const k of Object.keys(v)) next.push([[...path, k], v[k]]);
      } else if (Array.isArray(v) ? typeof seg === 'number' && seg < v.length : typeof seg === 'string' && hasOwn(v, seg)) {
        next.push([[...path, seg], v[seg]]);
      }
    }
    frontier = next;
  }
  return frontier.map(([p]) => p);
}

function getIn(root, path) {
  let v = root;
  for (const k of path) v = v == null ? undefined : hasOwn(v, k) ? v[k] : undefined;
  return v;
}

function defineOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

const shallow = (v) => (Array.isArray(v) ? v.slice() : { ...v });

/** A copy of `root` with the value at `path` replaced (keys such as `__proto__` become own properties). */
function setIn(root, path, value) {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = shallow(root);
  const child = setIn(hasOwn(root, head) ? root[head] : {}, rest, value);
  if (Array.isArray(copy)) copy[head] = child;
  else defineOwn(copy, head, child);
  return copy;
}

function updateIn(root, path, fn) {
  return setIn(root, path, fn(getIn(root, path)));
}

/** A copy of `root` without the field (or array item) at `path`. */
function removeIn(root, path) {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1];
  return updateIn(root, parent, (p) => {
    const copy = shallow(p);
    if (Array.isArray(copy)) copy.splice(key, 1);
    else delete copy[key];
    return copy;
  });
}

/** An object whose keys are in the order given, each an own property (`__proto__` too). */
function objectOf(entries) {
  const o = {};
  for (const [k, v] of entries) defineOwn(o, k, v);
  return o;
}

function nestArrays(inner, levels) {
  let v = inner;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

function nestObjects(key, inner, levels) {
  let v = inner;
  for (let i = 0; i < levels; i++) v = { [key]: v };
  return v;
}

/** A JSON text of `doc` with the value at `path` written as the raw JSON `raw` (e.g. a number 1e400). */
function withRaw(doc, path, raw) {
  const marker = '\u0000raw-token\u0000';
  const text = serialize(setIn(doc, path, marker));
  const quoted = JSON.stringify(marker);
  const at = text.indexOf(quoted);
  return text.slice(0, at) + raw + text.slice(at + quoted.length);
}

// ---------------------------------------------------------------------------------------------------
// Expectations

const RENDER = Object.freeze({ outcome: 'render' });
const JSON_ERROR = Object.freeze({ outcome: 'error', kind: 'json' });
const schemaAt = (path) => ({ outcome: 'error', kind: 'schema', path: typeof path === 'string' ? path : jsonPath(path) });
const anyAt = (path) => ({ outcome: 'any', path: typeof path === 'string' ? path : jsonPath(path) });

// ---------------------------------------------------------------------------------------------------
// What the mutations aim at

const AMOUNT_PATHS = [
  'income.total',
  'income.bySource.*',
  'expenditure.total',
  'expenditure.currentYear',
  'expenditure.functionalTotal.total',
  'expenditure.functional[*].amounts.total',
  'expenditure.functional[*].amounts.bySource.*',
  'expenditure.functional[*].amounts.byType.*',
  'expenditure.economic.items[*].amounts.total',
  'expenditure.economic.items[*].amounts.byCostKind.*',
  'threePublic.items[*].amounts.total',
  'operatingCosts.total',
  'operatingCosts.items[*].amount',
  'projects[*].budget.total',
  'projects[*].budget.fiscal',
  'procurement.items[*].amounts.total',
  'procurement.items[*].unitPrice',
  'procurement.summary.*',
  'changes[*].change',
  'assets.fixedAssetsValue',
];

const TYPE_TARGETS = [
  { kind: 'amount', type: 'string', patterns: [...AMOUNT_PATHS, 'projects[*].schedule[*].percent'] },
  {
    kind: 'enum',
    type: 'string',
    patterns: [
      'meta.unit',
      'meta.phase',
      'meta.region.level',
      'tables[*].kind',
      'tables[*].unit',
      'threePublic.items[*].key',
      'threePublic.unit',
      'expenditure.economic.type',
      'expenditure.economic.source',
      'changes[*].unit',
      'tables[*].incomeLines[*]',
    ],
  },
  {
    kind: 'code',
    type: 'string',
    patterns: [
      'schemaVersion',
      'expenditure.functional[*].code',
      'expenditure.economic.items[*].code',
      'meta.region.code',
      'operatingCosts.items[*].economicCode',
      'procurement.items[*].catalogCode',
      'assets.asOf',
    ],
  },
  {
    kind: 'name',
    type: 'string',
    patterns: [
      'meta.department.name',
      'meta.title',
      'expenditure.functional[*].name',
      'expenditure.economic.items[*].name',
      'projects[*].name',
      'projects[*].code',
      'glossary[*].term',
      'narrative[*].title',
      'organization[*].name',
      'changes[*].subject',
      'tables[*].title',
      'procurement.items[*].item',
      'threePublic.items[*].name',
      'projects[*].indicators[*].name',
    ],
  },
  {
    kind: 'text',
    type: 'string',
    patterns: [
      'narrative[*].paragraphs[*]',
      'glossary[*].definition',
      'projects[*].purpose',
      'projects[*].goals[*]',
      'performance.overall',
      'performance.measures[*]',
      'procurement.note',
      'assets.note',
      'changes[*].reason',
      'projects[*].indicators[*].target.text',
      'organization[*].note',
    ],
  },
  {
    kind: 'integer',
    type: 'integer',
    patterns: ['meta.fiscalYear', 'projects[*].schedule[*].month', 'tables[*].number', 'assets.vehicles', 'assets.plannedVehicles'],
  },
  { kind: 'boolean', type: 'boolean', patterns: ['organization[*].separateBudget', 'tables[*].serial', 'tables[*].columnNumbers', 'tables[*].allCategories'] },
  {
    kind: 'array',
    type: 'array',
    patterns: [
      'expenditure.functional',
      'expenditure.economic.items',
      'projects',
      'narrative',
      'narrative[*].paragraphs',
      'glossary',
      'tables',
      'changes',
      'organization',
      'threePublic.items',
      'projects[*].indicators',
      'projects[*].schedule',
      'performance.goals',
      'procurement.items',
      'tables[*].incomeLines',
    ],
  },
  {
    kind: 'object',
    type: 'object',
    patterns: [
      'meta',
      'income',
      'expenditure',
      'meta.department',
      'meta.region',
      'income.bySource',
      'expenditure.economic',
      'expenditure.functional[*].amounts',
      'expenditure.functionalTotal.bySourceType',
      'threePublic',
      'procurement',
      'assets',
      'narrative[*]',
      'glossary[*]',
      'projects[*].budget',
      'projects[*].indicators[*].target',
    ],
  },
];

const TYPES = ['string', 'number', 'null', 'array', 'object', 'boolean'];

/** A value of `type` standing where a value of `own` type was (each one a common publishing mistake). */
function wrongValue(type, own, current) {
  switch (type) {
    case 'string':
      return own === 'array' || own === 'object' ? serialize(current).slice(0, 40) : String(current);
    case 'number':
      if (own === 'integer') return current + 0.5;
      if (own === 'string') return Number.isFinite(Number(current)) && current !== '' ? Number(current) : 1;
      return own === 'boolean' ? 1 : 0;
    case 'null':
      return null;
    case 'array':
      return [current];
    case 'object':
      return { value: current };
    case 'boolean':
      return true;
  }
  throw new Error(type);
}

const REQUIRED = [
  'schemaVersion',
  'meta',
  'income',
  'expenditure',
  'meta.department',
  'meta.fiscalYear',
  'meta.phase',
  'meta.unit',
  'meta.department.name',
  'income.total',
  'income.bySource',
  'expenditure.total',
  'expenditure.functional',
  'expenditure.functional[*].code',
  'expenditure.functional[*].name',
  'expenditure.economic.items',
  'expenditure.economic.items[*].code',
  'threePublic.items[*].key',
  'operatingCosts.total',
  'projects[*].name',
  'projects[*].budget.total',
  'projects[*].schedule[*].month',
  'projects[*].indicators[*].target.text',
  'performance.goals[*].title',
  'procurement.items[*].item',
  'changes[*].change',
  'glossary[*].definition',
  'tables[*].kind',
];
/** The required fields tried on the second seed (the first tries them all). */
const REQUIRED_SHORT = [
  'schemaVersion',
  'meta.unit',
  'meta.department.name',
  'income.bySource',
  'expenditure.functional[*].code',
  'expenditure.economic.items[*].amounts',
  'threePublic.items[*].key',
  'tables[*].kind',
];

const OPTIONAL_SECTIONS = ['projects', 'expenditure.economic', 'tables'];

const AMOUNT_VALUES = [
  // [slug, value, valid]
  ['400-digits', '1'.repeat(400), false],
  ['40000-digits', '9'.repeat(40_000), false],
  ['40000-fraction-digits', `0.${'1'.repeat(40_000)}`, false],
  ['41-significant-digits', '12345678901234567890.123456789012345678901', false],
  ['21-integer-digits', `1${'0'.repeat(20)}`, false],
  ['11-fraction-digits', '0.12345678901', false],
  ['exponent', '5.9878e2', false],
  ['exponent-huge', '1e400', false],
  ['NaN', 'NaN', false],
  ['Infinity', 'Infinity', false],
  ['leading-zeros', '007', false],
  ['full-width', '５９８．７８', false],
  ['arabic-indic-digits', '٥٩٨', false],
  ['plus-sign', '+598.78', false],
  ['unicode-minus', '\u22125', false],
  ['leading-space', ' 598.78', false],
  ['thousands-separator', '1,598.78', false],
  ['dot-last', '5.', false],
  ['-0', '-0', true],
  ['-0.00', '-0.00', true],
  ['negative', '-598.78', true],
  ['largest', '99999999999999999999.9999999999', true],
  ['smallest', '-99999999999999999999.9999999999', true],
  ['tiniest', '0.0000000001', true],
];
const AMOUNT_VALUES_SHORT = ['400-digits', '40000-digits', '41-significant-digits', 'exponent', 'NaN', 'full-width', '-0', 'largest'];

const PERCENT_VALUES = [
  ['-1', '-1', false],
  ['-0', '-0', false],
  ['100.5', '100.5', false],
  ['101', '101', false],
  ['100.01', '100.01', false],
  ['11-fraction-digits', '0.12345678901', false],
  ['exponent', '1e2', false],
  ['NaN', 'NaN', false],
  ['empty', '', false],
  ['100', '100', true],
  ['0', '0', true],
  ['100.0', '100.0', true],
  ['99.9999999999', '99.9999999999', true],
];

const MONTH_VALUES = [
  ['0', 0],
  ['13', 13],
  ['fraction', 3.5],
  ['string', '3'],
];

// ---------------------------------------------------------------------------------------------------

/**
 * The mutations of the given seeds (parsed JSON, by name: `{ xushui, shanghai }`), in a fixed order.
 * The first seed gets the full set, the others a shorter one.
 */
export function generateMutations(seeds, options = {}) {
  const rng = mulberry32(options.seed ?? 13);
  const pick = (xs) => xs[Math.floor(rng() * xs.length)];
  const out = [];
  const ids = new Set();
  const add = (m) => {
    if (ids.has(m.id)) throw new Error(`duplicate mutation id ${m.id}`);
    if ((m.value === undefined) === (m.text === undefined)) throw new Error(`${m.id}: exactly one of value and text`);
    ids.add(m.id);
    out.push(Object.freeze(m));
  };
  const names = Object.keys(seeds);
  names.forEach((name, index) => {
    const doc = seeds[name];
    if (!doc || typeof doc !== 'object') throw new Error(`seed ${name} is not a parsed document`);
    const full = index === 0;
    const ctx = { name, doc, full, rng, pick, add, text: serialize(doc) };
    control(ctx);
    wrongTypes(ctx);
    if (full) rootTypes(ctx);
    missing(ctx);
    optional(ctx);
    hugeStrings(ctx);
    amounts(ctx);
    percents(ctx);
    duplicates(ctx);
    deep(ctx);
    prototypeKeys(ctx);
    unicode(ctx);
    empties(ctx);
    brokenText(ctx);
    boms(ctx);
    longArrays(ctx);
    if (full) large(ctx);
  });
  return out;
}

function m(ctx, category, slug, description, body) {
  ctx.add({ id: `${ctx.name}:${category}:${slug}`, seed: ctx.name, category, description, ...body });
}

function control(ctx) {
  m(ctx, 'control', 'identity', 'the seed itself, unchanged (a control)', { value: ctx.doc, expect: RENDER });
}

function wrongTypes(ctx) {
  for (const target of TYPE_TARGETS) {
    const candidates = target.patterns.flatMap((p) => expand(ctx.doc, p));
    if (!candidates.length) continue;
    let types = TYPES.filter((t) => t !== target.type && !(t === 'string' && target.type === 'string'));
    if (target.type === 'integer') types = TYPES; // "number" is a fraction there
    if (!ctx.full) types = types.filter(() => ctx.rng() < 0.3);
    for (const type of types) {
      const path = ctx.pick(candidates);
      const p = jsonPath(path);
      const value = wrongValue(type, target.type, getIn(ctx.doc, path));
      m(
        ctx,
        'type',
        `${target.kind}->${type}@${p}`,
        `${target.kind} at ${p} (${target.type}) replaced by a ${type === 'number' && target.type === 'integer' ? 'fraction' : type}`,
        {
          value: setIn(ctx.doc, path, value),
          expect: schemaAt(p),
        },
      );
    }
  }
}

function rootTypes(ctx) {
  for (const [slug, text] of [
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"预算"'],
    ['number', '598.78'],
    ['boolean', 'true'],
  ]) {
    m(ctx, 'type', `root->${slug}`, `the whole file is ${text}`, { text, expect: schemaAt('$') });
  }
  m(ctx, 'type', 'root->wrapped-in-array', 'the document wrapped in an array', { value: [ctx.doc], expect: schemaAt('$') });
  m(ctx, 'type', 'root->empty-object', 'the whole file is {}', { text: '{}', expect: schemaAt('$') });
}

function missing(ctx) {
  for (const pattern of ctx.full ? REQUIRED : REQUIRED_SHORT) {
    const candidates = expand(ctx.doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    const p = jsonPath(path);
    m(ctx, 'missing', p, `required field ${p} deleted`, { value: removeIn(ctx.doc, path), expect: schemaAt(p) });
  }
}

function optional(ctx) {
  const d = ctx.doc;
  const minimal = {
    schemaVersion: d.schemaVersion,
    meta: { department: { name: d.meta.department.name }, fiscalYear: d.meta.fiscalYear, phase: d.meta.phase, unit: d.meta.unit },
    income: { total: d.income.total, bySource: d.income.bySource },
    expenditure: { total: d.expenditure.total, functional: d.expenditure.functional },
  };
  m(ctx, 'optional', 'minimal', 'only the required fields', { value: minimal, expect: RENDER });
  if (!ctx.full) return;
  for (const pattern of OPTIONAL_SECTIONS) {
    for (const path of expand(d, pattern)) {
      m(ctx, 'optional', jsonPath(path), `optional ${jsonPath(path)} deleted`, { value: removeIn(d, path), expect: RENDER });
    }
  }
}

function hugeStrings(ctx) {
  const { doc, full } = ctx;
  const huge = '名称'.repeat(8001); // 16,002 characters
  const names = full
    ? [
        'meta.department.name',
        'meta.title',
        'expenditure.functional[*].name',
        'expenditure.economic.items[*].name',
        'projects[*].name',
        'glossary[*].term',
        'narrative[*].title',
        'procurement.items[*].item',
      ]
    : ['meta.department.name', 'expenditure.functional[*].name'];
  for (const pattern of names) {
    const candidates = expand(doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    m(ctx, 'huge-string', `name-16002@${jsonPath(path)}`, `a 16,002-character name at ${jsonPath(path)}`, {
      value: setIn(doc, path, huge),
      expect: schemaAt(path),
    });
  }
  if (!full) return;
  const one = (pattern) => ctx.pick(expand(doc, pattern));
  const cases = [
    ['name-500', 'meta.department.name', 'x'.repeat(500), true],
    ['name-501', 'expenditure.functional[*].name', '支'.repeat(501), false],
    ['text-20000', 'narrative[*].paragraphs[*]', '文'.repeat(20_000), true],
    ['text-20001', 'narrative[*].paragraphs[*]', '文'.repeat(20_001), false],
    ['text-1000000', 'glossary[*].definition', 'x'.repeat(1_000_000), false],
    ['code-16000', 'expenditure.functional[*].code', '2'.repeat(16_000), false],
    ['unit-16000', 'meta.unit', '万元'.repeat(8000), false],
    ['schema-version-16000', 'schemaVersion', `1.0.${'0'.repeat(16_000)}`, 'any'],
  ];
  for (const [slug, pattern, value, valid] of cases) {
    const path = one(pattern);
    m(ctx, 'huge-string', `${slug}@${jsonPath(path)}`, `${value.length.toLocaleString('en')} characters at ${jsonPath(path)}`, {
      value: setIn(doc, path, value),
      expect: valid === 'any' ? anyAt(path) : valid ? RENDER : schemaAt(path),
    });
  }
  const longKey = 'k'.repeat(16_000);
  m(ctx, 'huge-string', 'unknown-key-16000@$.meta', 'an unknown field of meta with a 16,000-character name', {
    value: updateIn(doc, ['meta'], (meta) => objectOf([...Object.entries(meta), [longKey, 1]])),
    expect: RENDER,
  });
  m(ctx, 'huge-string', 'source-key-16000@$.income.bySource', 'a 16,000-character fund source key', {
    value: updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), [longKey, '1']])),
    expect: schemaAt(['income', 'bySource', longKey]),
  });
}

function amounts(ctx) {
  const { doc, full } = ctx;
  const candidates = AMOUNT_PATHS.flatMap((p) => expand(doc, p));
  const values = full ? AMOUNT_VALUES : AMOUNT_VALUES.filter(([slug]) => AMOUNT_VALUES_SHORT.includes(slug));
  for (const [slug, value, valid] of values) {
    const path = ctx.pick(candidates);
    const p = jsonPath(path);
    m(ctx, 'amount', `${slug}@${p}`, `amount ${p} = ${JSON.stringify(value.length > 30 ? `${value.slice(0, 24)}…(${value.length} chars)` : value)}`, {
      value: setIn(doc, path, value),
      expect: valid ? RENDER : schemaAt(p),
    });
  }
  if (!full) return;
  // Amounts written as JSON numbers (which a parser turns into doubles, or Infinity)
  for (const [slug, raw] of [
    ['number-1e400', '1e400'],
    ['number-40000-digits', '9'.repeat(40_000)],
    ['number', '598.78'],
  ]) {
    const path = ctx.pick(candidates);
    const p = jsonPath(path);
    m(ctx, 'amount', `${slug}@${p}`, `amount ${p} written as the JSON number ${raw.length > 20 ? `${raw.slice(0, 10)}…(${raw.length} digits)` : raw}`, {
      text: withRaw(doc, path, raw),
      expect: schemaAt(p),
    });
  }
}

function percents(ctx) {
  const { doc, full } = ctx;
  const withPercent = expand(doc, 'projects[*].schedule[*].percent');
  const points = expand(doc, 'projects[*].schedule[*]');
  if (points.length) {
    for (const [slug, value, valid] of full ? PERCENT_VALUES : PERCENT_VALUES.slice(0, 6)) {
      const path = withPercent.length && ctx.rng() < 0.8 ? ctx.pick(withPercent) : [...ctx.pick(points), 'percent'];
      m(ctx, 'percent', `${slug}@${jsonPath(path)}`, `schedule percent ${jsonPath(path)} = ${JSON.stringify(value)}`, {
        value: setIn(doc, path, value),
        expect: valid ? RENDER : schemaAt(path),
      });
    }
    for (const [slug, value] of full ? MONTH_VALUES : MONTH_VALUES.slice(0, 2)) {
      const path = [...ctx.pick(points), 'month'];
      m(ctx, 'percent', `month-${slug}@${jsonPath(path)}`, `schedule month ${jsonPath(path)} = ${JSON.stringify(value)}`, {
        value: setIn(doc, path, value),
        expect: schemaAt(path),
      });
    }
  }
  if (doc.procurement?.summary) {
    const path = ['procurement', 'summary', 'smeSharePercent'];
    for (const [slug, value, valid] of [
      ['150', '150', false],
      ['-5', '-5', false],
      ['100.5', '100.5', false],
      ['50', '50', true],
    ]) {
      m(ctx, 'percent', `sme-${slug}@${jsonPath(path)}`, `procurement SME share = ${JSON.stringify(value)}`, {
        value: setIn(doc, path, value),
        expect: valid ? RENDER : schemaAt(path),
      });
    }
  }
}

function duplicates(ctx) {
  const { doc, full } = ctx;
  const fn = doc.expenditure.functional;
  const dupAfter = (arrPath, i) => updateIn(doc, arrPath, (a) => [...a.slice(0, i + 1), a[i], ...a.slice(i + 1)]);
  {
    const i = Math.floor(ctx.rng() * fn.length);
    m(ctx, 'duplicate', `functional[${i}]`, `functional item ${i} (${fn[i].code}) listed twice`, {
      value: dupAfter(['expenditure', 'functional'], i),
      expect: schemaAt(`$.expenditure.functional[${i + 1}].code`),
    });
  }
  const eco = doc.expenditure.economic?.items;
  if (eco?.length) {
    const i = Math.floor(ctx.rng() * eco.length);
    m(ctx, 'duplicate', `economic[${i}]`, `economic item ${i} (${eco[i].code}) listed twice`, {
      value: dupAfter(['expenditure', 'economic', 'items'], i),
      expect: schemaAt(`$.expenditure.economic.items[${i + 1}].code`),
    });
  }
  // ~100,000 functional codes, all but the real ones the same code: at the item limit, and one over it.
  const small = { code: fn[0].code, name: 'x', amounts: {} };
  const many = (n) => [...fn, ...new Array(n - fn.length).fill(small)];
  m(ctx, 'duplicate', 'functional-100000', `100,000 functional items, ${(100_000 - fn.length).toLocaleString('en')} of them repeating code ${fn[0].code}`, {
    value: setIn(doc, ['expenditure', 'functional'], many(FUZZ_LIMITS.arrayItems)),
    expect: schemaAt(`$.expenditure.functional[${fn.length}].code`),
  });
  if (!full) return;
  m(ctx, 'duplicate', 'functional-100001', '100,001 functional items (one over the limit)', {
    value: setIn(doc, ['expenditure', 'functional'], many(FUZZ_LIMITS.arrayItems + 1)),
    expect: schemaAt('$.expenditure.functional'),
  });
  if (eco?.length) {
    const e = { code: eco[0].code, name: 'x', amounts: {} };
    m(ctx, 'duplicate', 'economic-100000', `100,000 economic items repeating code ${eco[0].code}`, {
      value: setIn(doc, ['expenditure', 'economic', 'items'], [...eco, ...new Array(FUZZ_LIMITS.arrayItems - eco.length).fill(e)]),
      expect: schemaAt(`$.expenditure.economic.items[${eco.length}].code`),
    });
  }
  if (doc.projects?.length) {
    const i = Math.floor(ctx.rng() * doc.projects.length);
    m(ctx, 'duplicate', `project[${i}]`, `project ${i} listed twice`, { value: dupAfter(['projects'], i), expect: schemaAt(`$.projects[${i + 1}].code`) });
    m(ctx, 'duplicate', 'project-500', 'one project listed 500 times (the same object)', {
      value: setIn(doc, ['projects'], new Array(500).fill(doc.projects[0])),
      expect: schemaAt('$.projects[1].code'),
    });
  }
  for (const arr of ['glossary', 'tables']) {
    const items = doc[arr];
    if (!items?.length) continue;
    const i = Math.floor(ctx.rng() * items.length);
    m(ctx, 'duplicate', `${arr}[${i}]`, `${arr} entry ${i} listed twice`, { value: dupAfter([arr], i), expect: RENDER });
  }
  if (doc.threePublic?.items?.length) {
    const i = Math.floor(ctx.rng() * doc.threePublic.items.length);
    m(ctx, 'duplicate', `threePublic.items[${i}]`, `三公 item ${doc.threePublic.items[i].key} listed twice`, {
      value: dupAfter(['threePublic', 'items'], i),
      expect: anyAt('$.threePublic'),
    });
  }
  if (doc.procurement?.items?.length) {
    const items = doc.procurement.items;
    m(ctx, 'duplicate', 'procurement-3000', `the ${items.length} procurement items repeated to 3,000 rows`, {
      value: setIn(
        doc,
        ['procurement', 'items'],
        Array.from({ length: 3000 }, (_, i) => items[i % items.length]),
      ),
      expect: RENDER,
    });
  }
  // A section may have 10,000 paragraphs (the schema's bound for that list).
  m(ctx, 'duplicate', 'paragraphs-10000', 'one short paragraph repeated 10,000 times', {
    value: setIn(doc, ['narrative', 0, 'paragraphs'], new Array(10_000).fill('同上。')),
    expect: RENDER,
  });
  m(ctx, 'duplicate', 'paragraphs-100000', 'one short paragraph repeated 100,000 times (over the bound of that list)', {
    value: setIn(doc, ['narrative', 0, 'paragraphs'], new Array(FUZZ_LIMITS.arrayItems).fill('同上。')),
    expect: schemaAt('$.narrative[0].paragraphs'),
  });
}

function deep(ctx) {
  const { doc, full } = ctx;
  const N = 5000;
  const targets = full
    ? [
        ['enum', 'meta.unit'],
        ['enum', 'meta.phase'],
        ['enum', 'tables[*].kind'],
        ['amount', 'income.total'],
        ['amount', 'expenditure.functional[*].amounts.total'],
        ['amount', 'projects[*].schedule[*].percent'],
        ['integer', 'meta.fiscalYear'],
      ]
    : [
        ['enum', 'meta.unit'],
        ['amount', 'expenditure.functional[*].amounts.total'],
      ];
  for (const [kind, pattern] of targets) {
    const candidates = expand(doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    m(ctx, 'deep', `arrays-${N}@${jsonPath(path)}`, `${N.toLocaleString('en')} levels of arrays where the ${kind} ${jsonPath(path)} is expected`, {
      value: setIn(doc, path, nestArrays(getIn(doc, path), N)),
      expect: schemaAt(path),
    });
  }
  const arrays = full ? ['expenditure.functional', 'narrative[*].paragraphs'] : ['expenditure.functional'];
  for (const pattern of arrays) {
    const candidates = expand(doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    m(ctx, 'deep', `array-of-arrays-${N}@${jsonPath(path)}`, `${jsonPath(path)} holds ${N.toLocaleString('en')} levels of arrays instead of its items`, {
      value: setIn(doc, path, nestArrays([], N)),
      expect: schemaAt([...path, 0]),
    });
  }
  if (!full) return;
  const fn = ctx.pick(expand(doc, 'expenditure.functional[*].amounts'));
  m(ctx, 'deep', `objects-${N}@bySourceType`, `${N.toLocaleString('en')} levels of {"basic": …} in a bySourceType map`, {
    value: setIn(doc, [...fn, 'bySourceType', 'fiscal'], nestObjects('basic', '1', N)),
    expect: schemaAt([...fn, 'bySourceType', 'fiscal', 'basic']),
  });
  m(ctx, 'deep', `objects-${N}@unknown-field`, `${N.toLocaleString('en')} levels of objects in an unknown field of meta (tolerated, not walked)`, {
    value: setIn(doc, ['meta', 'extra'], nestObjects('a', 1, N)),
    expect: RENDER,
  });
  m(ctx, 'deep', `arrays-${N}@unknown-root-field`, `${N.toLocaleString('en')} levels of arrays in an unknown top-level field`, {
    value: setIn(doc, ['extra'], nestArrays(0, N)),
    expect: RENDER,
  });
  const M = 50_000;
  m(ctx, 'deep', `text-arrays-${M}@$.meta.unit`, `${M.toLocaleString('en')} levels of arrays around meta.unit (text only)`, {
    text: withRaw(doc, ['meta', 'unit'], `${'['.repeat(M)}${JSON.stringify(doc.meta.unit)}${']'.repeat(M)}`),
    expect: schemaAt('$.meta.unit'),
  });
  m(ctx, 'deep', `text-arrays-${M}@unknown-field`, `${M.toLocaleString('en')} levels of arrays in an unknown field (text only)`, {
    text: withRaw(doc, ['extra'], `${'['.repeat(M)}${']'.repeat(M)}`),
    expect: RENDER,
  });
  m(ctx, 'deep', `text-arrays-${M}@root`, `the file is ${M.toLocaleString('en')} nested arrays`, {
    text: `${'['.repeat(M)}${']'.repeat(M)}`,
    expect: schemaAt('$'),
  });
}

function prototypeKeys(ctx) {
  const { doc, full } = ctx;
  const at = (pattern) => ctx.pick(expand(doc, pattern));
  const cases = [];
  // [slug, description, value, expect]
  cases.push([
    'root-__proto__',
    'an own "__proto__" field at the top level, holding {"polluted": …}',
    objectOf([...Object.entries(doc), ['__proto__', { polluted: 'yes', fiscalYear: 1 }]]),
    RENDER,
  ]);
  cases.push([
    'bySource-__proto__',
    'a fund source named "__proto__"',
    updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), ['__proto__', '1']])),
    schemaAt('$.income.bySource.__proto__'),
  ]);
  cases.push(['subject-__proto__', 'a change whose subject is "__proto__"', setIn(doc, [...at('changes[*]'), 'subject'], '__proto__'), RENDER]);
  if (full) {
    const fnAmounts = at('expenditure.functional[*].amounts');
    cases.push([
      'meta-inherits-fiscalYear',
      'meta without fiscalYear but with own "__proto__": {"fiscalYear": …}',
      updateIn(doc, ['meta'], (meta) =>
        objectOf([...Object.entries(meta).filter(([k]) => k !== 'fiscalYear'), ['__proto__', { fiscalYear: meta.fiscalYear }]]),
      ),
      schemaAt('$.meta.fiscalYear'),
    ]);
    cases.push([
      'department-inherits-name',
      'department without name but with own "__proto__": {"name": …}',
      updateIn(doc, ['meta', 'department'], (d) => objectOf([...Object.entries(d).filter(([k]) => k !== 'name'), ['__proto__', { name: d.name }]])),
      schemaAt('$.meta.department.name'),
    ]);
    cases.push(['department-__proto__', 'department named "__proto__"', setIn(doc, ['meta', 'department', 'name'], '__proto__'), RENDER]);
    cases.push([
      'bySource-constructor',
      'a fund source named "constructor"',
      updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), ['constructor', '1']])),
      schemaAt('$.income.bySource.constructor'),
    ]);
    cases.push([
      'bySource-hasOwnProperty',
      'a fund source named "hasOwnProperty"',
      updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), ['hasOwnProperty', '1']])),
      schemaAt('$.income.bySource.hasOwnProperty'),
    ]);
    cases.push([
      'byType-__proto__',
      'an expenditure type named "__proto__"',
      setIn(doc, [...fnAmounts, 'byType'], objectOf([['__proto__', '1']])),
      schemaAt([...fnAmounts, 'byType', '__proto__']),
    ]);
    cases.push([
      'bySourceType-toString',
      'a bySourceType entry named "toString"',
      setIn(doc, [...fnAmounts, 'bySourceType'], objectOf([['toString', { basic: '1' }]])),
      schemaAt([...fnAmounts, 'bySourceType', 'toString']),
    ]);
    cases.push([
      'amounts-constructor',
      'amounts with an unknown "constructor": {"prototype": …} field',
      updateIn(doc, fnAmounts, (a) => objectOf([...Object.entries(a), ['constructor', { prototype: { polluted: 'yes' } }]])),
      RENDER,
    ]);
    cases.push(['subject-constructor', 'a change whose subject is "constructor"', setIn(doc, [...at('changes[*]'), 'subject'], 'constructor'), RENDER]);
    cases.push(['project-code-__proto__', 'a project coded "__proto__"', setIn(doc, [...at('projects[*]'), 'code'], '__proto__'), RENDER]);
    cases.push(['glossary-constructor', 'a glossary term "constructor"', setIn(doc, [...at('glossary[*]'), 'term'], 'constructor'), RENDER]);
    cases.push([
      'unitName-__proto__',
      'procurement items of the unit "__proto__"',
      updateIn(doc, ['procurement', 'items'], (items) => items.map((it) => ({ ...it, unitName: '__proto__' }))),
      RENDER,
    ]);
    const table = at('tables[*]');
    cases.push(['table-kind-__proto__', 'a table layout of kind "__proto__"', setIn(doc, [...table, 'kind'], '__proto__'), schemaAt([...table, 'kind'])]);
    const tp = at('threePublic.items[*]');
    cases.push(['threePublic-key-constructor', 'a 三公 item keyed "constructor"', setIn(doc, [...tp, 'key'], 'constructor'), schemaAt([...tp, 'key'])]);
    cases.push(['unit-toString', 'meta.unit = "toString"', setIn(doc, ['meta', 'unit'], 'toString'), schemaAt('$.meta.unit')]);
    cases.push([
      'economic-source-__proto__',
      'economic table source "__proto__"',
      setIn(doc, ['expenditure', 'economic', 'source'], '__proto__'),
      schemaAt('$.expenditure.economic.source'),
    ]);
  }
  for (const [slug, description, value, expect] of cases) m(ctx, 'proto', slug, description, { value, expect });
}

function unicode(ctx) {
  const { doc, full } = ctx;
  const cases = [
    // [slug, pattern or path, value (string or function of the current value), valid]
    ['lone-high-surrogate-name', 'meta.department.name', (v) => `${v}\ud800`, true],
    ['rtl-mark-in-unit', 'meta.unit', (v) => `${v}\u200f`, false],
    ['zero-width-in-code', 'expenditure.functional[*].code', (v) => `${v.slice(0, 3)}\u200b${v.slice(3)}`, false],
  ];
  if (full) {
    cases.push(
      ['lone-low-surrogate-name', 'expenditure.functional[*].name', (v) => `\udc00${v}`, true],
      ['rtl-override-name', 'projects[*].name', (v) => `\u202e${v}\u202c`, true],
      ['zero-width-joiner-in-amount', 'income.total', (v) => `${v.slice(0, 1)}\u200d${v.slice(1)}`, false],
      ['bom-in-name', 'meta.department.name', (v) => `\ufeff${v}`, true],
      ['nul-in-name', 'expenditure.economic.items[*].name', (v) => `${v}\u0000x`, true],
      ['ansi-escape-in-name', 'meta.department.name', (v) => `\u001b[31m${v}\u001b[0m\u0007`, true],
      ['combining-400', 'expenditure.functional[*].name', () => `a${'\u0301'.repeat(400)}`, true],
      ['combining-10000', 'expenditure.functional[*].name', () => `a${'\u0301'.repeat(10_000)}`, false],
      ['astral-name', 'projects[*].name', (v) => `💰𠮷${v}👨‍👩‍👧`, true],
      ['emoji-in-enum', 'meta.phase', (v) => `${v}💰`, false],
      ['full-width-year', 'meta.fiscalYear', () => '２０２４', false],
    );
  }
  for (const [slug, pattern, make, valid] of cases) {
    const candidates = expand(doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    m(ctx, 'unicode', `${slug}@${jsonPath(path)}`, `${slug.replace(/-/g, ' ')} at ${jsonPath(path)}`, {
      value: setIn(doc, path, make(getIn(doc, path))),
      expect: valid ? RENDER : schemaAt(path),
    });
  }
  m(ctx, 'unicode', 'lone-surrogate-key@$.meta', 'an unknown meta field whose name is a lone surrogate', {
    value: updateIn(doc, ['meta'], (meta) => objectOf([...Object.entries(meta), ['\ud800', 1]])),
    expect: RENDER,
  });
  if (full) {
    m(ctx, 'unicode', 'lone-surrogate-key@$.income.bySource', 'a fund source key that is a lone surrogate', {
      value: updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), ['\udfff', '1']])),
      expect: schemaAt(['income', 'bySource', '\udfff']),
    });
    m(ctx, 'unicode', 'rtl-key@$.income.bySource', 'a fund source key "fiscal" with an RTL mark', {
      value: updateIn(doc, ['income', 'bySource'], (s) => objectOf([...Object.entries(s), ['fiscal\u200f', '1']])),
      expect: schemaAt(['income', 'bySource', 'fiscal\u200f']),
    });
  }
}

function empties(ctx) {
  const { doc, full } = ctx;
  const cases = [
    // [path pattern, empty value, expected error path (relative: appended to the path) or null for valid]
    ['expenditure.functional', [], null],
    ['meta', {}, ['department']],
    ['income.bySource', {}, null],
  ];
  if (full) {
    cases.push(
      ['income', {}, ['total']],
      ['meta.unit', '', []],
      ['expenditure.economic.items', [], null],
      ['projects', [], null],
      ['glossary', [], null],
      ['tables', [], null],
      ['threePublic.items', [], null],
      ['procurement.items', [], null],
      ['projects[*].schedule', [], null],
      ['expenditure.functional[*].amounts', {}, null],
      ['performance', {}, null],
      ['expenditure', {}, ['total']],
      ['meta.department', {}, ['name']],
      ['projects[*].budget', {}, ['total']],
      ['projects[*].indicators[*].target', {}, ['text']],
      ['meta.department.name', '', []],
      ['expenditure.functional[*].code', '', []],
      ['changes[*].subject', '', null],
    );
  }
  for (const [pattern, empty, errorAt] of cases) {
    const candidates = expand(ctx.doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    const shown = Array.isArray(empty) ? '[]' : typeof empty === 'string' ? '""' : '{}';
    m(ctx, 'empty', `${jsonPath(path)}=${shown}`, `${jsonPath(path)} is ${shown}`, {
      value: setIn(doc, path, empty),
      expect: errorAt ? schemaAt([...path, ...errorAt]) : RENDER,
    });
  }
}

function brokenText(ctx) {
  const { text, full, rng } = ctx;
  const cuts = [1, Math.floor(text.length * 0.5), text.length - 1];
  if (full) cuts.push(0, Math.floor(text.length * 0.25), 1 + Math.floor(rng() * (text.length - 2)), 1 + Math.floor(rng() * (text.length - 2)));
  for (const cut of cuts) {
    m(ctx, 'text', `truncated-at-${cut}`, `the JSON text cut after ${cut} of ${text.length} characters`, { text: text.slice(0, cut), expect: JSON_ERROR });
  }
  const firstQuote = text.indexOf('"', text.indexOf('"name"') + 7) + 1;
  m(ctx, 'text', 'truncated-in-string', 'the JSON text cut inside the first name', { text: text.slice(0, firstQuote + 2), expect: JSON_ERROR });
  if (full)
    m(ctx, 'text', 'pretty-printed', 'the document indented with two spaces and CRLF line ends', {
      text: JSON.stringify(ctx.doc, null, 2).replace(/\n/g, '\r\n'),
      expect: RENDER,
    });
  if (!full) return;
  const unit = JSON.stringify(ctx.doc.meta.unit);
  const cases = [
    ['trailing-comma', `${text.slice(0, -1)},}`, JSON_ERROR],
    ['single-quoted-key', text.replace('"schemaVersion"', "'schemaVersion'"), JSON_ERROR],
    ['line-comment', `// 部门预算\n${text}`, JSON_ERROR],
    ['NaN-literal', withRaw(ctx.doc, ['income', 'total'], 'NaN'), JSON_ERROR],
    ['duplicate-key-last-invalid', text.replace(`"unit":${unit}`, `"unit":${unit},"unit":"美元"`), schemaAt('$.meta.unit')],
    ['duplicate-key-last-valid', text.replace(`"unit":${unit}`, `"unit":"美元","unit":${unit}`), RENDER],
    ['garbage-after', `${text}x`, JSON_ERROR],
    ['html-page', '<!doctype html><html><head><title>维护中</title></head><body>系统维护中</body></html>', JSON_ERROR],
    ['whitespace-only', ' \n\t\r\n ', JSON_ERROR],
    ['nul-prefix', `\u0000${text}`, JSON_ERROR],
    ['raw-newline-in-string', text.replace('"name":"', '"name":"\n'), JSON_ERROR],
    ['invalid-escape', text.replace('"name":"', '"name":"\\x41'), JSON_ERROR],
    ['lone-surrogate-escape', text.replace('"name":"', '"name":"\\ud800'), RENDER],
    ['xssi-prefix', `)]}'\n${text}`, JSON_ERROR],
    ['double-encoded', JSON.stringify(text), schemaAt('$')],
    ['utf16-as-utf8', `\u00ff\u00fe${[...text.slice(0, 2000)].join('\u0000')}`, JSON_ERROR],
  ];
  for (const [slug, t, expect] of cases) m(ctx, 'text', slug, slug.replace(/-/g, ' '), { text: t, expect });
}

function boms(ctx) {
  const { text, full } = ctx;
  const cases = [
    ['leading', `\ufeff${text}`, RENDER],
    ['double', `\ufeff\ufeff${text}`, JSON_ERROR],
  ];
  if (full) {
    cases.push(
      ['trailing', `${text}\ufeff`, JSON_ERROR],
      ['after-whitespace', ` \ufeff${text}`, JSON_ERROR],
      ['between-tokens', text.replace('{', '{\ufeff'), JSON_ERROR],
      ['mojibake', `ï»¿${text}`, JSON_ERROR],
      ['leading-then-pretty', `\ufeff${JSON.stringify(ctx.doc, null, '\t')}`, RENDER],
    );
  }
  for (const [slug, t, expect] of cases) m(ctx, 'bom', slug, `BOM: ${slug.replace(/-/g, ' ')}`, { text: t, expect });
}

function longArrays(ctx) {
  const { doc, full } = ctx;
  const N = FUZZ_LIMITS.arrayItems;
  const empties = (n, v = {}) => new Array(n).fill(v);
  const arrays = full
    ? ['expenditure.functional', 'expenditure.economic.items', 'projects', 'narrative', 'glossary', 'tables', 'procurement.items', 'projects[*].schedule']
    : ['expenditure.functional'];
  for (const pattern of arrays) {
    const candidates = expand(doc, pattern);
    if (!candidates.length) continue;
    const path = ctx.pick(candidates);
    // (lists a reader reads whole have tighter bounds than 100,000: the error is then at the list itself)
    m(ctx, 'long-array', `${N}-empty-objects@${jsonPath(path)}`, `${jsonPath(path)} is 100,000 empty objects`, {
      value: setIn(doc, path, empties(N)),
      expect: schemaAt(path),
    });
  }
  if (!full) return;
  m(ctx, 'long-array', `${N + 1}-empty-objects@$.expenditure.functional`, 'functional is 100,001 empty objects (over the limit)', {
    value: setIn(doc, ['expenditure', 'functional'], empties(N + 1)),
    expect: schemaAt('$.expenditure.functional'),
  });
  m(ctx, 'long-array', `${N}-nulls@$.changes`, 'changes is 100,000 nulls', { value: setIn(doc, ['changes'], empties(N, null)), expect: schemaAt('$.changes') });
  m(ctx, 'long-array', `${N}-arrays@$.narrative`, 'narrative is 100,000 empty arrays', {
    value: setIn(doc, ['narrative'], empties(N, [])),
    expect: schemaAt('$.narrative'),
  });
  m(ctx, 'long-array', '1000-empty-strings@$.performance.measures', 'performance measures are 1,000 empty strings (valid: all of them are shown)', {
    value: setIn(doc, ['performance', 'measures'], empties(1000, '')),
    expect: RENDER,
  });
  m(ctx, 'long-array', '100000-empty-strings@$.performance.measures', 'performance measures are 100,000 empty strings (over the bound of that list)', {
    value: setIn(doc, ['performance', 'measures'], empties(N, '')),
    expect: schemaAt('$.performance.measures'),
  });
  m(ctx, 'long-array', `${N}-empty-objects@$.meta.extra`, 'an unknown field holding 100,000 empty objects', {
    value: setIn(doc, ['meta', 'extra'], empties(N)),
    expect: RENDER,
  });
}

function large(ctx) {
  const { doc } = ctx;
  const functional = [];
  for (let a = 201; a <= 299; a++) {
    functional.push({ code: String(a), name: `功能类${a}`, amounts: { total: '99' } });
    for (let b = 1; b <= 99; b++) functional.push({ code: `${a}${String(b).padStart(2, '0')}`, name: `功能款${a}${b}`, amounts: { total: '1' } });
  }
  m(ctx, 'large', 'functional-9900', '9,900 distinct functional codes (valid; totals do not add up)', {
    value: setIn(doc, ['expenditure', 'functional'], functional),
    expect: RENDER,
  });
  const economic = [];
  for (let a = 301; a <= 399; a++) {
    economic.push({ code: String(a), name: `经济类${a}`, amounts: { total: '99' } });
    for (let b = 1; b <= 99; b++) economic.push({ code: `${a}${String(b).padStart(2, '0')}`, name: `经济款${a}${b}`, amounts: { total: '1' } });
  }
  m(ctx, 'large', 'economic-9900', '9,900 distinct economic codes', { value: setIn(doc, ['expenditure', 'economic', 'items'], economic), expect: RENDER });
  m(ctx, 'large', 'glossary-1000', '1,000 distinct glossary terms', {
    value: setIn(
      doc,
      ['glossary'],
      Array.from({ length: 1000 }, (_, i) => ({ term: `术语${i}`, definition: `定义${i}` })),
    ),
    expect: RENDER,
  });
  m(ctx, 'large', 'changes-1000', '1,000 changes', {
    value: setIn(
      doc,
      ['changes'],
      Array.from({ length: 1000 }, (_, i) => ({ subject: i % 2 ? 'total' : `事项${i}`, change: String(i - 1000), reason: '调整' })),
    ),
    expect: RENDER,
  });
  m(ctx, 'large', 'projects-500', '500 distinct projects', {
    value: setIn(
      doc,
      ['projects'],
      Array.from({ length: 500 }, (_, i) => ({ ...doc.projects[i % doc.projects.length], code: `P${i}` })),
    ),
    expect: RENDER,
  });
  m(ctx, 'large', 'procurement-5000', '5,000 distinct procurement items', {
    value: setIn(
      doc,
      ['procurement', 'items'],
      Array.from({ length: 5000 }, (_, i) => ({ unitName: `单位${i % 50}`, item: `物品${i}`, catalogCode: `A${i}`, amounts: { total: String(i) } })),
    ),
    expect: RENDER,
  });
}
