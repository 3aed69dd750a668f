import { expect, waitUntil } from '@open-wc/testing';
import { frame, rendered, TAGS, widgets, win } from './frames.js';

const CAPTURE = '<script src="/test/pages/console-capture.js"></script>';
const ES = '<script type="module" src="/dist/budget-widgets.js"></script>';
const IIFE = '<script src="/dist/budget-widgets.iife.js"></script>';
const SEED = '/data/xushui-administrative-approval-2024.json';

/** Waits until the frame has every tag defined. */
async function defined(f: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => TAGS.every((t) => win(f).customElements.get(t)), 'tags were not defined', { timeout: 5000 });
}

describe('the one-file bundles', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [name, script] of [
    ['ES module', ES],
    ['classic script', IIFE],
  ]) {
    it(`the ${name} bundle alone registers all five elements, which render the founding department`, async () => {
      const f = await frame({
        srcdoc: `${CAPTURE}<budget-summary src="${SEED}"></budget-summary><budget-tree src="${SEED}"></budget-tree>
          <budget-table src="${SEED}" table="收支总表"></budget-table><kpi-card src="${SEED}" project="*"></kpi-card>
          <procurement-table src="${SEED}"></procurement-table>${script}`,
      });
      await defined(f);
      await rendered(f, 5);
      const summary = widgets(f).find((el) => el.localName === 'budget-summary')!;
      expect(summary.shadowRoot!.textContent).to.contain('598.78万元');
      expect(win(f).__log.warn).to.deep.equal([]);
      expect(win(f).__log.error).to.deep.equal([]);
    });
  }

  it('the classic script exposes the classes and the version on window.BudgetWidgets', async () => {
    const f = await frame({ srcdoc: `${CAPTURE}${IIFE}` });
    const kit = win(f).BudgetWidgets!;
    expect(kit.VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(win(f).customElements.get('budget-tree')).to.equal(kit.BudgetTree);
    expect(typeof kit.parseBudget).to.equal('function');
  });

  it('loading both bundles of the same version is silent and keeps the first definitions', async () => {
    // The classic script runs first (module scripts are deferred); the module then finds every tag taken.
    const f = await frame({ srcdoc: `${CAPTURE}${ES}${IIFE}<budget-tree src="${SEED}"></budget-tree>` });
    await defined(f);
    await rendered(f, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(win(f).customElements.get('budget-tree')).to.equal(win(f).BudgetWidgets!.BudgetTree);
    expect(win(f).__log.warn).to.deep.equal([]);
    expect(win(f).__log.error).to.deep.equal([]);
  });

  it('a tag already taken by another version gives exactly one warning, and the other tags still register', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}<script>
        class OldTree extends HTMLElement {}
        OldTree.budgetWidgetsVersion = '0.0.9';
        customElements.define('budget-tree', OldTree);
        class Other extends HTMLElement {}
        customElements.define('kpi-card', Other);
      </script>${IIFE}`,
    });
    const log = win(f).__log;
    expect(log.warn).to.have.length(1);
    expect(log.warn[0]).to.contain('<budget-tree> (version 0.0.9)').and.contain('<kpi-card> (another script)');
    expect(log.error).to.deep.equal([]);
    for (const t of ['budget-summary', 'budget-table', 'procurement-table'])
      expect(win(f).customElements.get(t)).to.equal(
        win(f).BudgetWidgets![t === 'budget-summary' ? 'BudgetSummary' : t === 'budget-table' ? 'BudgetTable' : 'ProcurementTable'],
      );
  });

  it('the classic script shows correct Chinese on a page served as GBK (the bundle is ASCII)', async () => {
    // A top-level window: in an iframe Chromium may read the script as its parent's UTF-8.
    const w = window.open('/test/pages/gbk.html', 'gbk', 'width=800,height=600') as (Window & { __log?: unknown }) | null;
    expect(w, 'popup').to.not.equal(null);
    try {
      await waitUntil(
        () => w!.document?.readyState === 'complete' && w!.document.querySelector('budget-summary')?.shadowRoot?.querySelector('h3'),
        'summary did not render',
        { timeout: 5000 },
      );
      expect(w!.document.characterSet).to.equal('GBK');
      expect(w!.document.querySelector('budget-summary')!.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('收支总额');
    } finally {
      w?.close();
    }
  });
});

describe("each element's own file", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  /** What each file registers besides its own tag: the elements it shows inside it. */
  const INNER: Record<string, string[]> = {
    'budget-directory': ['budget-summary', 'budget-tree'],
    'budget-document': ['budget-summary', 'budget-tree', 'budget-table', 'kpi-card', 'procurement-table'],
  };

  for (const tag of TAGS) {
    for (const [name, script] of [
      ['module', `<script type="module" src="/dist/elements/${tag}.js"></script>`],
      ['classic script', `<script src="/dist/elements/${tag}.iife.js"></script>`],
    ]) {
      it(`the ${name} of <${tag}> registers it (and what it shows inside), no other element, and no global`, async () => {
        const f = await frame({ srcdoc: `${CAPTURE}${script}` });
        await waitUntil(() => win(f).customElements.get(tag), `<${tag}> was not defined`, { timeout: 5000 });
        const registered = TAGS.filter((t) => win(f).customElements.get(t));
        expect(registered).to.deep.equal(TAGS.filter((t) => t === tag || (INNER[tag] ?? []).includes(t)));
        expect(win(f).BudgetWidgets).to.equal(undefined);
        expect(win(f).__log.error).to.deep.equal([]);
      });
    }
  }

  it('a summary from its own classic script shows the founding department, and upgrades the div form', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}<budget-summary src="${SEED}"></budget-summary>
        <div data-budget-widget="budget-summary" data-src="${SEED}" data-lang="en"></div><script src="/dist/elements/budget-summary.iife.js"></script>`,
    });
    await rendered(f, 2);
    const [zh, en] = widgets(f);
    expect(zh!.shadowRoot!.textContent).to.contain('598.78万元');
    expect(en!.parentElement!.localName).to.equal('div');
    expect(en!.shadowRoot!.textContent).to.contain('Total');
    expect(win(f).__log.warn).to.deep.equal([]);
  });

  it("a document from its own file shows its parts (the kit's other elements, which that file registers)", async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}<budget-document src="/data/shanghai-putuo-wanli-2024-budget.json"></budget-document><script src="/dist/elements/budget-document.iife.js"></script>`,
    });
    const doc = () => widgets(f)[0]!;
    await waitUntil(() => doc().shadowRoot?.querySelectorAll('budget-table').length, 'no tables', { timeout: 8000 });
    const table = doc().shadowRoot!.querySelector('budget-table')!;
    await waitUntil(() => table.shadowRoot?.querySelector('table'), 'the inner table did not render', { timeout: 8000 });
    expect(win(f).__log.error).to.deep.equal([]);
  });

  it('an element file beside the bundle of every element is silent: the tags stay the first definitions', async () => {
    const f = await frame({ srcdoc: `${CAPTURE}${IIFE}<script src="/dist/elements/budget-tree.iife.js"></script><budget-tree src="${SEED}"></budget-tree>` });
    await rendered(f, 1);
    expect(win(f).customElements.get('budget-tree')).to.equal(win(f).BudgetWidgets!.BudgetTree);
    expect(win(f).__log.warn).to.deep.equal([]);
  });
});
