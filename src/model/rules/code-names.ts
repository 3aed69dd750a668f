import CODE_LIST from '../code-list.json';
import { both, TOLERANCE, type Rule } from './engine.js';
import { sameName } from './text.js';

type Seen = Record<string, Array<[name: string, documents: number[]]>>;
const LIST = CODE_LIST as unknown as { documents: string[]; years: number[]; functional: Seen; economic: Seen };

/**
 * Names and codes across disclosures: a code is compared with the names the other disclosures the project has
 * give it (src/model/code-list.json, compiled by scripts/compile-code-list.mjs, with the year of each). A name
 * that two or more of them agree on and this document does not use is a note for the reader, never an error:
 * a department may use a newer name or its own numbering (社会福利院 2024 numbers 302's 款 its own way). A
 * name only one other document gives proves nothing either way. Codes none of them has are counted for the
 * scope (`report.codes`), not reported one by one.
 */
export const codeNames: Rule = {
  id: 'R-CODE-01',
  title: { 'zh-CN': '科目名称与已收录的其他公开文件一致', en: 'Codes are named as the other disclosures on record name them' },
  names: ['code.name'],
  reads: '$.expenditure.functional[*] (code, name), $.expenditure.economic.items[*] (code, name)',
  tolerance: TOLERANCE.none,
  check(ch, ctx) {
    // The document itself may be on record: it is compared with the others only.
    const self = LIST.documents.indexOf(`${ctx.doc.meta.department.name} ${ctx.doc.meta.fiscalYear}`);
    ch.codes.others = LIST.documents.length - (self >= 0 ? 1 : 0);
    const each = (kind: 'functional' | 'economic', items: ReadonlyArray<{ code: string; name: string }>, base: string) =>
      items.forEach((item, i) => {
        const seen = (LIST[kind][item.code] ?? []).map(([name, docs]) => ({ name, docs: docs.filter((d) => d !== self) })).filter((n) => n.docs.length);
        ch.codes.total++;
        if (!seen.length) {
          ch.codes.unseen.push(item.code);
          return;
        }
        // A comparison of names, not of figures: counted in `codes`, not among the checks.
        if (seen.some((n) => sameName(n.name, item.name))) return;
        // Names that differ only in bracket width or 其它/其他 are one name.
        const merged: Array<{ name: string; docs: number[] }> = [];
        for (const n of seen) {
          const same = merged.find((m) => sameName(m.name, n.name));
          if (same) same.docs = [...new Set([...same.docs, ...n.docs])];
          else merged.push({ ...n });
        }
        const agreed = merged.filter((n) => n.docs.length >= 2).map((n) => ({ name: n.name, years: [...new Set(n.docs.map((d) => LIST.years[d]!))].sort() }));
        if (!agreed.length) return;
        ch.remark(
          'code.name',
          'note',
          `${base}[${i}].name`,
          `${item.code} ${item.name}`,
          both((l) =>
            l === 'en'
              ? `${item.code} is “${item.name}” here; other disclosures on record name it ${agreed.map((o) => `“${o.name}” (${o.years.join(', ')})`).join(' or ')}.`
              : `${item.code} 在本文件中为“${item.name}”，已收录的其他公开文件中为${agreed.map((o) => `“${o.name}”（${o.years.join('、')} 年）`).join('或')}。`,
          ),
        );
      });
    each('functional', ctx.doc.expenditure.functional, '$.expenditure.functional');
    each('economic', ctx.doc.expenditure.economic?.items ?? [], '$.expenditure.economic.items');
  },
};
