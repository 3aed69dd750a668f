import { expect, waitUntil } from '@open-wc/testing';
import { EMBED_FORMS, snippet, type EmbedChoice, type EmbedUrls } from '../../demo/builder-snippets.js';
import { frame, rendered, widgets } from '../embed/frames.js';

const origin = location.origin;
const SEED = `${origin}/data/xushui-administrative-approval-2024.json`;

async function urls(): Promise<EmbedUrls> {
  const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
  return {
    module: `${origin}/dist/budget-widgets.js`,
    classic: `${origin}/dist/budget-widgets.iife.js`,
    resizer: `${origin}/dist/budget-widgets-resizer.js`,
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
      const f = await frame({ srcdoc: code });
      await rendered(f, 1);
      const el = widgets(f)[0]!;
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
