import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import { UI } from '../../src/i18n/ui.js';
import { SEED } from '../helpers/files.js';
import { realFetch, stubFetch } from '../helpers/fetch-stub.js';

/** Every request waits until `release()`; each test loads its own URL (the loader keeps one per page). */
let release: () => void = () => {};
let run = 0;
function holdFetch(): void {
  const gate = new Promise<void>((ok) => (release = ok));
  stubFetch(async (url) => {
    await gate;
    const path = new URL(url, location.href).pathname;
    return realFetch(path);
  });
}
const src = () => `/${SEED}?load-states=${++run}`;

const state = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.state');
const height = (el: Element) => el.getBoundingClientRect().height;
const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
const heightEm = (el: Element) => height(el) / em(el);

async function loading(markup: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(`<div style="width: 100%">${markup}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await waitUntil(() => state(el)?.matches('.loading'), `<${el.localName}> shows no loading state`);
  return el;
}

async function loaded(el: HTMLElement): Promise<void> {
  release();
  await waitUntil(() => el.shadowRoot!.querySelector('.base') && !el.shadowRoot!.querySelector('.state.loading'), `<${el.localName}> did not render`, {
    timeout: 8000,
  });
  // The tree measures its width in the next frame, then lays out again.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** At least this tall while loading, in the host's em: what a reader sees, a box kept for the content. */
const RESERVED: Array<[string, number]> = [
  ['<budget-summary src="SRC"></budget-summary>', 35],
  ['<budget-tree src="SRC"></budget-tree>', 40],
  ['<budget-tree src="SRC" view="table"></budget-tree>', 35],
  ['<budget-table src="SRC" table="summary"></budget-table>', 24],
  ['<kpi-card src="SRC"></kpi-card>', 20],
  ['<procurement-table src="SRC"></procurement-table>', 20],
];

describe('loading states', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  beforeEach(holdFetch);
  afterEach(() => {
    release();
    window.fetch = realFetch;
  });

  for (const [markup, min] of RESERVED) {
    it(`should keep at least ${min}em for ${markup.replace(' src="SRC"', '').replace(/><\/.*/, '>')} while its data loads, with the status text`, async () => {
      const el = await loading(markup.replace('SRC', src()));
      const s = state(el)!;
      expect(s.getAttribute('role')).to.equal('status');
      expect(s.textContent!.trim()).to.equal(UI['zh-CN'].loading);
      expect(s.querySelector('.reserve')!.getAttribute('aria-hidden')).to.equal('true');
      expect(heightEm(el)).to.be.at.least(min);
    });
  }

  // In a portal's article column (60em: 960px at 16px), the usual place of an embedded widget.
  for (const tag of ['budget-summary', 'budget-tree']) {
    it(`should move the page below <${tag}> by less than 5em when its data arrives, in a 60em column at 1280px`, async () => {
      const el = await loading(`<${tag} src="${src()}" style="max-width: 60em"></${tag}>`);
      const reserved = height(el);
      await loaded(el);
      expect(Math.abs(height(el) - reserved) / em(el)).to.be.below(5);
    });
  }

  it('should reserve the English loading state too, and stay accessible', async () => {
    const el = await loading(`<budget-summary lang="en" src="${src()}"></budget-summary>`);
    expect(state(el)!.textContent!.trim()).to.equal(UI.en.loading);
    await expect(el).to.be.accessible();
  });

  it('should keep the same room in em under large text', async () => {
    const el = await loading(`<budget-table large-text src="${src()}" table="summary"></budget-table>`);
    expect(em(el)).to.be.above(em(el.parentElement!));
    expect(heightEm(el)).to.be.at.least(24);
  });

  it('should not leave a tall empty box when the load fails', async () => {
    stubFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
    const el = (await fixture(html`<budget-summary src=${src()}></budget-summary>`)) as HTMLElement;
    await waitUntil(() => el.shadowRoot!.querySelector('.state.error[role=alert]'), 'no error state');
    expect(el.shadowRoot!.querySelector('.reserve')).to.equal(null);
    expect(heightEm(el)).to.be.below(15);
  });

  it('should not reserve room for an element with nothing to load', async () => {
    const el = (await fixture(html`<budget-tree></budget-tree>`)) as HTMLElement;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(state(el)!.matches('.loading')).to.equal(false);
    expect(heightEm(el)).to.be.below(10);
  });

  it('should not animate the loading shapes under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await loading(`<budget-tree src="${src()}"></budget-tree>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.reserve')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
