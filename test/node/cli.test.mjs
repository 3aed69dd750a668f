// The budget-kit command, run as a user would run it (needs `npm run build` first; npm test does that).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-kit.js', ...args], { encoding: 'utf8' });

test('validate: both data files pass, with the seed’s two rounding notes', () => {
  const r = run('validate', 'data/xushui-administrative-approval-2024.json', 'data/shanghai-putuo-commerce-2025.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /xushui-administrative-approval-2024\.json: 有效/);
  assert.match(r.stdout, /提示 +301 工资福利支出（合计）公布为 332\.42，其组成部分合计为 332\.41/);
  assert.match(r.stdout, /提示 +302 商品和服务支出（合计）公布为 31\.73，其组成部分合计为 31\.74/);
  assert.match(r.stdout, /0 个警告，2 个舍位提示/);
  assert.match(
    r.stdout,
    /shanghai-putuo-commerce-2025\.json: 有效\n {2}勾稽核对 \d+ 项：0 个警告，0 个舍位提示\n {2}核对范围：表内勾稽 \d+ 项；说明文字中 \d+ 个数字，\d+ 个已与表核对/,
  );
});

test('validate --lang en speaks English', () => {
  const r = run('validate', '--lang', 'en', 'data/xushui-administrative-approval-2024.json');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /: VALID\n/);
  assert.match(r.stdout, /note +301 工资福利支出 \(Total\) is published as 332\.42, but its parts add up to 332\.41/);
});

test('validate --json gives machine-readable results', () => {
  const r = run('validate', '--json', 'data/xushui-administrative-approval-2024.json', 'test/fixtures/invalid/bad-code.json');
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files.length, 2);
  const [seed, bad] = out.files;
  assert.equal(seed.ok, true);
  assert.deepEqual(
    seed.reconciliation.findings.map((f) => [f.severity, f.published, f.computed, f.unit]),
    [
      ['note', '332.42', '332.41', '万元'],
      ['note', '31.73', '31.74', '万元'],
    ],
  );
  // each finding names the rule that found it (docs/reconciliation-rules.md)
  for (const f of seed.reconciliation.findings) assert.match(f.ruleId, /^R-[A-Z0-9]{2,5}-\d{2}$/);
  assert.equal(bad.ok, false);
  assert.deepEqual(
    bad.errors.map((e) => [e.path, e.code]),
    [
      ['$.expenditure.functional[0].code', 'schema.functionalCode'],
      ['$.expenditure.economic.items[0].code', 'schema.economicCode'],
    ],
  );
});

test('validate exits non-zero on errors and prints each with its path', () => {
  const r = run('validate', 'test/fixtures/invalid/missing-required.json');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /missing-required\.json: 错误/);
  assert.match(r.stdout, /错误 +\$\.meta\.fiscalYear: 缺少必填字段“fiscalYear”/);
});

test('an unreadable file is an error, not a crash', () => {
  const r = run('validate', '--lang=en', 'no/such/file.json');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /no\/such\/file\.json: ERRORS\n {2}error +\$: cannot read the file/);
});

test('usage errors exit with 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('validate').status, 2);
  assert.equal(run('validate', '--bogus', 'x.json').status, 2);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: budget-kit validate/);
});

test('every invalid fixture fails and every valid one passes', () => {
  for (const name of readdirSync('test/fixtures/invalid')) {
    assert.equal(run('validate', '--json', `test/fixtures/invalid/${name}`).status, 1, name);
  }
  const valid = readdirSync('test/fixtures/valid').map((f) => `test/fixtures/valid/${f}`);
  const r = run('validate', ...valid);
  assert.equal(r.status, 0, r.stdout);
});

test('the built command enforces the schema’s limits on every field, “title” fields included', () => {
  const doc = JSON.parse(readFileSync('data/xushui-administrative-approval-2024.json', 'utf8'));
  doc.tables[0].title = '表'.repeat(501);
  doc.expenditure.functional[0].amounts.total = '9'.repeat(400);
  const dir = mkdtempSync(join(tmpdir(), 'bk-limits-'));
  writeFileSync(join(dir, 'long.json'), JSON.stringify(doc));
  const r = run('validate', '--lang', 'en', join(dir, 'long.json'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\$\.tables\[0\]\.title: text too long: 501 characters, at most 500/);
  assert.match(r.stdout, /\$\.expenditure\.functional\[0\]\.amounts\.total: amount "9{50,57}…" has too many digits/);
  assert.doesNotMatch(r.stdout + r.stderr, /\n {4}at /);
});
