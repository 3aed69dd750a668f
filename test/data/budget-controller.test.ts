import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BudgetController } from '../../src/data/budget-controller.js';
import { clearBudgetCache } from '../../src/data/fetch-budget.js';
import { resolveLang } from '../../src/model/messages.js';
import { clone, json, SEED, text } from '../helpers/files.js';
import { jsonResponse, later, stubFetch } from '../helpers/fetch-stub.js';

/** The smallest element that uses the controller the way the widgets do. */
class TestBudgetView extends LitElement {
  static override properties = { src: { type: String }, data: { attribute: false }, lang: { type: String } };
  src?: string;
  data?: unknown;
  override lang = 'zh-CN';
  readonly budget = new BudgetController(this, () => ({ src: this.src, data: this.data }));
  renders = 0;
  override render() {
    this.renders++;
    const lang = resolveLang(this.lang);
    return this.budget.render({
      initial: () => html`<p>no data</p>`,
      pending: () => html`<p role="status">loading</p>`,
      complete: (b) => html`<p>${b.document.meta.department.name} ${b.document.meta.fiscalYear}</p>`,
      error: (e) => html`<p role="alert">${e.localized(lang)}</p>`,
    });
  }
}
customElements.define('test-budget-view', TestBudgetView);

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const realFetch = window.fetch;

describe('BudgetController', () => {
  let seedText: string;
  before(async () => {
    seedText = await text(SEED);
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearBudgetCache();
  });

  it('shows loading, then the data', async () => {
    const el = await fixture<TestBudgetView>(html`<test-budget-view src="/${SEED}"></test-budget-view>`);
    expect(shown(el)).to.equal('loading');
    await waitUntil(() => shown(el) !== 'loading');
    expect(shown(el)).to.equal('保定市徐水区行政审批局 2024');
  });

  it('ignores a stale response after src changes, and aborts it', async () => {
    const shanghai = clone(await json<any>(SEED));
    shanghai.meta.department.name = '第二个部门';
    let staleAborted = false;
    stubFetch((url, signal) => {
      if (url.endsWith('/a.json')) {
        signal?.addEventListener('abort', () => (staleAborted = true));
        return later(150, () => jsonResponse(seedText), signal);
      }
      return later(10, () => jsonResponse(JSON.stringify(shanghai)), signal);
    });
    const el = await fixture<TestBudgetView>(html`<test-budget-view src="/a.json"></test-budget-view>`);
    el.src = '/b.json';
    await waitUntil(() => shown(el).startsWith('第二个部门'));
    await new Promise((r) => setTimeout(r, 200));
    expect(shown(el)).to.equal('第二个部门 2024');
    expect(staleAborted).to.equal(true);
  });

  it('makes one request for two elements with the same src', async () => {
    let n = 0;
    stubFetch((_u, signal) => {
      n++;
      return later(20, () => jsonResponse(seedText), signal);
    });
    const wrap = await fixture(html`<div><test-budget-view src="/same.json"></test-budget-view><test-budget-view src="/same.json"></test-budget-view></div>`);
    const [a, b] = [...wrap.querySelectorAll('test-budget-view')];
    await waitUntil(() => shown(a).includes('2024') && shown(b).includes('2024'));
    expect(n).to.equal(1);
  });

  it('shows a localized error, and one broken widget leaves its neighbour working', async () => {
    const wrap = await fixture(html`<div>
      <test-budget-view src="/missing-budget.json"></test-budget-view>
      <test-budget-view src="/${SEED}" lang="en"></test-budget-view>
      <test-budget-view src="/missing-budget.json" lang="en"></test-budget-view>
    </div>`);
    const [bad, good, badEn] = [...wrap.querySelectorAll('test-budget-view')];
    await waitUntil(() => shown(bad) !== 'loading' && shown(good) !== 'loading' && shown(badEn) !== 'loading');
    const missing = new URL('/missing-budget.json', location.href).href;
    expect(shown(bad)).to.equal(`找不到数据文件（HTTP 404）：${missing}`);
    expect(bad.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(shown(badEn)).to.equal(`the data file was not found (HTTP 404): ${missing}`);
    expect(shown(good)).to.equal('保定市徐水区行政审批局 2024');
  });

  it('takes data set as a property, valid or not, without fetching', async () => {
    let n = 0;
    stubFetch(async () => {
      n++;
      return jsonResponse(seedText);
    });
    const el = await fixture<TestBudgetView>(html`<test-budget-view></test-budget-view>`);
    expect(shown(el)).to.equal('no data');
    el.data = JSON.parse(seedText);
    await el.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.equal('保定市徐水区行政审批局 2024');
    el.data = { schemaVersion: '1.0.0' };
    await el.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.equal('数据文件不符合预算数据标准（3 处错误）');
    expect(n).to.equal(0);
  });

  it('recovers when the element is moved in the page while loading', async () => {
    stubFetch((_u, signal) => later(50, () => jsonResponse(seedText), signal));
    const wrap = await fixture<HTMLDivElement>(html`<div><section></section><test-budget-view src="/moved.json"></test-budget-view></div>`);
    const el = wrap.querySelector('test-budget-view')!;
    wrap.querySelector('section')!.append(el); // re-parented mid-load (as accessibility toolbars do)
    await waitUntil(() => shown(el).includes('2024'), 'never loaded after the move', { timeout: 2000 });
  });

  it('does not load again when the host re-renders for another reason', async () => {
    let n = 0;
    stubFetch(async () => {
      n++;
      return jsonResponse(seedText);
    });
    const el = await fixture<TestBudgetView>(html`<test-budget-view src="/once.json"></test-budget-view>`);
    await waitUntil(() => shown(el).includes('2024'));
    el.lang = 'en';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(n).to.equal(1);
  });
});
