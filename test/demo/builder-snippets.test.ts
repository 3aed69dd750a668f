import { expect, waitUntil } from '@open-wc/testing';
import { createBuilder } from '../../demo/builder.js';
import {
  EMBED_FORMS,
  serverNotes,
  snippet,
  usableIntegrity,
  type EmbedChoice,
  type EmbedUrls,
  type FileCheck,
  type ServerCheck,
} from '../../demo/builder-snippets.js';
import { frame, rendered, widgets } from '../embed/frames.js';

const origin = location.origin;
const SEED = `${origin}/data/xushui-administrative-approval-2024.json`;

async function urls(): Promise<EmbedUrls> {
  const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
  return {
    dist: `${origin}/dist/`,
    embedPage: `${origin}/demo/embed.html`,
    integrity,
  };
}

const choice = (src: string): EmbedChoice => ({
  tag: 'budget-tree',
  attrs: [
    ['src', src],
    ['classification', 'economic'],
    ['lang', 'en'],
    ['large-text', true],
  ],
  fallback: { href: '/budget.pdf', text: '预算公开文件 <PDF> & more' },
  title: '部门预算 "where the money goes"',
});

describe('embed-code builder snippets, pasted into a page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const form of EMBED_FORMS.filter((f) => f !== 'iframe')) {
    it(`the ${form} snippet, pasted as is, shows the widget with its options (integrity checked)`, async () => {
      const code = snippet(form, choice(SEED), await urls())
        .map((p) => p.code)
        .join('\n');
      expect(code).to.contain('integrity="sha384-');
      // The element's own file, not every element's; the div form's script, in the site template for every
      // article, is the classic bundle of every element.
      const file = { module: 'elements/budget-tree.js', classic: 'elements/budget-tree.iife.js', div: 'budget-widgets.iife.js' }[form];
      expect(code).to.contain(`${origin}/dist/${file}"`);
      if (form !== 'div') expect(code).to.not.contain('budget-widgets');
      const f = await frame({ srcdoc: code });
      await rendered(f, 1);
      const el = widgets(f)[0]!;
      // The module and classic forms preload the data, and the loader takes that download: one request.
      const requests = f.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name === SEED);
      expect(code.includes(`<link rel="preload" href="${SEED}" as="fetch" crossorigin="anonymous">`), form).to.equal(form !== 'div');
      expect(requests, form).to.have.length(1);
      expect(el.getAttribute('src')).to.equal(SEED);
      expect(el.hasAttribute('large-text')).to.equal(true);
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('economic classification');
      expect(el.querySelector('a')!.textContent).to.equal('预算公开文件 <PDF> & more');
    });
  }

  it('the iframe snippet shows the widget in a frame that the resizer fits to its content', async () => {
    const code = snippet('iframe', choice(SEED), await urls())
      .map((p) => p.code)
      .join('\n');
    const f = await frame({ srcdoc: `<body style="margin:0">${code}</body>` });
    const inner = () => f.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => inner().contentDocument?.querySelector('budget-tree')?.shadowRoot?.querySelector('svg'), 'no chart', { timeout: 8000 });
    expect(inner().title).to.equal('部门预算 "where the money goes"');
    await waitUntil(() => {
      const content = Math.ceil(inner().contentDocument!.documentElement.getBoundingClientRect().height);
      return Math.abs(inner().getBoundingClientRect().height - content) < 1 && content !== 600;
    }, 'the iframe was not resized');
  });

  it('a hostile data URL stays one attribute value in every form', async () => {
    const hostile = `${SEED}?" onmouseover="window.__xss=1" x="<script>`;
    for (const form of EMBED_FORMS.filter((f) => f !== 'iframe')) {
      const code = snippet(form, choice(hostile), await urls())
        .map((p) => p.code)
        .join('\n');
      const f = await frame({ srcdoc: code });
      await waitUntil(() => widgets(f).length === 1, `${form}: no element`);
      const el = widgets(f)[0]!;
      expect(el.getAttribute('src'), form).to.equal(hostile);
      expect(el.hasAttribute('onmouseover'), form).to.equal(false);
      expect(f.contentDocument!.querySelectorAll('script').length, form).to.equal(1);
      f.remove();
    }
  });
});

