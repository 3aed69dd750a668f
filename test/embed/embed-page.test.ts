import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { frame, rendered, widgets } from './frames.js';

const SEED = '/data/xushui-administrative-approval-2024.json';
const RESIZER = '/dist/budget-widgets-resizer.js';

function loadResizer(): Promise<void> {
  if (document.querySelector(`script[src="${RESIZER}"]`)) return Promise.resolve();
  const s = document.createElement('script');
  s.src = RESIZER;
  const done = new Promise<void>((resolve, reject) => {
    s.addEventListener('load', () => resolve(), { once: true });
    s.addEventListener('error', () => reject(new Error(`${RESIZER} did not load: run npm run build`)), { once: true });
  });
  document.head.append(s);
  return done;
}

/** An iframe of the embed page that the resizer manages, loaded and rendered. */
async function managedFrame(width: number, height: number, query: string): Promise<HTMLIFrameElement> {
  await loadResizer();
  const f = document.createElement('iframe');
  f.setAttribute('data-budget-embed', '');
  f.title = '预算';
  f.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  f.src = `/demo/embed.html?${query}`;
  document.body.append(f);
  await oneEvent(f, 'load');
  await rendered(f, 1);
  return f;
}

/** Waits until the iframe's height is its content's, and that content is taller than `min` pixels. */
async function grownToContent(f: HTMLIFrameElement, min: number): Promise<void> {
  await waitUntil(() => {
    const content = Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
    return content > min && Math.abs(f.getBoundingClientRect().height - content) < 1;
  }, 'the iframe did not grow to its content');
}

describe('embed.html, the iframe page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the widget its query names, with its options, and posts its height to the parent', async () => {
    const heights: number[] = [];
    const listener = (e: MessageEvent) => {
      if (e.data?.type === 'budget-widgets:resize') heights.push(e.data.height);
    };
    window.addEventListener('message', listener);
    try {
      const f = await frame({
        src: `/demo/embed.html?widget=budget-tree&src=${encodeURIComponent(SEED)}&classification=economic&lang=en&id=t1&onload=alert(1)`,
      });
      await rendered(f, 1);
      const el = widgets(f)[0]!;
      expect(el.getAttribute('classification')).to.equal('economic');
      expect(el.hasAttribute('onload')).to.equal(false);
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('economic classification');
      const content = Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(() => heights.at(-1) === content, `last height ${heights.at(-1)} is not ${content}`);
      expect(content).to.be.greaterThan(300);
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('with the resizer, the iframe takes the height of its content', async () => {
    const f = await managedFrame(360, 150, `widget=budget-summary&src=${encodeURIComponent(SEED)}`);
    await grownToContent(f, 500);
  });

  it('the resizer ignores messages from an origin other than the iframe src, and frames it does not manage', async () => {
    await loadResizer();
    const other = `${location.protocol}//127.0.0.1:${location.port}/demo/embed.html?widget=budget-summary`;
    // srcdoc wins over src: the document runs at this page's origin while src names another one.
    const forged = document.createElement('iframe');
    forged.setAttribute('data-budget-embed', '');
    forged.style.height = '100px';
    forged.src = other;
    forged.srcdoc = `<script>parent.postMessage({ type: 'budget-widgets:resize', height: 999, id: null }, '*');</script>`;
    const unmanaged = document.createElement('iframe');
    unmanaged.style.height = '100px';
    unmanaged.srcdoc = `<script>parent.postMessage({ type: 'budget-widgets:resize', height: 888, id: null }, '*');</script>`;
    const seen = new Promise<void>((resolve) => {
      let n = 0;
      const count = (e: MessageEvent) => {
        if (e.data?.type === 'budget-widgets:resize' && ++n === 2) {
          window.removeEventListener('message', count);
          resolve();
        }
      };
      window.addEventListener('message', count);
    });
    document.body.append(forged, unmanaged);
    await seen;
    await new Promise((r) => setTimeout(r, 50));
    expect(forged.style.height).to.equal('100px');
    expect(unmanaged.style.height).to.equal('100px');
  });

  it('a table in the iframe shows every row: the frame grows to it, no scroll box inside', async () => {
    const f = await managedFrame(500, 200, `widget=budget-table&table=${encodeURIComponent('一般公共预算支出表')}&src=${encodeURIComponent(SEED)}`);
    const frameBox = () => widgets(f)[0]!.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    await grownToContent(f, 400);
    expect(frameBox().scrollHeight).to.be.at.most(frameBox().clientHeight + 1);
  });

  it('refuses data from an origin the site does not allow, and says so', async () => {
    const foreign = `${location.protocol}//127.0.0.1:${location.port}${SEED}`;
    const f = await frame({ src: `/demo/embed.html?widget=budget-summary&src=${encodeURIComponent(foreign)}` });
    await waitUntil(() => f.contentDocument!.querySelector('[role=alert]'));
    expect(f.contentDocument!.querySelector('[role=alert]')!.textContent).to.contain('不在本站允许的来源中').and.contain(foreign);
    expect(widgets(f)).to.have.length(0);
  });

  it('refuses a src given twice (or in two spellings) instead of checking one and loading the other', async () => {
    const foreign = `${location.protocol}//127.0.0.1:${location.port}/test/cors/${SEED.slice(1)}`;
    for (const second of ['src', 'SRC']) {
      const f = await frame({ src: `/demo/embed.html?widget=budget-summary&src=${encodeURIComponent(SEED)}&${second}=${encodeURIComponent(foreign)}` });
      await waitUntil(() => f.contentDocument!.querySelector('[role=alert]'));
      expect(f.contentDocument!.querySelector('[role=alert]')!.textContent).to.contain('src').and.contain('不止一次');
      expect(widgets(f)).to.have.length(0);
      f.remove();
    }
  });

  it('refuses data that a same-origin address redirects to from another origin, in the widget', async () => {
    const foreign = `${location.protocol}//127.0.0.1:${location.port}/test/cors/${SEED.slice(1)}`;
    // The address as written is this site's own; the response comes from elsewhere.
    const hop = `/test/redirect?to=${encodeURIComponent(foreign)}`;
    const f = await frame({ src: `/demo/embed.html?widget=budget-summary&src=${encodeURIComponent(hop)}` });
    await waitUntil(() => widgets(f)[0]?.shadowRoot?.querySelector('[role=alert]'), 'no error state', { timeout: 8000 });
    const shown = widgets(f)[0]!.shadowRoot!.textContent!;
    expect(shown).to.contain('不在本站允许的来源中').and.contain('127.0.0.1');
    expect(shown).not.to.contain('保定市徐水区行政审批局');
  });

  it('names a missing or unknown widget on the page', async () => {
    const f = await frame({ src: '/demo/embed.html?widget=budget-pie' });
    await waitUntil(() => f.contentDocument!.querySelector('[role=alert]'));
    expect(f.contentDocument!.querySelector('[role=alert]')!.textContent).to.contain('budget-pie');
    const g = await frame({ src: '/demo/embed.html' });
    await waitUntil(() => g.contentDocument!.querySelector('[role=alert]'));
    expect(g.contentDocument!.querySelector('[role=alert]')!.textContent).to.contain('widget');
  });
});
