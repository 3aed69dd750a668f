// Compiles src/model/code-list.json: every functional (类/款/项) and economic (类/款) code with the names the
// disclosures the project has give it, and the years each name was seen. Sources: data/*.json and the
// imports of the real PDFs in test/fixtures/checks/. Run after adding a disclosure:
//   node scripts/compile-code-list.mjs          (writes the file)
//   node scripts/compile-code-list.mjs --check  (exit 1 when the file is not what the sources give)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['data', 'test/fixtures/checks'];
const OUT = 'src/model/code-list.json';

export function compile() {
  const files = SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f)),
  );
  const lists = { functional: {}, economic: {} };
  // Each name with the documents (indexes into `documents`; their years in `years`) that give it.
  const add = (kind, code, name, doc) => {
    const names = (lists[kind][code] ??= []);
    const known = names.find((n) => n[0] === name);
    if (!known) names.push([name, [doc]]);
    else if (!known[1].includes(doc)) known[1].push(doc);
  };
  const years = [];
  const documents = [];
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    if (!doc.meta?.fiscalYear || !doc.expenditure) continue;
    const year = doc.meta.fiscalYear;
    // The same disclosure twice (transcribed in data/, imported in test/fixtures/checks/) counts once.
    const name = `${doc.meta.department.name} ${year}`;
    if (documents.includes(name)) continue;
    documents.push(name);
    years.push(year);
    const at = documents.length - 1;
    for (const f of doc.expenditure.functional ?? []) add('functional', f.code, f.name.trim(), at);
    for (const e of doc.expenditure.economic?.items ?? []) add('economic', e.code, e.name.trim(), at);
  }
  const sorted = (o) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  return { documents, years, functional: sorted(lists.functional), economic: sorted(lists.economic) };
}

const text = `${JSON.stringify(compile())}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error(`${OUT} is not what the disclosures give: run node scripts/compile-code-list.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`${OUT}: ${Object.keys(JSON.parse(text).functional).length} functional and ${Object.keys(JSON.parse(text).economic).length} economic codes`);
}
