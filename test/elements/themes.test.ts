import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { SEED } from '../helpers/files.js';

const SRC = `/${SEED}`;
const PRESETS = ['default', 'red', 'high-contrast', 'dark'] as const;
const ELEMENTS: [string, string][] = [
  ['budget-summary', ''],
  ['budget-tree', ''],
  ['budget-table', 'table="收支总表"'],
  ['kpi-card', 'project="*"'],
  ['procurement-table', ''],
];

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function place(tag: string, attrs: string, extra = '', width = 720): Promise<Lit> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width: ${width}px; font-size: 16px"><${tag} src="${SRC}" ${attrs} ${extra}></${tag}></div>`);
  const el = wrap.firstElementChild as Lit;
  await waitUntil(() => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.state'), `${tag} did not render`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const base = (el: Lit) => getComputedStyle(el.shadowRoot!.querySelector('.base')!);

describe('theme presets', () => {
  for (const preset of PRESETS) {
    for (const [tag, attrs] of ELEMENTS) {
      it(`<${tag}> with theme="${preset}" passes axe, colour contrast included`, async () => {
        const el = await place(tag, attrs, preset === 'default' ? '' : `theme="${preset}"`);
        const style = base(el);
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
        await expect(el).to.be.accessible();
        // the table view of the tree, too
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle');
        if (toggle) {
          toggle.click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('the class form equals the attribute form, and each preset paints its own background', async () => {
    const byAttr = await place('budget-summary', 'sections="totals"', 'theme="dark"');
    const byClass = await place('budget-summary', 'sections="totals"', 'class="budget-theme-dark"');
    const plain = await place('budget-summary', 'sections="totals"');
    expect(base(byClass).backgroundColor).to.equal(base(byAttr).backgroundColor);
    expect(base(byAttr).backgroundColor).to.equal('rgb(20, 26, 35)');
    expect(base(plain).backgroundColor).to.equal('rgb(255, 255, 255)');
    const red = await place('budget-summary', 'sections="totals"', 'theme="red"');
    expect(base(red).color).to.not.equal(base(plain).color);
    expect(base(red).color).to.not.equal(base(byAttr).color);
  });

  it('a --budget-* property set by the page wins over the preset', async () => {
    const el = await place('budget-summary', 'sections="totals"', 'theme="dark" style="--budget-color-background: rgb(0, 0, 64)"');
    expect(base(el).backgroundColor).to.equal('rgb(0, 0, 64)');
  });
});

describe('large-text mode (适老化)', () => {
  it('enlarges type from the host font size, thickens the focus ring and enlarges hit targets', async () => {
    const normal = await place('budget-tree', '');
    const large = await place('budget-tree', '', 'large-text');
    const size = (el: Lit) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('button.toggle')!).fontSize);
    expect(size(large) / size(normal)).to.be.closeTo(1.25, 0.01);
    const button = large.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    // the focus ring's declared width (its outline shows on :focus-visible)
    const normalRing = parseFloat(getComputedStyle(normal.shadowRoot!.querySelector('.base')!).getPropertyValue('--_focus-width'));
    const largeRing = parseFloat(getComputedStyle(large.shadowRoot!.querySelector('.base')!).getPropertyValue('--_focus-width'));
    expect(largeRing).to.be.greaterThan(normalRing);
    // the class form works too
    const byClass = await place('budget-tree', '', 'class="budget-large-text"');
    expect(size(byClass)).to.equal(size(large));
  });

  it('follows the host element font size, not the root', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="font-size: 20px; width: 600px"><budget-summary src="${SRC}" sections="totals" large-text></budget-summary></div>`);
    const el = wrap.firstElementChild as Lit;
    await waitUntil(() => el.shadowRoot?.querySelector('h3'));
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.base')!).fontSize)).to.equal(25);
  });
});
