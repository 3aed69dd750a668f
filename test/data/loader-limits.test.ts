import { expect } from '@open-wc/testing';
import { clearBudgetCache, loadBudget } from '../../src/data/fetch-budget.js';
import { LIMITS } from '../../src/model/limits.js';
import { failure, realFetch } from '../helpers/fetch-stub.js';
import { SEED, text } from '../helpers/files.js';


describe('the loader under hostile conditions (issue 13)', () => {
  let seedText: string;
  let fetched: string[];
  before(async () => {
    seedText = await text(SEED);
  });
  beforeEach(() => {
    fetched = [];
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearBudgetCache();
    document.querySelector('meta[name="budget-widgets-allowed-origins"]')?.remove();
  });

  /** Serves the seed for every URL; `finalUrl` is where the response says it came from. */
  function serve(finalUrl?: (url: string) => string): void {
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      fetched.push(url);
      const r = new Response(seedText, { status: 200, headers: { 'content-type': 'application/json' } });
      if (finalUrl) Object.defineProperty(r, 'url', { value: finalUrl(url) });
      return r;
    }) as typeof fetch;
  }

  it(`keeps the last ${LIMITS.cachedBudgets} budgets, not every URL it ever loaded`, async () => {
    serve();
    const urls = Array.from({ length: LIMITS.cachedBudgets + 4 }, (_, i) => `/budget-${i}.json`);
    for (const u of urls) await loadBudget(u);
    expect(fetched).to.have.length(urls.length);
    await loadBudget(urls.at(-1)!); // still kept: no request
    expect(fetched).to.have.length(urls.length);
    await loadBudget(urls[0]!); // dropped long ago: fetched again
    expect(fetched).to.have.length(urls.length + 1);
  });

  it('a URL asked for often stays kept while others come and go', async () => {
    serve();
    await loadBudget('/often.json');
    for (let i = 0; i < LIMITS.cachedBudgets * 2; i++) {
      await loadBudget(`/other-${i}.json`);
      await loadBudget('/often.json');
    }
    expect(fetched.filter((u) => u.endsWith('/often.json'))).to.have.length(1);
  });

  describe('on a page with an origin allow-list', () => {
    beforeEach(() => {
      const meta = document.createElement('meta');
      meta.name = 'budget-widgets-allowed-origins';
      meta.content = 'https://trusted.example';
      document.head.append(meta);
    });

    it('refuses a URL of another origin without fetching it', async () => {
      serve();
      const e = await failure(loadBudget('https://elsewhere.example/fake.json'));
      expect(e.kind).to.equal('origin');
      expect(e.localized('zh-CN')).to.equal('数据地址不在本站允许的来源中：https://elsewhere.example/fake.json');
      expect(e.localized('en')).to.contain('not from an origin this site allows');
      expect(fetched).to.deep.equal([]);
    });

    it('refuses a response that a redirect brought from another origin', async () => {
      serve(() => 'https://elsewhere.example/fake.json');
      const e = await failure(loadBudget('/data/ok.json'));
      expect(e.kind).to.equal('origin');
      expect(e.localized('zh-CN')).to.contain('https://elsewhere.example/fake.json');
    });

    it('accepts this page’s own origin and the listed ones, after redirects too', async () => {
      serve((url) => url.replace('/hop/', '/data/'));
      expect((await loadBudget('/hop/a.json')).document.meta.department.name).to.equal('保定市徐水区行政审批局');
      serve(() => 'https://trusted.example/b.json');
      await loadBudget('https://trusted.example/b.json');
    });
  });
});
