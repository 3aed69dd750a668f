import { expect, waitUntil } from '@open-wc/testing';
import { frame, rendered, widgets, win } from './frames.js';

const CAPTURE = '<script src="/test/pages/console-capture.js"></script>';
const ES = '<script type="module" src="/dist/budget-widgets.js"></script>';
const IIFE = '<script src="/dist/budget-widgets.iife.js"></script>';
const SEED = '/data/xushui-administrative-approval-2024.json';
const SHANGHAI = '/data/shanghai-putuo-commerce-2025.json';

const visible = (el: Element) => el.getClientRects().length > 0;

describe('<div data-budget-widget> for editors that strip custom tags', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('upgrades the divs present at load, passing data-* on as attributes and hiding the fallback', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}
        <div id="a" data-budget-widget="budget-tree" data-src="${SEED}" data-classification="economic" data-lang="en"><a href="${SEED}">预算数据</a></div>
        <div id="b" data-budget-widget="Budget-Summary" data-src="${SHANGHAI}" data-sections="totals"><p>请下载 PDF</p></div>${ES}`,
    });
    await rendered(f, 2);
    const [tree, summary] = widgets(f);
    expect(tree!.parentElement!.id).to.equal('a');
    expect(tree!.getAttribute('classification')).to.equal('economic');
    expect(tree!.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('economic classification');
    expect(summary!.parentElement!.id).to.equal('b');
    expect(summary!.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    // the fallback content stays in the page, inside the element, and is not shown
    const link = f.contentDocument!.querySelector('#a a')!;
    expect(link.parentElement).to.equal(tree);
    expect(visible(link)).to.equal(false);
  });

  it('upgrades divs added after load (a CMS rendering a tab later), once each', async () => {
    const f = await frame({ srcdoc: `${CAPTURE}${IIFE}<main></main>` });
    const doc = f.contentDocument!;
    const wrapper = doc.createElement('section');
    wrapper.innerHTML = `<div data-budget-widget="budget-summary" data-src="${SEED}" data-sections="totals"></div>`;
    doc.querySelector('main')!.append(wrapper);
    await rendered(f, 1);
    const summary = widgets(f)[0]!;
    expect(summary.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    // moving the div again does not create a second element
    doc.body.append(wrapper);
    await new Promise((r) => setTimeout(r, 50));
    expect(widgets(f)).to.have.length(1);
  });

  it('upgrades a div that gets its data-budget-widget after insertion, or has a misspelt one corrected', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}${IIFE}<main><div id="late" data-src="${SEED}" data-sections="totals"></div><div id="typo" data-budget-widget="budget-sumary" data-src="${SEED}" data-sections="totals"></div></main>`,
    });
    const doc = f.contentDocument!;
    doc.querySelector('#late')!.setAttribute('data-budget-widget', 'budget-summary');
    doc.querySelector('#typo')!.setAttribute('data-budget-widget', 'budget-summary');
    await rendered(f, 2);
    expect(widgets(f).map((el) => el.parentElement!.id)).to.deep.equal(['late', 'typo']);
  });

  it('never copies event-handler or unknown attributes, and warns about them', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}<div data-budget-widget="procurement-table" data-src="${SEED}" data-onclick="window.__xss=1" data-style="color:red"></div>${IIFE}`,
    });
    await rendered(f, 1);
    const el = widgets(f)[0]!;
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('style')).to.equal(false);
    el.click();
    expect(win(f).__xss).to.equal(undefined);
    expect(win(f).__log.warn.join('\n')).to.contain('"onclick"').and.contain('"style"');
  });

  it('leaves an unknown widget name as its fallback content, with a console warning', async () => {
    const f = await frame({ srcdoc: `${CAPTURE}<div data-budget-widget="budget-pie"><a href="/x.pdf">PDF</a></div>${IIFE}` });
    await waitUntil(() => win(f).__log.warn.length > 0);
    expect(win(f).__log.warn[0]).to.contain('budget-pie');
    expect(visible(f.contentDocument!.querySelector('a')!)).to.equal(true);
  });
});

describe('fallback content', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('comes back with the error message when the data cannot be shown', async () => {
    const f = await frame({
      srcdoc: `${CAPTURE}<budget-tree src="/data/no-such-file.json"><a href="/budget.pdf">下载预算公开文件（PDF）</a></budget-tree>${IIFE}`,
    });
    const el = () => f.contentDocument!.querySelector('budget-tree')!;
    await waitUntil(() => el().shadowRoot?.querySelector('[role=alert]'), 'no error state', { timeout: 5000 });
    const link = f.contentDocument!.querySelector('a')!;
    expect(visible(link)).to.equal(true);
    expect(el().shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('404');
  });

  it('shows where the script does not run, and is hidden once the element is defined', async () => {
    const markup = `<budget-tree src="${SEED}"><a href="/budget.pdf">下载预算公开文件（PDF）</a></budget-tree>`;
    const without = await frame({ srcdoc: `${CAPTURE}${markup}` });
    const link = without.contentDocument!.querySelector('a')!;
    expect(visible(link)).to.equal(true);
    expect(link.textContent).to.equal('下载预算公开文件（PDF）');
    const withKit = await frame({ srcdoc: `${CAPTURE}${markup}${IIFE}` });
    await rendered(withKit, 1);
    expect(visible(withKit.contentDocument!.querySelector('a')!)).to.equal(false);
  });
});
