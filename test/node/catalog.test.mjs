// `budget-kit catalog DIR`, run as a user would run it (needs the CLI built: `npx vite build --config
// vite.cli.config.ts`, which npm test does), and schema/catalog.schema.json checked by an independent
// validator (Ajv) on what the command writes and on broken catalogs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });
const load = (f) => JSON.parse(readFileSync(f, 'utf8'));

const schema = load('schema/catalog.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const schemaErrors = (v) => (validate(v) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}`));

const WANLI_2023 = 'shanghai-putuo-wanli-2023-budget.json';
const WANLI_2024 = 'shanghai-putuo-wanli-2024-budget.json';
const FINANCE_FINAL = 'shanghai-putuo-finance-2024-final.json';

/**
 * A temporary folder with copies of these data files. The Shanghai files lose the `meta.region` data/ gives
 * them, as `budget-kit import` writes them (the importer cannot read a region from these PDFs): the
 * command's --region is for such files.
 */
function folder(...names) {
  const dir = mkdtempSync(join(tmpdir(), 'budget-kit-catalog-'));
  for (const name of names) {
    if (!name.startsWith('shanghai-')) {
      copyFileSync(join('data', name), join(dir, name));
      continue;
    }
    const doc = load(join('data', name));
    delete doc.meta.region;
    writeFileSync(join(dir, name), `${JSON.stringify(doc, null, 2)}\n`);
  }
  return dir;
}

/** The three real files, a file that is not JSON and one that is not a valid budget. */
function mixedFolder() {
  const dir = folder(WANLI_2023, WANLI_2024, FINANCE_FINAL);
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": "1.2.0", "meta": ');
  const invalid = load(`data/${WANLI_2024}`);
  invalid.expenditure.total = 156211123;
  writeFileSync(join(dir, 'schema-invalid.json'), JSON.stringify(invalid));
  return dir;
}

const catalogsIn = (dir) => readdirSync(dir).filter((n) => n.startsWith('catalog'));

test('the schema compiles in strict mode', () => {
  assert.equal(typeof validate, 'function');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('a folder of budgets, final accounts and broken files: one line per file, a catalog per year and phase, exit 3', () => {
  const dir = mixedFolder();
  const r = run('catalog', dir, '--region', '上海市普陀区', '--lang', 'zh-CN');
  assert.equal(r.status, 3, r.stderr);
  const lines = r.stdout.split('\n').filter((l) => /^[✓✗·] /.test(l));
  assert.equal(lines.length, 5, r.stdout);
  assert.match(
    r.stdout,
    /^✓ shanghai-putuo-wanli-2024-budget\.json {2}上海市普陀区人民政府万里街道办事处 2024 预算 {2}支出 15,621\.11万元 {2}符合标准；勾稽核对 \d+ 项：\d+ 条警告$/m,
  );
  assert.match(r.stdout, /^✓ shanghai-putuo-wanli-2023-budget\.json {2}上海市普陀区人民政府万里街道办事处 2023 预算 {2}支出 16,497\.86万元 {2}符合标准；/m);
  assert.match(r.stdout, /^✓ shanghai-putuo-finance-2024-final\.json {2}上海市普陀区财政局 2024 决算 {2}支出 2,995\.39万元 {2}符合标准；勾稽核对 \d+ 项：/m);
  assert.match(r.stdout, /^✗ broken\.json {2}无法读取：不是有效的 JSON：/m);
  assert.match(r.stdout, /^✗ schema-invalid\.json {2}不符合标准：\$\.expenditure\.total：金额“156211123”不是十进制字符串/m);
  assert.match(r.stdout, /\n未列入目录：broken\.json, schema-invalid\.json\n$/);
  for (const name of ['catalog-2023-budget.json', 'catalog-2024-budget.json', 'catalog-2024-final.json'])
    assert.match(
      r.stdout,
      new RegExp(
        `^已写出 ${join(dir, name).replace(/[.\\]/g, '\\$&')}：上海市普陀区 20\\d\\d (预算|决算)，1 个部门，金额单位 万元，链接同一地区的其他 2 个目录$`,
        'm',
      ),
    );
  assert.deepEqual(catalogsIn(dir).sort(), ['catalog-2023-budget.json', 'catalog-2024-budget.json', 'catalog-2024-final.json']);

  const budget2024 = load(join(dir, 'catalog-2024-budget.json'));
  assert.deepEqual(schemaErrors(budget2024), []);
  assert.deepEqual(budget2024, {
    catalogVersion: '1.0.0',
    region: { name: '上海市普陀区' },
    year: 2024,
    phase: 'budget',
    unit: '万元',
    title: '上海市普陀区2024年部门预算',
    departments: [
      {
        name: '上海市普陀区人民政府万里街道办事处',
        src: WANLI_2024,
        // 156,211,123元, exactly
        total: '15621.1123',
        fiscal: '15621.1123',
        categories: budget2024.departments[0].categories,
      },
    ],
    editions: [
      { year: 2023, phase: 'budget', src: 'catalog-2023-budget.json' },
      { year: 2024, phase: 'final', src: 'catalog-2024-final.json' },
    ],
  });
  assert.deepEqual(
    budget2024.departments[0].categories.map((c) => `${c.code} ${c.amount}`),
    ['201 293.2700', '204 163.3000', '205 25.0000', '206 10.0000', '207 20.0000', '208 1960.4064', '210 322.3657', '212 11938.5303', '221 888.2399'],
  );
  const final = load(join(dir, 'catalog-2024-final.json'));
  assert.deepEqual(schemaErrors(final), []);
  assert.deepEqual(
    final.departments.map((d) => [d.name, d.src, d.total, d.fiscal]),
    [['上海市普陀区财政局', FINANCE_FINAL, '2995.39', '2940.05']],
  );
  assert.deepEqual(final.editions, [
    { year: 2023, phase: 'budget', src: 'catalog-2023-budget.json' },
    { year: 2024, phase: 'budget', src: 'catalog-2024-budget.json' },
  ]);
  const budget2023 = load(join(dir, 'catalog-2023-budget.json'));
  assert.deepEqual(schemaErrors(budget2023), []);
  assert.equal(budget2023.departments[0].total, '16497.8640');

  // Again: the catalogs are skipped as input and replaced, being budget-kit's own.
  const again = run('catalog', dir, '--region', '上海市普陀区', '--lang', 'zh-CN');
  assert.equal(again.status, 3, again.stderr);
  assert.match(again.stdout, /^· catalog-2024-final\.json {2}这是一个目录文件（有 catalogVersion），跳过$/m);
  assert.deepEqual(load(join(dir, 'catalog-2024-budget.json')), budget2024);
});

test('--json gives the catalogs and a result per file', () => {
  const dir = mixedFolder();
  const r = run('catalog', dir, '--region', '上海市普陀区', '--json', '--lang', 'en');
  assert.equal(r.status, 3, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.exit, 3);
  assert.deepEqual(
    out.catalogs.map((c) => [c.file, c.region, c.year, c.phase, c.departments, c.written]),
    [
      [join(dir, 'catalog-2023-budget.json'), '上海市普陀区', 2023, 'budget', 1, true],
      [join(dir, 'catalog-2024-budget.json'), '上海市普陀区', 2024, 'budget', 1, true],
      [join(dir, 'catalog-2024-final.json'), '上海市普陀区', 2024, 'final', 1, true],
    ],
  );
  assert.deepEqual(
    out.files.map((f) => [f.file, f.ok, f.listed]),
    [
      ['broken.json', false, false],
      ['schema-invalid.json', false, false],
      [FINANCE_FINAL, true, true],
      [WANLI_2023, true, true],
      [WANLI_2024, true, true],
    ],
  );
  const invalid = out.files[1];
  assert.deepEqual(invalid.errors[0], {
    path: '$.expenditure.total',
    code: 'schema.decimal',
    message: 'amount 156211123 is not a decimal string (write it like "598.78": a string, no thousands separators)',
  });
  const wanli = out.files[4];
  assert.equal(wanli.catalog, join(dir, 'catalog-2024-budget.json'));
  assert.equal(typeof wanli.reconciliation.checks, 'number');
  assert.match(wanli.reconciliation.scope, /checks within and between the tables/);
});

test('--lang en speaks English', () => {
  const dir = folder(WANLI_2024);
  const r = run('catalog', dir, '--region', '上海市普陀区', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /^✓ shanghai-putuo-wanli-2024-budget\.json {2}上海市普陀区人民政府万里街道办事处 2024 budget {2}expenditure 15,621\.11 10k yuan {2}valid; \d+ reconciliation checks: /m,
  );
  assert.match(r.stdout, /^Wrote .*catalog\.json: 上海市普陀区 2024 budget, 1 department, figures in 10,000 yuan$/m);
  assert.match(r.stdout, /^All 1 file is in a catalog\.$/m);
});

test('a folder of one year and phase gives DIR/catalog.json, exit 0; --unit restates the figures', () => {
  const dir = folder(WANLI_2024);
  const r = run('catalog', dir, '--region', '上海市普陀区', '--unit', '亿元', '--lang', 'zh-CN');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(catalogsIn(dir), ['catalog.json']);
  assert.match(r.stdout, /全部 1 个文件已列入目录。\n$/);
  const catalog = load(join(dir, 'catalog.json'));
  assert.deepEqual(schemaErrors(catalog), []);
  assert.equal(catalog.unit, '亿元');
  assert.deepEqual(
    catalog.departments.map((d) => [d.src, d.total]),
    [[WANLI_2024, '1.56211123']],
  );
  assert.equal(catalog.editions, undefined);
});

test('the file’s own region wins over --region, and a catalog in another folder points back at the files', () => {
  const dir = folder(WANLI_2024, 'xushui-administrative-approval-2024.json');
  const out = join(mkdtempSync(join(tmpdir(), 'budget-kit-catalog-out-')), 'lists');
  const r = run('catalog', dir, '--region', '上海市普陀区', '-o', out, '--lang', 'zh-CN');
  assert.equal(r.status, 0, r.stderr);
  // Two regions share 2024 budget: the catalog of the one with a code is named by it, the other by its number.
  assert.deepEqual(readdirSync(out).sort(), ['catalog-2024-budget-130609.json', 'catalog-2024-budget-2.json']);
  const xushui = load(join(out, 'catalog-2024-budget-130609.json'));
  assert.deepEqual(schemaErrors(xushui), []);
  assert.deepEqual(xushui.region, { name: '河北省保定市徐水区', code: '130609' });
  const dirName = dir.split('/').pop();
  assert.deepEqual(
    xushui.departments.map((d) => [d.name, d.code, d.src, d.total]),
    [['保定市徐水区行政审批局', '202', `../../${dirName}/xushui-administrative-approval-2024.json`, '598.78']],
  );
  assert.equal(xushui.editions, undefined);
});

test('a file without a region is left out, and says to give --region', () => {
  const dir = folder(WANLI_2024);
  const r = run('catalog', dir, '--lang', 'en');
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /^✗ shanghai-putuo-wanli-2024-budget\.json {2}上海市普陀区人民政府万里街道办事处 2024 budget {2}no region \(meta\.region\): give --region$/m,
  );
  assert.match(r.stdout, /^Not in any catalog: shanghai-putuo-wanli-2024-budget\.json$/m);
  assert.deepEqual(catalogsIn(dir), []);
});

test('never overwrites a file budget-kit did not write without --force, and never an input file', () => {
  const dir = folder(WANLI_2024);
  const outDir = mkdtempSync(join(tmpdir(), 'budget-kit-catalog-out-'));
  const mine = join(outDir, 'catalog.json');
  writeFileSync(mine, 'my own notes\n');
  const refused = run('catalog', dir, '--region', '上海市普陀区', '-o', mine, '--lang', 'zh-CN');
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /不能覆盖 .*catalog\.json：该文件已存在，且不是 budget-kit 写出的目录文件；确要替换请加 --force/);
  assert.match(refused.stdout, /未列入目录：shanghai-putuo-wanli-2024-budget\.json/);
  assert.equal(readFileSync(mine, 'utf8'), 'my own notes\n');
  const forced = run('catalog', dir, '--region', '上海市普陀区', '-o', mine, '--force', '--lang', 'zh-CN');
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(load(mine).catalogVersion, '1.0.0');
  // …a catalog it wrote is replaced without --force
  assert.equal(run('catalog', dir, '--region', '上海市普陀区', '-o', mine).status, 0);
  // …and an input, never
  const input = join(dir, WANLI_2024);
  const before = readFileSync(input, 'utf8');
  const overInput = run('catalog', dir, '--region', '上海市普陀区', '-o', input, '--force', '--lang', 'en');
  assert.equal(overInput.status, 1);
  assert.match(overInput.stderr, /will not write .*: it is shanghai-putuo-wanli-2024-budget\.json, one of the files read/);
  assert.equal(readFileSync(input, 'utf8'), before);
  // -o a folder: the catalog goes in it
  const sub = join(outDir, 'sub');
  mkdirSync(sub);
  assert.equal(run('catalog', dir, '--region', '上海市普陀区', '-o', sub).status, 0);
  assert.deepEqual(readdirSync(sub), ['catalog.json']);
});

test('usage errors exit with 2; a missing folder with 1', () => {
  assert.equal(run('catalog').status, 2);
  assert.equal(run('catalog', 'data', 'test').status, 2);
  assert.equal(run('catalog', 'data', '--unit', '千元').status, 2);
  const missing = run('catalog', 'no/such/folder', '--lang', 'en');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no\/such\/folder: not a folder/);
  assert.match(run('--help').stdout, /budget-kit catalog DIR \[-o OUT\] \[--region NAME\]/);
});

