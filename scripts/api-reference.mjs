#!/usr/bin/env node
// The README's API reference, generated from custom-elements.json (which `npm run analyze` makes from the
// elements' JSDoc): per element its attributes, properties, methods, events, parts and CSS custom properties.
//
//   node scripts/api-reference.mjs           prints the Markdown
//   node scripts/api-reference.mjs --write   replaces the README section between the markers
//
// test/node/readme.test.mjs fails when the README's section is not what this prints.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

const root = new URL('../', import.meta.url);
export const MANIFEST_PATH = fileURLToPath(new URL('custom-elements.json', root));
export const README_PATH = fileURLToPath(new URL('README.md', root));

/** Text safe inside a Markdown table cell: one line, pipes escaped. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '—';
  return String(text)
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A code span that survives backticks in the text. */
function code(text) {
  const s = String(text);
  const fence = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

const codeCell = (text) => (text === undefined || text === null || text === '' ? '—' : cell(code(text)));

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const isPublic = (m) => !m.static && (m.privacy === undefined || m.privacy === 'public') && !m.name.startsWith('_') && !m.name.startsWith('#');

/** Every custom element the manifest declares, in manifest order (modules are sorted by path). */
export function elementsOf(manifest) {
  return (manifest.modules ?? [])
    .flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, modulePath: mod.path })))
    .filter((d) => d.customElement && d.tagName);
}

/** The Markdown of one element. */
export function renderElement(el, { docsLink = true } = {}) {
  const out = [];
  const doc = `docs/${el.tagName}.md`;
  out.push(`### \`<${el.tagName}>\``);
  out.push('');
  const lead = [el.summary, docsLink && existsSync(fileURLToPath(new URL(doc, root))) ? `Guide: [${doc}](${doc}).` : ''].filter(Boolean).join(' ');
  if (lead) out.push(lead.replace(/\s*\n\s*/g, ' '), '');
  out.push(`Class \`${el.name}\` (\`${el.modulePath}\`).`, '');

  const members = (el.members ?? []).filter(isPublic);
  const byField = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));

  const attributes = el.attributes ?? [];
  if (attributes.length) {
    out.push('**Attributes**', '');
    out.push(
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((a) => {
          const field = a.fieldName ? byField.get(a.fieldName) : undefined;
          const notes = field?.reflects ? ' Reflected.' : '';
          return [
            codeCell(a.name),
            codeCell(a.fieldName),
            codeCell(a.type?.text ?? field?.type?.text),
            codeCell(a.default ?? field?.default),
            cell((a.description ?? field?.description ?? '') + notes),
          ];
        }),
      ),
      '',
    );
  }

  const withAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const properties = members.filter((m) => m.kind === 'field' && !m.attribute && !withAttribute.has(m.name));
  if (properties.length) {
    out.push('**Properties** (no attribute)', '');
    out.push(
      table(
        ['property', 'type', 'default', 'description'],
        properties.map((p) => [codeCell(p.name), codeCell(p.type?.text), codeCell(p.default), cell((p.description ?? '') + (p.readonly ? ' Read-only.' : ''))]),
      ),
      '',
    );
  }

  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length) {
    out.push('**Methods**', '');
    out.push(
      table(
        ['method', 'returns', 'description'],
        methods.map((m) => [
          codeCell(`${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional ? '?' : '')).join(', ')})`),
          codeCell(m.return?.type?.text),
          cell(m.description),
        ]),
      ),
      '',
    );
  }

  const events = el.events ?? [];
  if (events.length) {
    out.push('**Events**', '');
    out.push(
      table(
        ['event', 'description'],
        events.map((e) => [codeCell(e.name), cell(e.description)]),
      ),
      '',
    );
  }

  const parts = el.cssParts ?? [];
  if (parts.length) {
    out.push('**Parts** (`::part(…)`)', '');
    out.push(
      table(
        ['part', 'description'],
        parts.map((p) => [codeCell(p.name), cell(p.description)]),
      ),
      '',
    );
  }

  const props = el.cssProperties ?? [];
  if (props.length) {
    out.push('**CSS custom properties**', '');
    const defaults = props.some((p) => p.default !== undefined);
    out.push(
      defaults
        ? table(
            ['property', 'default', 'description'],
            props.map((p) => [codeCell(p.name), codeCell(p.default), cell(p.description)]),
          )
        : table(
            ['property', 'description'],
            props.map((p) => [codeCell(p.name), cell(p.description)]),
          ),
      '',
    );
  }
  return out.join('\n').trimEnd();
}

/** The whole reference (what goes between the markers, without them). */
export function renderApiReference(manifest) {
  const elements = elementsOf(manifest);
  const head = [
    `Generated from \`custom-elements.json\` by \`node scripts/api-reference.mjs --write\`; do not edit by hand.`,
    '',
    elements.map((e) => `[\`<${e.tagName}>\`](#${e.tagName})`).join(' · '),
  ];
  const body = elements.map((e) => renderElement(e));
  return [...head, '', ...body.flatMap((b) => [b, ''])].join('\n').trimEnd() + '\n';
}

/** The README text with the section between the markers replaced (the markers stay). */
export function replaceSection(readme, section) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, a + START.length)}\n\n${section}\n${readme.slice(b)}`;
}

/** The section currently in the README (between the markers, as replaceSection writes it). */
export function currentSection(readme) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return undefined;
  return readme
    .slice(a + START.length, b)
    .replace(/^\n\n/, '')
    .replace(/\n$/, '');
}

export function readManifest(path = MANIFEST_PATH) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = renderApiReference(readManifest());
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README_PATH, 'utf8');
    const next = replaceSection(readme, section);
    if (next !== readme) writeFileSync(README_PATH, next);
    process.stdout.write(next === readme ? 'README.md: API reference already up to date\n' : 'README.md: API reference updated\n');
  } else {
    process.stdout.write(section);
  }
}
