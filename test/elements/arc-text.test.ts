// An arc's label stays on its band: level text centred on the band never runs past the chart's edge at
// 3 and 9 o'clock, nor over the ring inside it.
import { expect } from '@open-wc/testing';
import { arcLabelFit } from '../../src/elements/budget-tree/arc-text.js';
import { textWidth, type ArcLayout } from '../../src/layout/sunburst.js';

const NAME = '其他社会保障和就业支出';

function arc(a0: number, a1: number, r0: number, r1: number): ArcLayout {
  return { a0, a1, r0, r1 } as unknown as ArcLayout;
}

describe('arcLabelFit', () => {
  it('shortens a label on a wide arc at 9 o’clock so that both its ends stay within the band', () => {
    const a = arc((3 * Math.PI) / 2 - 0.4, (3 * Math.PI) / 2 + 0.4, 230, 300);
    const fit = arcLabelFit(a, NAME, 16)!;
    expect(fit.text).to.not.equal(NAME);
    const half = textWidth(fit.text, 16 * 0.72) / 2;
    expect(Math.hypot(Math.abs(fit.x) + half, fit.y)).to.be.at.most(300);
    expect(Math.hypot(Math.abs(fit.x) - half, fit.y)).to.be.at.least(230);
  });

  it('keeps the whole name on a wide arc at 12 o’clock, where the text runs along the band', () => {
    const a = arc(-0.4, 0.4, 200, 300);
    expect(arcLabelFit(a, NAME, 16)!.text).to.equal(NAME);
  });
});
