import { expect } from '@open-wc/testing';
import { parseTarget, sameTarget } from '../../src/model/targets.js';
import type { BudgetDocument, Indicator } from '../../src/model/types.js';
import { json, SEED } from '../helpers/files.js';

describe('parseTarget', () => {
  it('parses operators, values and units', () => {
    expect(parseTarget('≥30个')).to.deep.equal({ operator: '>=', value: '30', unit: '个' });
    expect(parseTarget('≥95%')).to.deep.equal({ operator: '>=', value: '95', unit: '%' });
    expect(parseTarget('≤28800元')).to.deep.equal({ operator: '<=', value: '28800', unit: '元' });
    // the Shanghai system's brackets around the unit
    expect(parseTarget('≥13459.00(平方米)')).to.deep.equal({ operator: '>=', value: '13459.00', unit: '平方米' });
    expect(parseTarget('=100.00(%)')).to.deep.equal({ operator: '=', value: '100.00', unit: '%' });
    expect(parseTarget('=5.00（万人次）')).to.deep.equal({ operator: '=', value: '5.00', unit: '万人次' });
    expect(parseTarget('4人')).to.deep.equal({ operator: '=', value: '4', unit: '人' });
    expect(parseTarget('100%')).to.deep.equal({ operator: '=', value: '100', unit: '%' });
    expect(parseTarget('≥3900平方米')).to.deep.equal({ operator: '>=', value: '3900', unit: '平方米' });
    expect(parseTarget('> 2.5 小时')).to.deep.equal({ operator: '>', value: '2.5', unit: '小时' });
    expect(parseTarget('<1')).to.deep.equal({ operator: '<', value: '1' });
    expect(parseTarget('=12月')).to.deep.equal({ operator: '=', value: '12', unit: '月' });
  });

  it('reads the Chinese wordings of comparisons', () => {
    expect(parseTarget('90%以上')).to.deep.equal({ operator: '>=', value: '90', unit: '%' });
    expect(parseTarget('不少于30个')).to.deep.equal({ operator: '>=', value: '30', unit: '个' });
    expect(parseTarget('超过90%')).to.deep.equal({ operator: '>', value: '90', unit: '%' });
    expect(parseTarget('大于等于80%')).to.deep.equal({ operator: '>=', value: '80', unit: '%' });
    expect(parseTarget('不超过5天')).to.deep.equal({ operator: '<=', value: '5', unit: '天' });
    expect(parseTarget('3天以内')).to.deep.equal({ operator: '<=', value: '3', unit: '天' });
  });

  it('reads redundant and full-width forms, and refuses approximations and contradictions', () => {
    expect(parseTarget('≥10%以上')).to.deep.equal({ operator: '>=', value: '10', unit: '%' });
    expect(parseTarget('≥95％')).to.deep.equal({ operator: '>=', value: '95', unit: '%' });
    expect(parseTarget('95%左右')).to.equal(undefined);
    expect(parseTarget('≤5天以上')).to.equal(undefined);
    expect(parseTarget('3-5天')).to.equal(undefined);
  });

  it('leaves text that is not a comparison unparsed', () => {
    for (const t of ['明显提升', '按时完成', '', '≥', '较上年提高', '2021年6月17日前完成']) expect(parseTarget(t), t).to.equal(undefined);
  });

  it('parses every target of the founding department to the form stored in its JSON', async () => {
    const doc = await json<BudgetDocument>(SEED);
    const all: Indicator[] = [...(doc.projects ?? []).flatMap((p) => p.indicators ?? []), ...(doc.performance?.goals ?? []).flatMap((g) => g.indicators ?? [])];
    expect(all.length).to.equal(58);
    const texts = new Set(all.map((i) => i.target.text));
    expect([...texts].sort()).to.deep.equal(
      [
        '100%',
        '10%以上',
        '10人',
        '1人',
        '4人',
        '80%以上',
        '8人',
        '90%以上',
        '95%以上',
        '≤28800元',
        '≤2天',
        '≤2次',
        '≤3次',
        '≥30个',
        '≥360天',
        '≥3900平方米',
        '≥3次',
        '≥50个',
        '≥5次',
        '≥85%',
        '≥8个',
        '≥95%',
        '大于80%',
        '超过90%',
      ].sort(),
    );
    for (const ind of all) {
      const parsed = parseTarget(ind.target.text);
      expect(parsed, ind.target.text).to.not.equal(undefined);
      expect(sameTarget(parsed, ind.target), `${ind.name}: ${ind.target.text}`).to.equal(true);
    }
  });
});
