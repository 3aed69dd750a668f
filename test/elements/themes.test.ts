import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
import { SEED, text } from '../helpers/files.js';

const SRC = `/${SEED}`;
const PRESETS = ['default', 'red', 'high-contrast', 'dark'] as const;
type Preset = (typeof PRESETS)[number];
const ELEMENTS: [string, string][] = [
  ['budget-summary', ''],
  ['budget-tree', ''],
  ['budget-table', 'table="收支总表"'],
  ['kpi-card', 'project="*"'],
  ['procurement-table', ''],
];

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The element on a neutral grey page (neither white nor dark), so that every colour a test sees is one
 * the element paints itself.
 */
async function place(tag: string, attrs: string, extra = '', width = 720): Promise<Lit> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px; font-size: 16px; background: rgb(128, 128, 128); color: rgb(128, 128, 128)"><${tag} src="${SRC}" ${attrs} ${extra}></${tag}></div>`,
  );
  const el = wrap.firstElementChild as Lit;
  await waitUntil(() => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.state'), `${tag} did not render`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const presetAttr = (preset: Preset) => (preset === 'default' ? '' : `theme="${preset}"`);

function rgba(c: string): [number, number, number, number] {
  const v = c.match(/[\d.]+/g)!.map(Number);
  return [v[0]!, v[1]!, v[2]!, v.length > 3 ? v[3]! : 1];
}

function luminance(c: string): number {
  const [r, g, b] = rgba(c)
    .slice(0, 3)
    .map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour painted behind an element: its own background or the nearest opaque one outside it (across the shadow root). */
function backdrop(node: Element): string {
  let n: Element | null = node;
  while (n) {
    const bg = getComputedStyle(n).backgroundColor;
    if (rgba(bg)[3] > 0.99) return bg;
    const root = n.getRootNode();
    n = n.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Every visible HTML element in the shadow root that holds text of its own, whose text colour contrasts less
 * than 4.5:1 with what is painted behind it (SVG labels are left to axe and the chart's own choice of black or white).
 */
function lowContrast(el: Lit): string[] {
  const bad: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (node instanceof SVGElement || node.closest('svg, [hidden], .visually-hidden, caption')) continue;
    const ownText = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
    if (!ownText) continue;
    const box = node.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const ratio = contrast(style.color, backdrop(node));
    if (ratio < 4.5) bad.push(`${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 20)}": ${ratio.toFixed(2)}`);
  }
  return bad;
}

const base = (el: Lit) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const baseStyle = (el: Lit) => getComputedStyle(base(el));

/** What a reader sees first: the background, the text, the headings and the table header. */
function look(el: Lit): string {
  const root = el.shadowRoot!;
  const heading = root.querySelector('h3, .title, .summary strong, nav li');
  const th = root.querySelector('thead th');
  const accent = root.querySelector('button, a, summary');
  return JSON.stringify([
    baseStyle(el).backgroundColor,
    baseStyle(el).color,
    heading && getComputedStyle(heading).color,
    th && getComputedStyle(th).backgroundColor,
    accent && getComputedStyle(accent).borderTopColor,
  ]);
}

/** Opens what a reader can open: the tree's table view, the summary's disclosures and a glossary term, a project's indicators. */
async function openUp(tag: string, el: Lit): Promise<void> {
  const root = el.shadowRoot!;
  if (tag === 'budget-tree') root.querySelector<HTMLButtonElement>('button.toggle')!.click();
  if (tag === 'kpi-card') root.querySelector<HTMLButtonElement>('article button.open')!.click();
  await el.updateComplete;
  for (const d of root.querySelectorAll('details')) d.open = true;
  if (tag === 'budget-summary') root.querySelector<HTMLButtonElement>('button.term')!.click();
  await el.updateComplete;
}

describe('theme presets', () => {
  for (const preset of PRESETS) {
    for (const [tag, attrs] of ELEMENTS) {
      it(`<${tag}> with theme="${preset}": axe colour contrast and every text readable on its own background, closed and opened`, async () => {
        const el = await place(tag, attrs, presetAttr(preset));
        const style = baseStyle(el);
        // the element paints its own background over the grey page
        expect(style.backgroundColor).to.not.equal('rgb(128, 128, 128)');
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
        const th = el.shadowRoot!.querySelector('thead th');
        if (th) expect(contrast(getComputedStyle(th).color, backdrop(th))).to.be.at.least(4.5);
        expect(lowContrast(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();

        await openUp(tag, el);
        if (tag === 'budget-tree') expect(el.shadowRoot!.querySelector('table')).to.exist;
        expect(lowContrast(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}> looks different in each preset, dark is dark and the others light`, async () => {
      const looks = new Set<string>();
      for (const preset of PRESETS) {
        const el = await place(tag, attrs, presetAttr(preset));
        looks.add(look(el));
        const bg = luminance(baseStyle(el).backgroundColor);
        if (preset === 'dark') expect(bg, preset).to.be.below(0.05);
        else expect(bg, preset).to.be.above(0.9);
      }
      expect(looks.size).to.equal(PRESETS.length);
    });
  }

  for (const preset of ['red', 'high-contrast', 'dark'] as const) {
    it(`the class budget-theme-${preset} equals theme="${preset}"`, async () => {
      const byAttr = await place('budget-table', 'table="收支总表"', `theme="${preset}"`);
      const byClass = await place('budget-table', 'table="收支总表"', `class="budget-theme-${preset}"`);
      expect(look(byClass)).to.equal(look(byAttr));
    });
  }

  it('theme="default" (and an unknown name) is the default look', async () => {
    const plain = await place('budget-summary', 'sections="totals"');
    const named = await place('budget-summary', 'sections="totals"', 'theme="default"');
    const unknown = await place('budget-summary', 'sections="totals"', 'theme="purple"');
    expect(look(named)).to.equal(look(plain));
    expect(look(unknown)).to.equal(look(plain));
    expect(baseStyle(plain).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('red has deep red table headers with white text; high contrast has black 2px frames; dark paints #141a23', async () => {
    const red = await place('budget-table', 'table="收支总表"', 'theme="red"');
    const th = getComputedStyle(red.shadowRoot!.querySelector('thead th')!);
    expect(th.backgroundColor).to.equal('rgb(179, 0, 12)');
    expect(th.color).to.equal('rgb(255, 255, 255)');
    const hc = await place('budget-table', 'table="收支总表"', 'theme="high-contrast"');
    const frame = getComputedStyle(hc.shadowRoot!.querySelector('.frame')!);
    expect(frame.borderTopWidth).to.equal('2px');
    expect(frame.borderTopColor).to.equal('rgb(0, 0, 0)');
    const dark = await place('budget-table', 'table="收支总表"', 'theme="dark"');
    expect(baseStyle(dark).backgroundColor).to.equal('rgb(20, 26, 35)');
  });

  it('the sunburst keeps black or white labels that read on their arcs in the dark preset', async () => {
    const el = await place('budget-tree', '', 'theme="dark"');
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')];
    expect(labels.length).to.be.greaterThan(3);
    const arcs = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.arc')];
    for (const label of labels) {
      const fill = getComputedStyle(label).fill;
      expect(['rgb(17, 17, 17)', 'rgb(255, 255, 255)']).to.include(fill);
      // the arc under the label's anchor
      const box = label.getBoundingClientRect();
      const under = el.shadowRoot!.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2).find((n) => arcs.includes(n as SVGPathElement));
      if (under) expect(contrast(fill, getComputedStyle(under).fill), label.textContent!).to.be.at.least(4.5);
    }
  });

  it('the contrast check catches dark text on dark (so it is not vacuous)', async () => {
    const el = await place('budget-summary', '', 'theme="dark" style="--budget-color-muted: #333a44"');
    const bad = lowContrast(el);
    expect(bad.length).to.be.greaterThan(5);
    expect(bad.join('\n')).to.contain('dt');
  });

  it('a --budget-* property set by the page wins over the preset', async () => {
    const el = await place('budget-summary', 'sections="totals"', 'theme="dark" style="--budget-color-background: rgb(0, 0, 64)"');
    expect(baseStyle(el).backgroundColor).to.equal('rgb(0, 0, 64)');
  });
});

describe('colours come from tokens', () => {
  const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![-\w'.])(?:white|black|red|gray|grey)(?![-\w'])/i;
  const ELEMENT_STYLES = ELEMENTS.map(([tag]) => `src/elements/${tag}/${tag}.styles.ts`).concat('src/styles/data-table.ts');

  for (const path of ELEMENT_STYLES) {
    it(`${path} names no colour of its own`, async () => {
      const lines = (await text(path)).split('\n').filter((l) => COLOUR.test(l) && !l.trim().startsWith('/*') && !l.trim().startsWith('*'));
      expect(lines).to.deep.equal([]);
    });
  }

  it('src/styles/shared.ts names colours only as defaults of --budget-* properties', async () => {
    const lines = (await text('src/styles/shared.ts')).split('\n').filter((l) => COLOUR.test(l) && !/^\s*--_[a-z-]+: var\(--budget-[a-z-]+, /.test(l));
    expect(lines.filter((l) => !l.trim().startsWith('*') && !l.trim().startsWith('/*'))).to.deep.equal([]);
  });
});

describe('large-text mode (适老化)', () => {
  const fontSize = (n: Element) => parseFloat(getComputedStyle(n).fontSize);

  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}>: type at least 1.2× the same element without it`, async () => {
      const normal = await place(tag, attrs);
      const large = await place(tag, attrs, 'large-text');
      const probe = 'h3, .title, td, .big, button';
      expect(fontSize(large.shadowRoot!.querySelector(probe)!) / fontSize(normal.shadowRoot!.querySelector(probe)!)).to.be.at.least(1.2);
      expect(fontSize(base(large)) / fontSize(base(normal))).to.be.closeTo(1.25, 0.01);
      for (const b of large.shadowRoot!.querySelectorAll<HTMLElement>('button:not(.term), summary')) {
        if (b.getBoundingClientRect().height) expect(b.getBoundingClientRect().height, b.textContent!).to.be.at.least(44);
      }
      await expect(large).to.be.accessible();
    });
  }

  it('a button is at least 44px high at a 16px host, and its keyboard focus ring is thicker', async () => {
    const ring = async (el: Lit) => {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
      button.focus();
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      return parseFloat(style.outlineWidth);
    };
    const normal = await place('budget-tree', '');
    const large = await place('budget-tree', '', 'large-text');
    expect(large.shadowRoot!.querySelector('button.toggle')!.getBoundingClientRect().height).to.be.at.least(44);
    const thin = await ring(normal);
    const thick = await ring(large);
    expect(thick).to.be.greaterThan(thin);
    expect(thick).to.be.at.least(5);
  });

  it('the class budget-large-text equals the attribute', async () => {
    const byAttr = await place('budget-tree', '', 'large-text');
    const byClass = await place('budget-tree', '', 'class="budget-large-text"');
    expect(fontSize(base(byClass))).to.equal(fontSize(base(byAttr)));
  });

  it('follows the host element font size, not the root', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div style="font-size: 20px; width: 600px"><budget-summary src="${SRC}" sections="totals" large-text></budget-summary></div>`,
    );
    const el = wrap.firstElementChild as Lit;
    await waitUntil(() => el.shadowRoot?.querySelector('h3'));
    expect(fontSize(base(el))).to.equal(25);
  });

  it('combines with a preset', async () => {
    const el = await place('procurement-table', '', 'theme="dark" large-text');
    expect(fontSize(base(el))).to.equal(20);
    expect(lowContrast(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
