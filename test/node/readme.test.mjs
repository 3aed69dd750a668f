// The README's API reference is generated from custom-elements.json: a stale one fails here.
// Regenerate it with `node scripts/api-reference.mjs --write`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { currentSection, END, readManifest, README_PATH, renderApiReference, replaceSection, START } from '../../scripts/api-reference.mjs';

const readme = readFileSync(README_PATH, 'utf8');

test('the README has one API reference section', () => {
  assert.equal(readme.split(START).length, 2, `one ${START}`);
  assert.equal(readme.split(END).length, 2, `one ${END}`);
  assert.ok(readme.indexOf(START) < readme.indexOf(END));
});

test('the README API reference is what custom-elements.json gives (run `node scripts/api-reference.mjs --write`)', () => {
  const expected = renderApiReference(readManifest());
  assert.equal(currentSection(readme), expected);
  assert.equal(replaceSection(readme, expected), readme);
});

test('the reference names every element of the manifest with its attributes', () => {
  const manifest = readManifest();
  const section = currentSection(readme) ?? '';
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.ok(elements.length >= 5);
  for (const el of elements) {
    assert.ok(section.includes(`### \`<${el.tagName}>\``), el.tagName);
    for (const a of el.attributes ?? []) assert.ok(section.includes(`| \`${a.name}\` |`), `${el.tagName} ${a.name}`);
  }
});

test('the generator escapes table pipes and keeps cells on one line', () => {
  const manifest = {
    modules: [
      {
        path: 'src/elements/x-demo/x-demo.ts',
        declarations: [
          {
            kind: 'class',
            name: 'XDemo',
            tagName: 'x-demo',
            customElement: true,
            summary: 'A demo.',
            attributes: [
              { name: 'view', fieldName: 'view', type: { text: "'chart' | 'table'" }, default: "'chart'", description: 'Line one\nline two | pipe.' },
            ],
            members: [
              { kind: 'field', name: 'view', attribute: 'view', reflects: true, type: { text: "'chart' | 'table'" } },
              { kind: 'field', name: 'data', type: { text: 'unknown' }, description: 'Data.' },
              { kind: 'field', name: 'secret', privacy: 'private' },
              { kind: 'field', name: 'styles', static: true },
            ],
            events: [{ name: 'x-select', description: 'Selected.' }],
            cssParts: [{ name: 'base', description: 'Everything.' }],
            cssProperties: [{ name: '--x-color', description: 'Colour.' }],
          },
        ],
      },
    ],
  };
  const md = renderApiReference(manifest);
  assert.match(md, /\| `view` \| `view` \| `'chart' \\\| 'table'` \| `'chart'` \| Line one line two \\\| pipe\. Reflected\. \|/);
  assert.match(md, /\| `data` \| `unknown` \| — \| Data\. \|/);
  assert.doesNotMatch(md, /secret|styles/);
  assert.match(md, /\| `x-select` \| Selected\. \|/);
  assert.match(md, /\| `--x-color` \| Colour\. \|/);
});
