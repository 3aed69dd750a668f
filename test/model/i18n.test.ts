import { expect } from '@open-wc/testing';
import { COST_LABELS, SOURCE_LABELS, THREE_PUBLIC_LABELS, TOTAL_LABEL, TYPE_LABELS } from '../../src/model/labels.js';
import { MESSAGES } from '../../src/model/messages.js';
import { UI } from '../../src/i18n/ui.js';
import { DIRECTORY_UI } from '../../src/elements/budget-directory/strings.js';
import { DOCUMENT_UI } from '../../src/elements/budget-document/strings.js';
import { SUMMARY_UI } from '../../src/elements/budget-summary/strings.js';
import { TABLE_UI } from '../../src/elements/budget-table/strings.js';
import { KPI_UI } from '../../src/elements/kpi-card/strings.js';
import { PROCUREMENT_UI } from '../../src/elements/procurement-table/strings.js';

/** The strings every element shares, and each element's own. */
const STRING_TABLES = { UI, SUMMARY_UI, TABLE_UI, KPI_UI, PROCUREMENT_UI, DOCUMENT_UI, DIRECTORY_UI };

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every string an entry gives: strings as they are, functions called with plain ASCII arguments. */
function texts(v: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof v === 'string') out.push([path, v]);
  else if (typeof v === 'function') {
    const args = Array.from({ length: Math.max(v.length, 3) }, (_, i) => (i % 2 ? 3 : `x${i}`));
    try {
      texts(v(...args), `${path}()`, out);
    } catch {
      // a function that needs structured arguments: its static strings are checked where it is used
    }
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) texts(x, `${path}.${k}`, out);
  return out;
}

const keys = (v: unknown, path = ''): string[] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).flatMap(([k, x]) => keys(x, `${path}.${k}`)) : [path];

describe('the two languages', () => {
  it('English has every UI string Chinese has, and no Chinese in any of them', () => {
    for (const [name, table] of Object.entries(STRING_TABLES)) {
      expect(keys(table.en), name).to.deep.equal(keys(table['zh-CN']));
      expect(keys(table.en).length, name).to.be.greaterThan(5);
      const mixed = texts(table.en, `${name}.en`).filter(([, s]) => CJK.test(s));
      expect(mixed, name).to.deep.equal([]);
    }
  });

  it('every message and label has both languages, the English one without Chinese', () => {
    const all = { MESSAGES, SOURCE_LABELS, TYPE_LABELS, COST_LABELS, THREE_PUBLIC_LABELS, TOTAL: { TOTAL_LABEL } } as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    for (const [group, entries] of Object.entries(all)) {
      for (const [key, entry] of Object.entries(entries)) {
        expect(Object.keys(entry).sort(), `${group}.${key}`).to.include.members(['en', 'zh-CN']);
        const mixed = texts(entry.en, `${group}.${key}.en`).filter(([, s]) => CJK.test(s));
        expect(mixed).to.deep.equal([]);
      }
    }
  });
});
