import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/budget-summary/define.js';
import { clearBudgetCache } from '../../src/data/fetch-budget.js';
import { realFetch, stubFetch } from '../helpers/fetch-stub.js';
import { SEED } from '../helpers/files.js';

/** Another origin on the same test server: it sends no Access-Control-Allow-Origin. */
const OTHER = `${location.protocol}//127.0.0.1:${location.port}`;

/** Renders a summary of `src` and returns the error text it shows (the headline under the title). */
async function shownError(src: string, lang = 'zh-CN'): Promise<string> {
  const el = await fixture<HTMLElement>(`<budget-summary lang="${lang}"></budget-summary>`);
  el.setAttribute('src', src);
  await waitUntil(() => el.shadowRoot?.querySelector('[role=alert] p'), `no error shown for ${src}`, { timeout: 8000 });
  return el.shadowRoot!.querySelector('[role=alert] p')!.textContent!.trim();
}

describe('what a widget says when its data cannot be loaded', () => {
  afterEach(() => {
    window.fetch = realFetch;
    clearBudgetCache();
  });

  it('a missing file: HTTP 404 and the URL it tried', async () => {
    const url = new URL('/no-such-budget.json', location.href).href;
    expect(await shownError('/no-such-budget.json')).to.equal(`找不到数据文件（HTTP 404）：${url}`);
    expect(await shownError('/no-such-budget.json', 'en')).to.equal(`the data file was not found (HTTP 404): ${url}`);
  });

  it('another HTTP failure: its status and the URL', async () => {
    stubFetch(async () => new Response('', { status: 503 }));
    const url = new URL('/busy.json', location.href).href;
    expect(await shownError('/busy.json')).to.equal(`数据文件请求失败：HTTP 503，地址 ${url}`);
    clearBudgetCache();
    expect(await shownError('/busy.json', 'en')).to.equal(`the data file request failed: HTTP 503 at ${url}`);
  });

  it('a file on another origin without CORS: says CORS and the header to send', async () => {
    const url = `${OTHER}/${SEED}`;
    const zh = await shownError(url);
    expect(zh).to.contain('跨域 CORS').and.contain(url).and.contain('Access-Control-Allow-Origin: *').and.contain(location.origin);
    expect(zh).to.not.contain('网络错误');
    const en = await shownError(url, 'en');
    expect(en).to.contain('(CORS)').and.contain(`Access-Control-Allow-Origin: * (or ${location.origin})`);
  });

  it('the same file with CORS headers loads (the message above is about the header, not the file)', async () => {
    const el = await fixture<HTMLElement>(`<budget-summary src="${OTHER}/test/cors/${SEED}"></budget-summary>`);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('598.78'), 'not rendered', { timeout: 8000 });
  });

  it('a server that cannot be reached: a network error with the URL, not CORS', async () => {
    // Nothing listens on port 9 of this machine (and Chromium refuses the port): both requests fail.
    const url = 'http://127.0.0.1:9/budget.json';
    const shown = await shownError(url, 'en');
    expect(shown).to.contain('network error').and.contain(url).and.not.contain('CORS');
    expect(await shownError(url)).to.contain('网络错误');
  });

  it('an offline device: says offline', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(await shownError('/budget.json')).to.contain('本设备没有连接网络');
      clearBudgetCache();
      expect(await shownError('/budget.json', 'en')).to.contain('this device is offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('a download (application/octet-stream) is refused, with the URL and the type to serve', async () => {
    const src = `/test/typed?type=application/octet-stream&file=${SEED}`;
    const url = new URL(src, location.href).href;
    expect(await shownError(src, 'en')).to.equal(`the data file has the wrong type: ${url} is served as application/octet-stream; expected application/json`);
    expect(await shownError(src)).to.contain('application/json').and.contain(url);
  });

  it('an HTML page instead of the data is refused', async () => {
    expect(await shownError('/demo/embed.html', 'en')).to.contain('is served as text/html');
  });

  it('JSON served as text/plain is shown, with one note in the console', async () => {
    const notes: unknown[][] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args);
    try {
      const src = `/test/typed?type=text/plain;charset=utf-8&file=${SEED}`;
      const a = await fixture<HTMLElement>(`<div><budget-summary src="${src}"></budget-summary><budget-summary src="${src}"></budget-summary></div>`);
      await waitUntil(() => [...a.children].every((el) => el.shadowRoot?.textContent?.includes('598.78')), 'not rendered', { timeout: 8000 });
      expect(notes).to.have.length(1);
      expect(String(notes[0][0])).to.contain('text/plain').and.contain('application/json');
    } finally {
      console.info = info;
    }
  });

  it('an address that is not a URL says so', async () => {
    expect(await shownError('http://[::1', 'en')).to.equal('the data address is not a valid URL: http://[::1');
  });
});
