import { expect } from '@open-wc/testing';
import { fitText } from '../../src/layout/sunburst.js';
import { LIMITS } from '../../src/model/limits.js';
import { formatAmount } from '../../src/model/money.js';
import { parseBudget } from '../../src/model/parse.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED } from '../helpers/files.js';

/** The errors of a document as "path code" lines. */
const errorsOf = (value: unknown) => parseBudget(value).errors.map((e) => `${e.path} ${e.code}`);

describe('input limits (issue 13)', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });

  describe('parseBudget', () => {
    it('accepts amounts of 20 integer and 10 fraction digits, and refuses one more, naming the field', () => {
      const ok = clone(seed);
      ok.expenditure.functional[0]!.amounts.total = `${'9'.repeat(20)}.${'1'.repeat(10)}`;
      expect(errorsOf(ok)).not.to.include('$.expenditure.functional[0].amounts.total schema.amountDigits');
      for (const amount of [`1${'0'.repeat(20)}`, `1.${'0'.repeat(11)}`, '9'.repeat(400), '9'.repeat(40_000), `${'1'.repeat(25)}.${'2'.repeat(16)}`]) {
        const doc = clone(seed);
        doc.expenditure.functional[0]!.amounts.total = amount;
        const r = parseBudget(doc);
        expect(r.ok).to.equal(false);
        expect(r.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.expenditure.functional[0].amounts.total schema.amountDigits']);
        expect(r.errors[0]!.message['zh-CN']).to.contain('位数过多').and.contain('20').and.contain('10');
        expect(r.errors[0]!.message.en).to.contain('too many digits');
        // the message quotes the value, shortened
        expect(r.errors[0]!.message.en.length).to.be.below(200);
      }
    });

    it('refuses a name longer than the limit and a text longer than its limit, with the length', () => {
      const doc = clone(seed);
      doc.expenditure.functional[0]!.name = '长'.repeat(16_000);
      doc.narrative![0]!.paragraphs[0] = '文'.repeat(LIMITS.textLength + 1);
      const r = parseBudget(doc);
      expect(r.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal([
        '$.expenditure.functional[0].name schema.maxLength',
        '$.narrative[0].paragraphs[0] schema.maxLength',
      ]);
      expect(r.errors[0]!.message['zh-CN']).to.equal('文字过长：16000 个字符，最多 500 个');
      expect(r.errors[1]!.message.en).to.equal(`text too long: ${LIMITS.textLength + 1} characters, at most ${LIMITS.textLength}`);
    });

    it('refuses an array over the item limit without checking its items', () => {
      const doc = clone(seed) as unknown as { glossary: unknown[] };
      doc.glossary = new Array(LIMITS.arrayItems + 1).fill(7);
      const r = parseBudget(doc);
      expect(r.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.glossary schema.maxItems']);
      expect(r.errors[0]!.message['zh-CN']).to.contain(`${LIMITS.arrayItems + 1} 项`);
    });

    it('reports 100,000 duplicate codes as a bounded list of errors with a count of the rest, without a stack overflow', () => {
      const doc = clone(seed);
      const first = doc.expenditure.functional[0]!;
      doc.expenditure.functional = Array.from({ length: 100_000 }, () => first);
      const r = parseBudget(doc);
      expect(r.ok).to.equal(false);
      expect(r.errorCount).to.equal(99_999);
      expect(r.errors).to.have.length(LIMITS.issues + 1);
      expect(`${r.errors[0]!.path} ${r.errors[0]!.code}`).to.equal('$.expenditure.functional[1].code schema.duplicateCode');
      const more = r.errors.at(-1)!;
      expect(`${more.path} ${more.code}`).to.equal('$ schema.more');
      expect(more.message['zh-CN']).to.equal(`另有 ${99_999 - LIMITS.issues} 处错误未列出`);
    });

    it('keeps 100,000 type errors to the limit, counting them all', () => {
      const doc = clone(seed) as unknown as { expenditure: { functional: unknown[] } };
      doc.expenditure.functional = new Array(LIMITS.arrayItems).fill('x');
      const r = parseBudget(doc);
      expect(r.errorCount).to.equal(LIMITS.arrayItems);
      expect(r.errors).to.have.length(LIMITS.issues + 1);
    });

    it('reports 5,000 levels of nesting where an enum or an amount is expected, at their paths', () => {
      const deep = JSON.parse(`${'['.repeat(5000)}1${']'.repeat(5000)}`) as unknown;
      const doc = clone(seed) as unknown as { meta: { phase: unknown }; expenditure: { functional: Array<{ amounts: { total: unknown } }> } };
      doc.meta.phase = deep;
      doc.expenditure.functional[0]!.amounts.total = deep;
      const r = parseBudget(doc);
      expect(r.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal([
        '$.meta.phase schema.enum',
        '$.expenditure.functional[0].amounts.total schema.decimal',
      ]);
      expect(r.errors[0]!.message.en).to.contain('[[…]]');
    });

    it('refuses a plan percentage below 0 or above 100', () => {
      for (const percent of ['-10', '100.5', '250']) {
        const doc = clone(seed);
        doc.projects![0]!.schedule![0]!.percent = percent;
        expect(errorsOf(doc)).to.deep.equal(['$.projects[0].schedule[0].percent schema.percent']);
      }
      const ok = clone(seed);
      ok.projects![0]!.schedule![0]!.percent = '100.00';
      expect(parseBudget(ok).ok).to.equal(true);
    });
  });

  describe('formatting and labels take time linear in their input', () => {
    it('formatAmount groups 100,000 digits correctly', () => {
      const digits = '1234567890'.repeat(10_000);
      const text = formatAmount(`${digits}.5`, { from: '元' });
      expect(text.length).to.equal(100_000 + Math.floor((100_000 - 1) / 3) + 2);
      expect(text.startsWith('1,234,567,890,123')).to.equal(true);
      expect(text.endsWith('7,890.5')).to.equal(true);
      expect(formatAmount('-1234', { from: '元' })).to.equal('-1,234');
      expect(formatAmount('123', { from: '元' })).to.equal('123');
      expect(formatAmount('123456', { from: '元' })).to.equal('123,456');
    });

    it('fitText cuts a 16,000-character name to what fits', () => {
      expect(fitText('长'.repeat(16_000), 50, 10)).to.equal('长长长长…');
      expect(fitText('a'.repeat(200_000), 60, 10)).to.equal(`${'a'.repeat(9)}…`);
    });
  });
});
