import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { SEED } from '../helpers/files.js';

const SRC = `/${SEED}`;
/** What portal templates really carry: resets and site-wide rules written for their own markup. */
const HOSTILE = `
  html { font-size: 10px; }
  * { line-height: 1; box-sizing: content-box; letter-spacing: 2px; }
  body { font-family: SimSun, serif; color: #f0f; text-align: center; }
  table, td, th { border: 3px solid red; padding: 20px; font-size: 30px; }
  svg path { fill: red !important; stroke: lime; }
  div { margin: 10px; }
  button { background: yellow; font-size: 8px; }
`;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  async function place(markup: string, px: number, width = 720): Promise<Lit> {
    const wrap = await fixture<HTMLElement>(`<section style="font-size: ${px}px; width: ${width}px">${markup}</section>`);
    const el = wrap.firstElementChild as Lit;
    await waitUntil(() => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.state'), 'did not render', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }

  for (const px of [16, 20]) {
    it(`sizes follow the host element's ${px}px, not the root's 10px, and page rules stay outside`, async () => {
      const el = await place(`<budget-table src="${SRC}" table="收支总表"></budget-table>`, px);
      const root = el.shadowRoot!;
      const base = getComputedStyle(root.querySelector('.base')!);
      expect(parseFloat(base.fontSize)).to.equal(px);
      expect(parseFloat(base.lineHeight)).to.equal(px * 1.5);
      expect(base.letterSpacing).to.equal('normal');
      expect(base.fontFamily).to.not.contain('SimSun');
      expect(base.textAlign).to.equal('start');
      const td = getComputedStyle(root.querySelector('td')!);
      expect(td.borderTopColor).to.not.equal('rgb(255, 0, 0)');
      expect(parseFloat(td.fontSize)).to.be.below(px + 0.5);
      expect(parseFloat(td.paddingLeft)).to.be.below(15);
      const button = getComputedStyle(root.querySelector('button')!);
      expect(button.backgroundColor).to.not.equal('rgb(255, 255, 0)');
      expect(parseFloat(button.fontSize)).to.be.at.least(px * 0.8);
    });
  }

  it('the sunburst keeps its colours and its labels their size', async () => {
    const el = await place(`<budget-tree src="${SRC}"></budget-tree>`, 16);
    const arcs = [...el.shadowRoot!.querySelectorAll('path.arc')];
    expect(arcs.length).to.equal(16);
    for (const a of arcs) expect(getComputedStyle(a).fill).to.not.equal('rgb(255, 0, 0)');
    const label = el.shadowRoot!.querySelector('.centre text')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.within(12, 18);
  });

  it('nothing overflows a 320px column', async () => {
    for (const markup of [
      `<budget-summary src="${SRC}"></budget-summary>`,
      `<budget-tree src="${SRC}"></budget-tree>`,
      `<kpi-card src="${SRC}" project="*"></kpi-card>`,
      `<procurement-table src="${SRC}"></procurement-table>`,
      `<budget-table src="${SRC}" table="收支总表"></budget-table>`,
    ]) {
      const el = await place(markup, 16, 320);
      expect(el.getBoundingClientRect().width, markup).to.be.at.most(320);
      expect(el.parentElement!.scrollWidth, markup).to.be.at.most(320);
    }
  });
});
