import { expect } from '@open-wc/testing';
import { isMoveKey, nextArc, parentId, siblingPositions } from '../../src/elements/budget-tree/tree-keys.js';
import { buildSunburst, layoutArcs, type ArcLayout } from '../../src/layout/sunburst.js';
import { buildTree } from '../../src/model/tree.js';

// Pure functions of the laid-out arcs: no element, no DOM.
function arcsOf(rows: Array<[string, string]>, total: string): ArcLayout[] {
  const root = buildTree(
    rows.map(([code, amount]) => ({ code, name: `科目${code}`, amounts: { total: amount } })),
    { name: '合计', amounts: { total } },
  );
  return layoutArcs({ focus: buildSunburst(root, 'total')!, depth: 2, radius: 200 });
}

const ids = (arcs: Array<ArcLayout | undefined>) => arcs.map((a) => a?.id);

describe('nextArc(arcs, current, key)', () => {
  const arcs = arcsOf(
    [
      ['301', '10.00'],
      ['30101', '6.00'],
      ['30102', '3.99'],
      ['302', '5.00'],
      ['30201', '3.00'],
      ['30202', '2.00'],
      ['303', '1.00'],
    ],
    '16.00',
  );
  const arc = (id: string) => arcs.find((a) => a.id === id)!;

  it('lays out the rings this suite walks', () => {
    expect(ids(arcs)).to.deep.equal(['301', '30101', '30102', '301~rest', '302', '30201', '30202', '303']);
  });

  it('goes round the siblings with ArrowRight and ArrowLeft, wrapping at both ends', () => {
    expect(nextArc(arcs, arc('301'), 'ArrowRight')?.id).to.equal('302');
    expect(nextArc(arcs, arc('303'), 'ArrowRight')?.id).to.equal('301');
    expect(nextArc(arcs, arc('301'), 'ArrowLeft')?.id).to.equal('303');
    expect(nextArc(arcs, arc('30102'), 'ArrowRight')?.id).to.equal('301~rest');
    expect(nextArc(arcs, arc('301~rest'), 'ArrowRight')?.id).to.equal('30101');
  });

  it('goes to the first and last sibling with Home and End', () => {
    expect(nextArc(arcs, arc('302'), 'Home')?.id).to.equal('301');
    expect(nextArc(arcs, arc('302'), 'End')?.id).to.equal('303');
    expect(nextArc(arcs, arc('30202'), 'Home')?.id).to.equal('30201');
  });

  it('goes to the first child with ArrowDown and to the parent with ArrowUp', () => {
    expect(nextArc(arcs, arc('301'), 'ArrowDown')?.id).to.equal('30101');
    expect(nextArc(arcs, arc('30202'), 'ArrowUp')?.id).to.equal('302');
    expect(nextArc(arcs, arc('301~rest'), 'ArrowUp')?.id).to.equal('301');
  });

  it('goes nowhere from a leaf down, from the first ring up, or on another key', () => {
    expect(nextArc(arcs, arc('303'), 'ArrowDown')).to.equal(undefined);
    expect(nextArc(arcs, arc('30101'), 'ArrowDown')).to.equal(undefined);
    expect(nextArc(arcs, arc('301'), 'ArrowUp')).to.equal(undefined);
    expect(nextArc(arcs, arc('301'), 'Enter')).to.equal(undefined);
    expect(nextArc(arcs, arc('301'), 'x')).to.equal(undefined);
  });

  it('treats a merged arc as one sibling, with no children to go down to', () => {
    const thin = arcsOf(
      [['301', '997.00'], ['302', '3.00'], ...['30201', '30202', '30203', '30204', '30205'].map((c): [string, string] => [c, '0.60'])],
      '1000.00',
    );
    const more = thin.find((a) => a.merged)!;
    expect(more.id).to.equal('302~more');
    expect(more.merged).to.have.length(5);
    expect(parentId(more)).to.equal('302');
    expect(nextArc(thin, more, 'ArrowRight')).to.equal(more); // its only sibling
    expect(nextArc(thin, more, 'ArrowDown')).to.equal(undefined);
    expect(nextArc(thin, more, 'ArrowUp')).to.equal(undefined);
    expect(
      nextArc(
        thin,
        thin.find((a) => a.id === '302')!,
        'ArrowDown',
      ),
    ).to.equal(undefined);
  });
});

describe('isMoveKey(key)', () => {
  it('is true for the arrows, Home and End only', () => {
    for (const k of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) expect(isMoveKey(k), k).to.equal(true);
    for (const k of ['Enter', ' ', 'Escape', 'Backspace', 'Tab', 'a']) expect(isMoveKey(k), k).to.equal(false);
  });
});

describe('siblingPositions(arcs)', () => {
  it("gives each arc its set size and 1-based position among its parent's arcs", () => {
    const arcs = arcsOf(
      [
        ['301', '10.00'],
        ['30101', '6.00'],
        ['30102', '4.00'],
        ['302', '5.00'],
      ],
      '15.00',
    );
    const pos = siblingPositions(arcs);
    expect(pos.get('301')).to.deep.equal({ size: 2, pos: 1, parent: 'root' });
    expect(pos.get('302')).to.deep.equal({ size: 2, pos: 2, parent: 'root' });
    expect(pos.get('30102')).to.deep.equal({ size: 2, pos: 2, parent: '301' });
  });
});
