import { expect } from '@open-wc/testing';
import { parseBudget } from '../../src/model/parse.js';
import { clone, json, SEED, SHANGHAI, text } from '../helpers/files.js';

const INVALID = [
  'future-version-other-shape',
  'amount-as-number',
  'thousands-separator',
  'bad-code',
  'unknown-major-version',
  'missing-required',
  'wrong-types',
  'duplicate-code',
];

describe('parseBudget', () => {
  it('accepts both real disclosures and the valid examples', async () => {
    for (const path of [SEED, SHANGHAI, 'test/fixtures/valid/minimal.json', 'test/fixtures/valid/final-account-extra-fields.json']) {
      const r = parseBudget(await text(path));
      expect(
        r.errors.map((e) => `${e.path} ${e.message.en}`),
        path,
      ).to.deep.equal([]);
      expect(
        r.warnings.map((e) => `${e.path} ${e.message.en}`),
        path,
      ).to.deep.equal([]);
      expect(r.ok).to.equal(true);
    }
  });

  for (const name of INVALID) {
    it(`reports every error of invalid/${name}.json with its JSON path, in zh-CN and en`, async () => {
      const value = await json<{ 'x-expect': Array<{ path: string; code: string }> }>(`test/fixtures/invalid/${name}.json`);
      const r = parseBudget(value);
      expect(r.ok).to.equal(false);
      expect(r.document).to.equal(undefined);
      expect(r.errors.map((e) => ({ path: e.path, code: e.code }))).to.deep.equal(value['x-expect']);
      for (const e of r.errors) {
        expect(e.message['zh-CN']).to.match(/[\u4e00-\u9fff]/);
        expect(e.message.en).to.match(/^[\x20-\x7e\u201c\u201d\u4e00-\u9fff（）]+$/);
      }
    });
  }

  it('names the offending value and the expected form in its messages', async () => {
    const r = parseBudget(await json('test/fixtures/invalid/thousands-separator.json'));
    expect(r.errors[0].message['zh-CN']).to.contain('1,000.00').and.contain('十进制字符串');
    expect(r.errors[0].message.en).to.contain('1,000.00').and.contain('decimal string');
    const v = parseBudget(await json('test/fixtures/invalid/unknown-major-version.json'));
    expect(v.errors[0].message.en).to.equal('unsupported schemaVersion "2.0.0": this kit reads version 1.x');
  });

  it('reports a part named twice in partOrder, and a part the kit does not know', async () => {
    const doc = clone(await json<Record<string, unknown>>(SHANGHAI));
    doc.partOrder = ['profile', 'glossary', 'profile'];
    const r = parseBudget(doc);
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.partOrder schema.uniqueItems']);
    expect(r.errors[0].message['zh-CN']).to.contain('“profile”重复出现');
    doc.partOrder = ['profile', 'appendix'];
    expect(parseBudget(doc).errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.partOrder[1] schema.enum']);
  });

  it('reports bad JSON text and non-object JSON', () => {
    const r = parseBudget('{"schemaVersion": ');
    expect(r.errors[0].code).to.equal('parse.json');
    expect(r.errors[0].message['zh-CN']).to.contain('不是有效的 JSON');
    expect(parseBudget('[1,2]').errors[0].code).to.equal('parse.notObject');
    expect(parseBudget(null).errors[0].code).to.equal('parse.notObject');
  });

  it('warns, without failing, about a code whose parent is not listed and a target whose parsed form disagrees', async () => {
    const doc = clone(await json<any>(SEED));
    doc.expenditure.functional = doc.expenditure.functional.filter((f: { code: string }) => f.code !== '20805');
    doc.projects[0].indicators[0].target.value = '31';
    const r = parseBudget(doc);
    expect(r.ok).to.equal(true);
    expect(r.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      ['$.expenditure.functional[6].code', 'schema.orphanCode'],
      ['$.projects[0].indicators[0].target', 'schema.targetMismatch'],
    ]);
    expect(r.warnings[0].message['zh-CN']).to.equal('科目“2080505”的上级科目“20805”未列出');
  });

  it('tolerates unknown fields anywhere', async () => {
    const doc = clone(await json<any>(SEED));
    doc.extra = { anything: [1, 2, 3] };
    doc.meta.contact = '0312-0000000';
    doc.expenditure.functional[0].amounts.note = '说明';
    expect(parseBudget(doc).ok).to.equal(true);
  });
});

describe('validation messages', () => {
  it('name the expected type in the reader’s language', async () => {
    const r = parseBudget(await json('test/fixtures/invalid/wrong-types.json'));
    const fy = r.errors.find((e) => e.path === '$.meta.fiscalYear')!;
    expect(fy.message['zh-CN']).to.equal('类型错误：应为整数');
    expect(fy.message.en).to.equal('wrong type: expected integer');
  });
});