test('the schema accepts a good catalog and rejects each broken one where it breaks', () => {
  const good = {
    catalogVersion: '1.0.0',
    region: { name: '上海市普陀区', code: '310107' },
    year: 2024,
    phase: 'budget',
    unit: '万元',
    departments: [
      {
        name: 'a',
        code: '1',
        src: 'a.json',
        page: 'https://x.example/',
        group: '街道',
        total: '1.5',
        fiscal: '0',
        categories: [{ code: '201', name: 'n', amount: '-1.25' }],
      },
    ],
    editions: [{ year: 2023, phase: 'final', src: 'b.json' }],
    'x-note': 'unknown fields are allowed',
  };
  assert.deepEqual(schemaErrors(good), []);
  const broken = (edit) => {
    const c = structuredClone(good);
    edit(c);
    return schemaErrors(c);
  };
  assert.deepEqual(
    broken((c) => (c.catalogVersion = '2.0.0')),
    ['/catalogVersion pattern'],
  );
  assert.deepEqual(
    broken((c) => delete c.region.name),
    ['/region required'],
  );
  assert.deepEqual(
    broken((c) => (c.region.code = '3101')),
    ['/region/code pattern'],
  );
  assert.deepEqual(
    broken((c) => (c.year = 1989)),
    ['/year minimum'],
  );
  assert.deepEqual(
    broken((c) => (c.phase = 'plan')),
    ['/phase enum'],
  );
  assert.deepEqual(
    broken((c) => (c.unit = '千元')),
    ['/unit enum'],
  );
  assert.deepEqual(
    broken((c) => (c.departments = {})),
    ['/departments type'],
  );
  assert.deepEqual(
    broken((c) => delete c.departments[0].src),
    ['/departments/0 required'],
  );
  assert.deepEqual(
    broken((c) => (c.departments[0].name = '')),
    ['/departments/0/name minLength'],
  );
  assert.deepEqual(
    broken((c) => (c.departments[0].total = 1.5)),
    ['/departments/0/total type'],
  );
  assert.deepEqual(
    broken((c) => (c.departments[0].fiscal = '1,000.00')),
    ['/departments/0/fiscal pattern'],
  );
  assert.deepEqual(
    broken((c) => (c.departments[0].categories[0].code = '20103')),
    ['/departments/0/categories/0/code pattern'],
  );
  assert.deepEqual(
    broken((c) => (c.departments[0].src = 'x'.repeat(2001))),
    ['/departments/0/src maxLength'],
  );
  assert.deepEqual(
    broken((c) => delete c.editions[0].src),
    ['/editions/0 required'],
  );
  assert.deepEqual(
    broken((c) => (c.departments = new Array(100_001).fill({ name: 'a', src: 'a' }))),
    ['/departments maxItems'],
  );
});
