// The schema file is a valid JSON Schema 2020-12, and an independent validator (Ajv) agrees with ours
// on every example: valid files pass, invalid ones fail at the same paths.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('schema/budget.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

/** Ajv's instancePath (/a/0/b) as our JSON path ($.a[0].b). */
const jsonPath = (p) =>
  '$' +
  p
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');

const load = (f) => JSON.parse(readFileSync(f, 'utf8'));

test('the schema compiles in strict mode', () => {
  assert.equal(typeof validate, 'function');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the data files and valid examples pass Ajv', () => {
  const files = [
    'data/xushui-administrative-approval-2024.json',
    'data/shanghai-putuo-commerce-2025.json',
    ...readdirSync('test/fixtures/valid').map((f) => `test/fixtures/valid/${f}`),
  ];
  for (const f of files) assert.equal(validate(load(f)), true, `${f}: ${JSON.stringify(validate.errors)}`);
});

test('Ajv rejects the invalid examples at the paths our validator reports', () => {
  for (const name of readdirSync('test/fixtures/invalid')) {
    const value = load(`test/fixtures/invalid/${name}`);
    const ok = validate(value);
    if (value['x-ajv-skip']) continue;
    if (value['x-ajv-valid']) {
      // Semantic rules (version major, duplicate codes) are beyond JSON Schema: only our validator catches them.
      assert.equal(ok, true, name);
      continue;
    }
    assert.equal(ok, false, name);
    const ajvPaths = new Set(
      validate.errors.map((e) =>
        e.keyword === 'required'
          ? jsonPath(`${e.instancePath}/${e.params.missingProperty}`)
          : e.keyword === 'propertyNames' || e.propertyName
            ? jsonPath(`${e.instancePath}/${e.params.propertyName ?? e.propertyName}`)
            : jsonPath(e.instancePath),
      ),
    );
    for (const { path } of value['x-expect']) assert.ok(ajvPaths.has(path), `${name}: Ajv has no error at ${path} (${[...ajvPaths].join(', ')})`);
    const ours = spawnSync(process.execPath, ['bin/budget-kit.js', 'validate', '--json', `test/fixtures/invalid/${name}`], { encoding: 'utf8' });
    const reported = JSON.parse(ours.stdout).files[0].errors.map((e) => e.path);
    assert.deepEqual(
      reported,
      value['x-expect'].map((e) => e.path),
      name,
    );
  }
});