describe('what the builder says about the server', () => {
  const SRI = 'sha384-abc';
  const file = (over: Partial<FileCheck> = {}): FileCheck => ({ url: `${origin}/dist/x.js`, status: 200, openCors: true, sha: SRI, ...over });
  const check = (over: Partial<FileCheck> = {}, dataCors?: boolean): ServerCheck => ({
    files: {
      'elements/budget-tree.js': file(over),
      'elements/budget-tree.iife.js': file(over),
      'budget-widgets.iife.js': file(over),
      'budget-widgets-resizer.js': file(over),
    },
    integrity: { 'elements/budget-tree.js': SRI, 'elements/budget-tree.iife.js': SRI, 'budget-widgets.iife.js': SRI, 'budget-widgets-resizer.js': SRI },
    dataCors,
  });
  const warnings = (form: (typeof EMBED_FORMS)[number], c: ServerCheck) =>
    serverNotes(form, 'budget-tree', c, SEED)
      .filter((n) => n.level === 'warn')
      .map((n) => n.text[1]);

  it('keeps integrity only for files that are served to any origin with the hash as built', () => {
    expect(Object.keys(usableIntegrity(check()))).to.have.length(4);
    expect(usableIntegrity(check({ openCors: false }))).to.deep.equal({});
    expect(usableIntegrity(check({ sha: 'sha384-other' }))).to.deep.equal({});
    expect(usableIntegrity(check({ sha: undefined }))).to.deep.equal({});
    expect(usableIntegrity(check({ status: 404 }))).to.deep.equal({});
  });

  it('a script without integrity has no crossorigin either (a server without CORS would block it)', () => {
    for (const form of EMBED_FORMS) {
      const code = snippet(form, choice(SEED), {
        dist: 'https://a.example/dist/',
        embedPage: 'https://a.example/e.html',
        integrity: {},
      })
        .map((p) => p.code)
        .join('\n');
      const scripts = code.match(/<script[^>]*>/g)!;
      expect(scripts, form).to.have.length(1);
      expect(scripts[0], form).to.not.contain('crossorigin').and.not.contain('integrity');
      // The data's preload always has it: it gives the loader's credentials mode, on any server.
      expect(code.replace(/<link rel="preload" [^>]*crossorigin="anonymous">/, ''), form).to.not.contain('crossorigin');
    }
  });

  it('says which file must be served, and that a missing one makes the code fail', () => {
    expect(serverNotes('classic', 'budget-tree', check(), SEED)[0].text[1]).to.contain('must serve dist/elements/budget-tree.iife.js');
    const missing = warnings('module', check({ status: 404 }));
    expect(missing).to.have.length(1);
    expect(missing[0]).to.contain('HTTP 404').and.contain('npm run build');
  });

  it('warns that a module script needs CORS, and explains why there is no integrity', () => {
    const c = check({ openCors: false }, true);
    expect(warnings('module', c).join()).to.contain('Access-Control-Allow-Origin: *').and.contain('classic script');
    expect(warnings('classic', c)).to.deep.equal([]);
    expect(
      serverNotes('classic', 'budget-tree', c, SEED)
        .map((n) => n.text[1])
        .join(),
    ).to.contain('no integrity attribute');
    expect(warnings('classic', check({ sha: 'sha384-other' })).join()).to.contain('does not match');
  });

  it('warns when the data cannot be read from other sites, except for the iframe form', () => {
    expect(warnings('div', check({}, false)).join())
      .to.contain(SEED)
      .and.contain('CORS error');
    expect(warnings('iframe', check({}, false))).to.deep.equal([]);
    expect(warnings('div', check({}, true))).to.deep.equal([]);
  });
});

describe('the builder on a site where the bundles are not built', () => {
  it('says so next to the code, with the address that is missing', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      createBuilder(host, { distBase: `${origin}/no-build-here/`, embedPage: `${origin}/demo/embed.html`, dataUrl: SEED });
      await waitUntil(() => !host.querySelector('section.code[aria-busy]') && host.querySelector('.server-notes li.warn'), 'no warning', { timeout: 8000 });
      const warned = host.querySelector('.server-notes li.warn')!.textContent!;
      expect(warned).to.contain(`${origin}/no-build-here/elements/budget-tree.js`).and.contain('HTTP 404').and.contain('npm run build');
      expect(host.querySelector('.snippets code')!.textContent).to.not.contain('integrity');
    } finally {
      host.remove();
    }
  });
});

describe('the builder, for each element', () => {
  it("writes the chosen element's own file, and checks that one on the server", async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      createBuilder(host, { distBase: `${origin}/dist/`, embedPage: `${origin}/demo/embed.html`, dataUrl: SEED });
      const code = () => host.querySelector('.snippets')!.textContent!;
      const idle = () => !host.querySelector('section.code[aria-busy]');
      const notes = () => host.querySelector('.server-notes')!.textContent!;
      await waitUntil(() => idle() && notes().includes('dist/elements/budget-tree.js'), 'the tree file was not checked', { timeout: 8000 });
      expect(code()).to.contain(`${origin}/dist/elements/budget-tree.js"`);
      const radio = host.querySelector<HTMLInputElement>('input[name="b-element"][value="budget-summary"]')!;
      radio.click();
      await waitUntil(() => idle() && notes().includes('dist/elements/budget-summary.js'), 'the summary file was not checked', { timeout: 8000 });
      expect(code()).to.contain(`${origin}/dist/elements/budget-summary.js"`).and.not.contain('budget-tree.js');
      // It is there (served by the test server): no warning that it is missing.
      expect(host.querySelector('.server-notes li.warn')?.textContent ?? '').to.not.contain('HTTP 404');
    } finally {
      host.remove();
    }
  });
});
