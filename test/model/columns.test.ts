import { expect } from '@open-wc/testing';
import schema from '../../schema/budget.schema.json';
import { cell, columnKey, columnLabel, columnsOf, isColumnKey, parseColumnKey, setCell, type ColumnKey } from '../../src/model/columns.js';
import { amountFor, MEASURES } from '../../src/model/tree.js';
import {
  AGGREGATE_SOURCE_KEYS,
  COST_KINDS,
  EXPENDITURE_TYPES,
  FISCAL_SOURCES,
  LEAF_SOURCE_KEYS,
  SOURCE_KEYS,
  SOURCE_PARTS,
  type Amounts,
} from '../../src/model/types.js';

describe('key lists', () => {
  it('are the schema enums', () => {
    expect([...SOURCE_KEYS]).to.deep.equal(schema.$defs.sourceKey.enum);
    expect([...EXPENDITURE_TYPES]).to.deep.equal(schema.$defs.expenditureType.enum);
    expect([...COST_KINDS]).to.deep.equal(Object.keys(schema.$defs.amounts.properties.byCostKind.properties));
  });

  it('make a hierarchy whose every part is a source and every leaf is counted once', () => {
    const leaves = (k: string): string[] => (k in SOURCE_PARTS ? SOURCE_PARTS[k as keyof typeof SOURCE_PARTS].flatMap(leaves) : [k]);
    expect(leaves('currentYear').sort()).to.deep.equal(LEAF_SOURCE_KEYS.filter((k) => k !== 'carryover').sort());
    expect(Object.keys(SOURCE_PARTS).sort()).to.deep.equal([...AGGREGATE_SOURCE_KEYS].sort());
    expect([...FISCAL_SOURCES]).to.deep.equal(['generalPublicBudget', 'governmentFund', 'stateCapital']);
  });
});

describe('parseColumnKey', () => {
  it('takes apart every kind of key and columnKey puts it back', () => {
    const keys: ColumnKey[] = ['total', 'byType.project', 'bySource.fiscal', 'bySourceType.governmentFund.basic', 'byCostKind.public'];
    for (const k of keys) expect(columnKey(parseColumnKey(k)!)).to.equal(k);
    expect(parseColumnKey('bySourceType.governmentFund.basic')).to.deep.equal({ group: 'bySourceType', source: 'governmentFund', type: 'basic' });
  });

  it('refuses what is no key', () => {
    for (const k of [
      '',
      'totals',
      'total.x',
      'byType',
      'byType.fiscal',
      'bySource.basic',
      'bySourceType.fiscal',
      'bySourceType.fiscal.basic.x',
      'byCostKind.other',
      '__proto__',
      'byType.__proto__',
    ])
      expect(isColumnKey(k), k).to.equal(false);
  });
});

describe('cell, setCell and columnsOf', () => {
  it('write and read back every key, in the groups the JSON uses', () => {
    const a: Amounts = {};
    setCell(a, 'total', '10');
    setCell(a, 'byType.basic', '6');
    setCell(a, 'bySource.generalPublicBudget', '10');
    setCell(a, 'bySourceType.generalPublicBudget.basic', '6');
    setCell(a, 'byCostKind.personnel', '4');
    expect(a).to.deep.equal({
      total: '10',
      byType: { basic: '6' },
      bySource: { generalPublicBudget: '10' },
      bySourceType: { generalPublicBudget: { basic: '6' } },
      byCostKind: { personnel: '4' },
    });
    expect(columnsOf(a)).to.deep.equal([
      'total',
      'byType.basic',
      'bySource.generalPublicBudget',
      'bySourceType.generalPublicBudget.basic',
      'byCostKind.personnel',
    ]);
    for (const k of columnsOf(a)) expect(cell(a, k), k).to.not.equal(undefined);
    expect(cell(a, 'byType.project')).to.equal(undefined);
  });

  it('read only what the data itself holds: no inherited keys, no figures that are not text, no keys the schema lacks', () => {
    const a = JSON.parse('{"byType":{"__proto__":{"basic":"9"}},"bySource":{"fiscal":5},"byCostKind":{"personnel":"1","other":"2"}}') as Amounts;
    expect(cell(a, 'byType.basic')).to.equal(undefined);
    expect(cell(a, 'bySource.fiscal')).to.equal(undefined);
    expect(columnsOf(a)).to.deep.equal(['byCostKind.personnel']);
  });
});

describe('columnLabel', () => {
  it('names a key in both languages', () => {
    expect(columnLabel('total', 'zh-CN')).to.equal('合计');
    expect(columnLabel('byType.basic', 'en')).to.equal('Basic expenditure');
    expect(columnLabel('bySourceType.generalPublicBudget.project', 'zh-CN')).to.equal('一般公共预算拨款·项目支出');
    expect(columnLabel('bySourceType.generalPublicBudget.project', 'en')).to.equal('General public budget appropriation, Project expenditure');
    expect(columnLabel('byCostKind.public', 'zh-CN')).to.equal('公用经费');
  });
});

describe('MEASURES and amountFor', () => {
  it('offer every type, cost kind and source, reading an expenditure type before a like-named source', () => {
    for (const k of [...EXPENDITURE_TYPES, ...COST_KINDS, ...SOURCE_KEYS]) expect(MEASURES, k).to.include(k);
    const a: Amounts = { total: '9', byType: { operating: '1' }, bySource: { operating: '2', fiscal: '7' }, byCostKind: { public: '3' } };
    expect(amountFor(a, 'total')).to.equal('9');
    expect(amountFor(a, 'operating')).to.equal('1');
    expect(amountFor(a, 'fiscal')).to.equal('7');
    expect(amountFor(a, 'public')).to.equal('3');
    expect(amountFor(a, 'basic')).to.equal(undefined);
  });
});
