import { expect } from '@open-wc/testing';
import { syntheticBudget } from '../../bench/synthetic.js';
import { arcPath, buildSunburst, fitText, layoutArcs, type SunNode } from '../../src/layout/sunburst.js';
import { reconcile } from '../../src/model/reconcile.js';
import { buildTree } from '../../src/model/tree.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, SEED } from '../helpers/files.js';

function sunOf(doc: BudgetDocument, measure: 'total' | 'basic' = 'total'): SunNode {
  return buildSunburst(buildTree(doc.expenditure.functional, { name: '合计', amounts: doc.expenditure.functionalTotal }), measure)!;
}

describe('buildSunburst', () => {
  it('gives each node an angular share of its published amount', async () => {
    const sun = sunOf(await json<BudgetDocument>(SEED));
    expect(sun.data.amount).to.equal('598.78');
    const s208 = sun.find((n) => n.data.code === '208') as SunNode;
    expect(s208.x1 - s208.x0).to.be.closeTo(34.2 / 598.78, 1e-12);
    expect(sun.children!.map((c) => c.data.code)).to.deep.equal(['201', '208', '221', '210']); // largest first
  });

  it('adds a 未分项 remainder where children fall short and scales children that exceed their parent', () => {
    const root = buildTree(
      [
        { code: '301', name: '工资福利支出', amounts: { total: '10.00' } },
        { code: '30101', name: '基本工资', amounts: { total: '6.00' } },
        { code: '30102', name: '津贴补贴', amounts: { total: '3.99' } },
        { code: '302', name: '商品和服务支出', amounts: { total: '5.00' } },
        { code: '30201', name: '办公费', amounts: { total: '3.00' } },
        { code: '30202', name: '印刷费', amounts: { total: '2.01' } },
      ],
      { name: '合计', amounts: { total: '15.00' } },
    );
    const sun = buildSunburst(root, 'total')!;
    const s301 = sun.find((n) => n.data.code === '301') as SunNode;
    const rest = s301.children!.at(-1) as SunNode;
    expect(rest.data.kind).to.equal('remainder');
    expect(rest.data.amount).to.equal('0.01');
    expect(rest.x1).to.be.closeTo(s301.x1, 1e-12);
    const s302 = sun.find((n) => n.data.code === '302') as SunNode;
    expect(s302.data.excess).to.equal('0.01');
    expect(s302.children!.at(-1)!.x1 as number).to.be.closeTo(s302.x1, 1e-12); // children stay inside
  });

  it('leaves out rows with no amount in the measure', async () => {
    const sun = sunOf(await json<BudgetDocument>(SEED), 'basic');
    expect(sun.find((n) => n.data.code === '2010302')).to.equal(undefined);
    expect(sun.data.amount).to.equal('364.16');
  });
});

describe('layoutArcs', () => {
  it('keeps a 50,000-leaf budget to a few thousand arcs by merging thin ones per parent', () => {
    const doc = syntheticBudget(50_000);
    expect(doc.expenditure.functional.filter((f) => f.code.length === 7)).to.have.length(50_000);
    expect(reconcile(doc).findings).to.deep.equal([]);
    const sun = sunOf(doc);
    const arcs = layoutArcs({ focus: sun, depth: 3, radius: 300 });
    expect(arcs.length).to.be.lessThan(3000);
    expect(arcs.some((a) => a.merged)).to.equal(true);
    const ring1 = arcs.filter((a) => a.ring === 1);
    expect(ring1.reduce((s, a) => s + (a.a1 - a.a0), 0)).to.be.closeTo(2 * Math.PI, 1e-9);
    const merged = arcs.filter((a) => a.merged).reduce((s, a) => s + a.merged!.length, 0);
    expect(merged).to.be.greaterThan(10_000);
    for (const a of arcs.slice(0, 50)) expect(arcPath(a)).to.match(/^M/);
  });

  it('shows every child once zoomed in far enough', async () => {
    const sun = sunOf(await json<BudgetDocument>(SEED));
    const s208 = sun.find((n) => n.data.code === '208') as SunNode;
    const arcs = layoutArcs({ focus: s208, depth: 3, radius: 200 });
    expect(arcs.map((a) => a.id)).to.have.members(['20805', '2080505', '20809', '2080901']);
    expect(arcs.find((a) => a.id === '20805')!.a0).to.equal(0);
  });
});

describe('fitText', () => {
  it('shortens text with an ellipsis to the room it has', () => {
    expect(fitText('社会保障和就业支出', 200, 10)).to.equal('社会保障和就业支出');
    expect(fitText('社会保障和就业支出', 50, 10)).to.equal('社会保障…');
    expect(fitText('社会保障', 15, 10)).to.equal(undefined);
  });
});
