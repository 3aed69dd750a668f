import { expect } from '@open-wc/testing';
import { clearBudgetCache, loadBudget, provideChecks } from '../../src/data/fetch-budget.js';
import { reconcile } from '../../src/model/reconcile.js';
import { calls, failure, jsonResponse, later, realFetch, stubFetch } from '../helpers/fetch-stub.js';
import { SEED, text } from '../helpers/files.js';

describe('loadBudget', () => {
  let seedText: string;
  before(async () => {
    seedText = await text(SEED);
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearBudgetCache();
  });

  // This file imports the loader alone, as <budget-tree>'s own file does: no element has given it the checks.
  it('without the checks, loads and validates, and says where the reconciliation is when asked for it', async () => {
    const b = await loadBudget(`/${SEED}`);
    expect(b.document.meta.department.name).to.equal('保定市徐水区行政审批局');
    expect(() => b.reconciliation).to.throw('no reconciliation checks; import reconcile');
  });

  it('loads, validates and reconciles a real file from the server', async () => {
    provideChecks(reconcile);
    const b = await loadBudget(`/${SEED}`);
    expect(b.document.meta.department.name).to.equal('保定市徐水区行政审批局');
    expect(b.reconciliation.notes).to.equal(2);
    expect(b.url).to.equal(new URL(`/${SEED}`, location.href).href);
  });

  it('turns a 404 into an http error whose message names the URL it tried', async () => {
    const e = await failure(loadBudget('/no-such-budget.json'));
    const url = new URL('/no-such-budget.json', location.href).href;
    expect(e.kind).to.equal('http');
    expect(e.params.status).to.equal(404);
    expect(e.localized('zh-CN')).to.equal(`找不到数据文件（HTTP 404）：${url}`);
    expect(e.localized('en')).to.equal(`the data file was not found (HTTP 404): ${url}`);
  });

  it('gives other HTTP failures with their status and URL', async () => {
    stubFetch(async () => new Response('', { status: 500 }));
    const e = await failure(loadBudget('/broken.json'));
    expect(e.localized('en')).to.equal(`the data file request failed: HTTP 500 at ${new URL('/broken.json', location.href).href}`);
  });

  it('rejects a body that is not JSON', async () => {
    stubFetch(async () => jsonResponse('<html><body>维护中</body></html>'));
    const e = await failure(loadBudget('/budget.json'));
    expect(e.kind).to.equal('json');
    expect(e.localized('zh-CN')).to.equal('数据文件不是有效的 JSON');
  });

  it('rejects the wrong content type (an HTML page served instead of the data)', async () => {
    const e = await failure(loadBudget('/demo/index.html'));
    expect(e.kind).to.equal('contentType');
    expect(e.localized('en')).to.contain('text/html');
  });

  it('gives up after the timeout and aborts the request', async () => {
    let aborted = false;
    stubFetch((_u, signal) => {
      signal?.addEventListener('abort', () => (aborted = true));
      return later(10_000, () => jsonResponse(seedText), signal);
    });
    const e = await failure(loadBudget('/slow.json', undefined, { timeoutMs: 60 }));
    expect(e.kind).to.equal('timeout');
    expect(e.localized('zh-CN')).to.equal('获取数据文件超时（0.06 秒）');
    expect(aborted).to.equal(true);
  });

  it('refuses a body over the size limit, by header or by counting', async () => {
    stubFetch(async () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': '999999999' } }));
    expect((await failure(loadBudget('/huge.json'))).kind).to.equal('tooLarge');
    clearBudgetCache();
    stubFetch(async () => jsonResponse(seedText));
    const e = await failure(loadBudget('/big.json', undefined, { maxBytes: 1000 }));
    expect(e.kind).to.equal('tooLarge');
    expect(e.localized('en')).to.equal('the data file is too large (over 1000 bytes)');
  });

  it('turns a failure of both requests (with and without CORS) into a network error with the URL', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const e = await failure(loadBudget('/unreachable.json'));
    expect(e.kind).to.equal('network');
    expect(calls.map((c) => c.init?.mode)).to.deep.equal([undefined, 'no-cors']);
    expect(e.localized('zh-CN')).to.contain('网络错误').and.contain(new URL('/unreachable.json', location.href).href);
  });

  it('tells CORS apart: the request without CORS reached the server, so the header is missing', async () => {
    stubFetch(async (_u, signal) => {
      if (calls.at(-1)?.init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      expect(signal).to.exist;
      return new Response(null, { status: 200 });
    });
    const e = await failure(loadBudget('https://elsewhere.example/budget.json'));
    expect(e.kind).to.equal('cors');
    expect(e.localized('en')).to.contain('(CORS)').and.contain('Access-Control-Allow-Origin').and.contain('https://elsewhere.example/budget.json');
  });

  it('says "offline" when the device knows it is, without asking again', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const e = await failure(loadBudget('/offline.json'));
      expect(e.kind).to.equal('offline');
      expect(calls).to.have.length(1);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('reports schema errors with their paths', async () => {
    const e = await failure(loadBudget('/test/fixtures/invalid/missing-required.json'));
    expect(e.kind).to.equal('schema');
    expect(e.localized('zh-CN')).to.equal('数据文件不符合预算数据标准（3 处错误）');
    expect(e.details('en')).to.deep.equal([
      '$.expenditure: missing required field "expenditure"',
      '$.meta.fiscalYear: missing required field "fiscalYear"',
      '$.meta.department.name: missing required field "name"',
    ]);
  });

  it('fetches a URL once for every user on the page, with cookies for the page\'s own origin only', async () => {
    stubFetch((_u, signal) => later(20, () => jsonResponse(seedText), signal));
    const [a, b] = await Promise.all([loadBudget('/shared.json'), loadBudget(new URL('/shared.json', location.href).href)]);
    expect(calls).to.have.length(1);
    // `same-origin`, as a <link rel="preload" as="fetch" crossorigin> asks: the browser reuses that preload.
    expect(calls[0].init?.credentials).to.equal('same-origin');
    expect(a.document).to.equal(b.document);
    await loadBudget('/shared.json');
    expect(calls).to.have.length(1);
  });

  it('keeps the shared request alive while one user still waits, and aborts it when none does', async () => {
    let aborted = false;
    stubFetch((_u, signal) => {
      signal?.addEventListener('abort', () => (aborted = true));
      return later(40, () => jsonResponse(seedText), signal);
    });
    const first = new AbortController();
    const p1 = loadBudget('/two.json', first.signal);
    const p2 = loadBudget('/two.json');
    first.abort();
    await p1.then(
      () => expect.fail('the aborted user must not get a result'),
      (e: unknown) => expect((e as DOMException).name).to.equal('AbortError'),
    );
    expect((await p2).document.meta.fiscalYear).to.equal(2024);
    expect(aborted).to.equal(false);

    clearBudgetCache();
    const only = new AbortController();
    const p3 = loadBudget('/three.json', only.signal).catch((e: unknown) => e);
    only.abort();
    await p3;
    expect(aborted).to.equal(true);
  });

  it('turns a malformed URL into an error instead of throwing', async () => {
    const e = await failure(loadBudget('http://[::1'));
    expect(e.kind).to.equal('badUrl');
    expect(e.localized('en')).to.equal('the data address is not a valid URL: http://[::1');
  });

  it('refuses a file that is not UTF-8 (a GBK export) instead of showing mojibake', async () => {
    stubFetch(async () => new Response(new Uint8Array([0x7b, 0x22, 0xd6, 0xd0, 0x22, 0x7d]), { headers: { 'content-type': 'application/json' } }));
    const e = await failure(loadBudget('/gbk.json'));
    expect(e.kind).to.equal('json');
  });

  it('tries again after a failure instead of caching it', async () => {
    let n = 0;
    stubFetch(async () => (++n === 1 ? new Response('', { status: 503 }) : jsonResponse(seedText)));
    expect((await failure(loadBudget('/flaky.json'))).params.status).to.equal(503);
    expect((await loadBudget('/flaky.json')).document.meta.fiscalYear).to.equal(2024);
  });
});
