import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { SEED } from '../helpers/files.js';

const SRC = `/${SEED}`;
/** What portal templates really carry: resets and site-wide rules written for their own markup. */
const HOSTILE = `
  html { font-size: 10px; }
  * { line-height: 1; box-sizing: content-box; letter-spacing: 2px; }
  body { font-family: SimSun, serif; color: #f0f; text-align: center; word-break: break-all; font-weight: bold; font-style: italic; text-shadow: 1px 1px 2px red; cursor: wait; }
  table, td, th { border: 3px solid red; padding: 20px; font-size: 30px; }
  svg path, svg rect { fill: red !important; stroke: lime; }
  div { margin: 10px; }
  p, ul, dl, h3 { margin: 30px; font-size: 2rem; }
  button { background: yellow; font-size: 8px; }
`;

const ELEMENTS: [string, string, string][] = [
  // tag, attributes, a text element inside and its expected size in em of the host's font size
  ['budget-summary', '', '.big'],
  ['budget-tree', '', 'button.toggle'],
  ['budget-table', 'table="收支总表"', 'td'],
  ['kpi-card', 'project="*"', 'h3'],
  ['procurement-table', '', 'td'],
];

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  const sizes = new Map<string, number>();
  before(async () => {
    // The probe's size in em, measured on a clean page first.
    for (const [tag, attrs, probe] of ELEMENTS) {
      const el = await place(`<${tag} src="${SRC}" ${attrs}></${tag}>`, 16);
      const found = el.shadowRoot!.querySelector(probe);
      if (!found) throw new Error(`no ${probe} in <${tag}>`);
      sizes.set(tag, parseFloat(getComputedStyle(found).fontSize) / 16);
    }
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

  it('the hostile sheet is in force on the page itself', () => {
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
    expect(getComputedStyle(document.body).lineHeight).to.equal(getComputedStyle(document.body).fontSize);
  });

  for (const px of [16, 20]) {
    for (const [tag, attrs, probe] of ELEMENTS) {
      it(`<${tag}> in a ${px}px container: sizes follow the container, not the root's 10px, and page rules stay outside`, async () => {
        const el = await place(`<${tag} src="${SRC}" ${attrs}></${tag}>`, px);
        const root = el.shadowRoot!;
        const base = getComputedStyle(root.querySelector('.base')!);
        expect(parseFloat(base.fontSize)).to.equal(px);
        expect(parseFloat(base.lineHeight)).to.equal(px * 1.5);
        expect(base.letterSpacing).to.equal('normal');
        expect(base.fontFamily).to.not.contain('SimSun');
        expect(base.textAlign).to.equal('start');
        expect(base.boxSizing).to.equal('border-box');
        expect(base.color).to.not.equal('rgb(255, 0, 255)');
        expect([base.wordBreak, base.fontStyle, base.textShadow, base.cursor]).to.deep.equal(['normal', 'normal', 'none', 'auto']);
        expect(Number(base.fontWeight)).to.equal(400);
        const text = getComputedStyle(root.querySelector(probe)!);
        expect(parseFloat(text.fontSize), probe).to.be.closeTo(sizes.get(tag)! * px, 0.05);
        expect(parseFloat(text.lineHeight) / parseFloat(text.fontSize), `${probe} line height`).to.be.above(1.1);
        for (const cell of root.querySelectorAll('td, th')) {
          const s = getComputedStyle(cell);
          expect(s.borderTopColor).to.not.equal('rgb(255, 0, 0)');
          expect(s.borderTopWidth).to.not.equal('3px');
          expect(parseFloat(s.paddingLeft)).to.be.below(px);
        }
        for (const shape of root.querySelectorAll('path, rect')) expect(getComputedStyle(shape).fill).to.not.equal('rgb(255, 0, 0)');
        for (const b of root.querySelectorAll('button')) {
          const s = getComputedStyle(b);
          expect(s.backgroundColor).to.not.equal('rgb(255, 255, 0)');
          expect(parseFloat(s.fontSize)).to.be.at.least(px * 0.8);
        }
      });
    }
  }

  it('large text still scales from the container under the hostile sheet', async () => {
    const el = await place(`<budget-table src="${SRC}" table="收支总表" large-text></budget-table>`, 16);
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.base')!).fontSize)).to.equal(20);
  });

  it('the sunburst keeps its colours and its labels their size', async () => {
    const el = await place(`<budget-tree src="${SRC}"></budget-tree>`, 16);
    const arcs = [...el.shadowRoot!.querySelectorAll('path.arc')];
    expect(arcs.length).to.equal(16);
    for (const a of arcs) expect(getComputedStyle(a).fill).to.not.equal('rgb(255, 0, 0)');
    const label = el.shadowRoot!.querySelector('.centre text')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.within(12, 18);
  });

  it('nothing overflows a 320px column', async () => {
    for (const [tag, attrs] of ELEMENTS) {
      for (const extra of ['', 'large-text']) {
        const el = await place(`<${tag} src="${SRC}" ${attrs} ${extra}></${tag}>`, 16, 320);
        expect(el.getBoundingClientRect().width, tag).to.be.at.most(320);
        expect(el.parentElement!.scrollWidth, `${tag} ${extra}`).to.be.at.most(320);
        expect(el.shadowRoot!.querySelector('.base')!.scrollWidth, `${tag} ${extra}`).to.be.at.most(320);
      }
    }
  });
});
