import { expect } from '@open-wc/testing';
import { json, SEED, SHANGHAI, text } from '../helpers/files.js';

/** Every string leaf of a JSON value. */
function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => leaves(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => leaves(x, out));
  return out;
}

describe('data files hold every figure of their source documents', () => {
  it('the founding department: every amount, code, percentage and target of the seed text', async () => {
    const seed = await text('data/sources/xushui-administrative-approval-2024.txt');
    const values = new Set(leaves(await json(SEED)));
    const all = [...values].join('\n');
    const missing: string[] = [];
    const cells = seed.split('\n').filter((l) => l.startsWith('\t')).map((l) => l.trim());
    let checked = 0;
    for (const c of cells) {
      if (/^\d+\.\d+$/.test(c) || /^\d{3}(\d{2}){0,2}$/.test(c) || /^13062524P\w+$/.test(c) || /^[ABC]\d{8}$/.test(c)) {
        checked++;
        if (!values.has(c)) missing.push(c);
      } else if (/^\d+%$/.test(c)) {
        checked++;
        if (!values.has(c.slice(0, -1)) && !values.has(c)) missing.push(c);
      } else if (/^[≥≤<>]?\d+(\.\d+)?[^\d\s]{0,4}$/.test(c) && !/^\d+$/.test(c)) {
        checked++;
        if (!values.has(c)) missing.push(c);
      }
    }
    // Amounts in the narrative (e.g. 较上年减少87.5万元), signed where they are changes.
    for (const m of seed.matchAll(/(\d+(?:\.\d+)?)万元/g)) {
      const a = m[1];
      if (/^0(\.0+)?$/.test(a)) continue;
      checked++;
      if (!values.has(a) && !values.has(`-${a}`)) missing.push(`${a}万元`);
    }
    expect(checked).to.be.greaterThan(300);
    expect(missing, 'figures of the seed missing from the JSON').to.deep.equal([]);
    expect(all).to.contain('202');
  });

  it('the Shanghai department: every amount of its tables and narrative', async () => {
    const src = await text('data/sources/shanghai-putuo-commerce-2025.txt');
    const values = new Set(leaves(await json(SHANGHAI)));
    const prose = [...values].join('\n');
    const missing: string[] = [];
    let checked = 0;
    for (const line of src.split('\n')) {
      const inProse = /万元?|万，|万$|[。，；]/.test(line);
      for (const m of line.matchAll(/(?<![\d.])(?:\d{1,3}(?:,\d{3})*\.\d{2}|\d+\.\d{2})(?![\d.])/g)) {
        const raw = m[0];
        const plain = raw.replace(/,/g, '');
        checked++;
        if (values.has(plain) || values.has(raw)) continue;
        if (inProse && prose.includes(raw)) continue;
        missing.push(raw);
      }
      for (const m of line.matchAll(/^(\d{3})(?: (\d{2}))?(?: (\d{2}))? /g)) {
        const code = m.slice(1).filter(Boolean).join('');
        checked++;
        if (!values.has(code)) missing.push(code);
      }
    }
    expect(checked).to.be.greaterThan(250);
    expect(missing, 'figures of the Shanghai document missing from the JSON').to.deep.equal([]);
  });
});
