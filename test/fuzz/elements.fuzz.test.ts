// The fuzz suite of issue 13, in the browser: every element on every mutation of the two real files,
// given as the `data` property and as `src` (a blob: URL of the mutated text, through the real loader),
// next to a widget on the valid file that must keep working. One test per mutation; its failure lists
// each element that went wrong and how. Run alone with `npx wtr test/fuzz/elements.fuzz.test.ts`.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/budget-summary/define.js';
import '../../src/elements/budget-table/define.js';
import '../../src/elements/budget-tree/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/procurement-table/define.js';
import { clearBudgetCache } from '../../src/data/fetch-budget.js';
import { msg, type Lang } from '../../src/model/messages.js';
import { UI } from '../../src/i18n/ui.js';
import { LIMITS } from '../../src/model/limits.js';
import { json, SEED, SHANGHAI } from '../helpers/files.js';
import { FUZZ_LIMITS, generateMutations, pathCovers, serialize, type Mutation } from './mutations.js';

const seeds = { xushui: await json(SEED), shanghai: await json(SHANGHAI) };
const started = performance.now();
const MUTATIONS = generateMutations(seeds);
const generationMs = performance.now() - started;

/** Each element with the attribute sets it cycles through (mutation i gets set i mod n). */
const ELEMENTS: Array<{ tag: string; attrs: Array<Record<string, string>> }> = [
  { tag: 'budget-summary', attrs: [{}] },
  { tag: 'budget-tree', attrs: [{ classification: 'functional' }, { classification: 'economic' }] },
  {
    tag: 'budget-table',
    attrs: [
      { table: '收支总表' },
      { table: '支出总表' },
      { table: '基本支出表' },
      { table: '三公经费表' },
      { table: '财政拨款收支总表' },
      { table: '一般公共预算支出表' },
      { table: '机关运行经费' },
    ],
  },
  { tag: 'kpi-card', attrs: [{ project: '*' }, {}] },
  { tag: 'procurement-table', attrs: [{}] },
];
const VIAS = ['data', 'src'] as const;
type Via = (typeof VIAS)[number];

/** Mutations whose text is this long get more time (100,000-item arrays, multi-megabyte files, large valid documents). */
const HEAVY_CHARS = 250_000;

type Widget = HTMLElement & { data?: unknown; src?: string; updateComplete?: Promise<unknown> };

interface Seen {
  state: 'none' | 'loading' | 'initial' | 'error' | 'rendered';
  headline?: string;
  message?: string;
  details: string[];
  /** The line under the details that counts the problems not listed, if any. */
  more?: string;
  baseLang?: string | null;
}

const CJK = /[\u3400-\u9fff]/;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** What the element shows now: one of the loader's states, or its content. */
function seen(el: Widget): Seen {
  const base = el.shadowRoot?.querySelector('.base');
  if (!base) return { state: 'none', details: [] };
  const baseLang = base.getAttribute('lang');
  // The loader's error state is the only .state with the fallback slot (content states have none).
  const error = [...base.children].find((c) => c.matches('.state.error[role=alert]') && c.querySelector('slot.fallback'));
  if (error) {
    return {
      state: 'error',
      headline: squash(error.querySelector('strong')?.textContent),
      message: squash(error.querySelector('p')?.textContent),
      details: [...error.querySelectorAll('li:not(.more)')].map((li) => squash(li.textContent)),
      more: squash(error.querySelector('li.more')?.textContent) || undefined,
      baseLang,
    };
  }
  const p = [...base.children].find((c) => c.matches('p.state'));
  const text = squash(p?.textContent);
  if (p && (text === UI['zh-CN'].loading || text === UI.en.loading)) return { state: 'loading', details: [], baseLang };
  if (p && (text === UI['zh-CN'].noData || text === UI.en.noData)) return { state: 'initial', details: [], baseLang };
  return { state: 'rendered', details: [], baseLang };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SCHEMA_HEADLINE: Record<Lang, RegExp> = {
  'zh-CN': new RegExp(`^${escape(msg('load.schema', 'zh-CN', { count: 7777 })).replace('7777', '[\\d,]+')}$`),
  en: new RegExp(`^${escape(msg('load.schema', 'en', { count: 7777 })).replace('7777', '[\\d,]+')}$`),
};
const UNREADABLE: Record<Lang, string> = {
  'zh-CN': msg('parse.unreadable', 'zh-CN', { detail: '' }),
  en: msg('parse.unreadable', 'en', { detail: '' }),
};

const pathOf = (detail: string) => {
  const at = detail.indexOf(': ');
  return at < 0 ? detail : detail.slice(0, at);
};

/** Everything wrong with what `el` ended in, for mutation `m` in language `lang`. */
function judge(m: Mutation, s: Seen, lang: Lang): string[] {
  const problems: string[] = [];
  const shown = () => clip(`${s.message ?? ''}${s.details.length ? ` | ${s.details.slice(0, 3).join(' | ')}` : ''}`, 300);
  if (s.state === 'none' || s.state === 'loading' || s.state === 'initial')
    return [`stuck: ${s.state === 'none' ? 'nothing rendered' : s.state === 'loading' ? 'still loading' : 'shows "no data set"'}`];
  if (s.baseLang !== lang) problems.push(`.base lang is ${s.baseLang}, not ${lang}`);
  const e = m.expect;
  if (s.state === 'rendered') {
    if (e.outcome === 'error') problems.push(`accepted: rendered a widget, expected a ${e.kind} error${e.kind === 'schema' ? ` at ${e.path}` : ''}`);
    return problems;
  }
  // An error state
  if (s.headline !== UI[lang].errorTitle) problems.push(`error headline not localized (${lang}): ${clip(s.headline ?? '')}`);
  const message = s.message ?? '';
  if (lang === 'zh-CN' ? !CJK.test(message) : CJK.test(message)) problems.push(`error message not in ${lang}: ${clip(message)}`);
  for (const d of s.details) {
    const text = d.slice(pathOf(d).length + 2);
    if (lang === 'zh-CN' ? !CJK.test(text) : !/[A-Za-z]{2,}/.test(text)) problems.push(`detail not in ${lang}: ${clip(d)}`);
  }
  if (s.details.length > 8) problems.push(`${s.details.length} details shown (at most 8)`);
  if (s.more !== undefined) {
    const n = /\d+/.exec(s.more)?.[0];
    if (!n || s.more !== UI[lang].moreProblems(Number(n))) problems.push(`the count of unlisted problems is not in ${lang}: ${clip(s.more)}`);
    if (s.details.length !== 8) problems.push(`unlisted problems counted although only ${s.details.length} are listed`);
  }
  const unreadable = s.details.find((d) => d.slice(pathOf(d).length + 2).startsWith(UNREADABLE[lang]));
  if (unreadable) problems.push(`validator threw (reported as unreadable): ${clip(unreadable)}`);
  if (e.outcome === 'render') {
    problems.push(`rejected a valid document: ${shown()}`);
    return problems;
  }
  const kind = message === msg('load.json', lang) ? 'json' : SCHEMA_HEADLINE[lang].test(message) ? 'schema' : 'other';
  const wanted = e.outcome === 'any' ? 'schema' : e.kind;
  if (kind !== wanted) {
    problems.push(
      `wrong error kind: expected ${wanted}, got ${kind === 'other' ? `"${clip(message)}"` : kind}${s.details.length ? ` (${clip(s.details[0])})` : ''}`,
    );
    return problems;
  }
  if (wanted === 'schema') {
    const path = (e as { path: string }).path;
    const paths = s.details.map(pathOf);
    if (!paths.some((p) => pathCovers(path, p)))
      problems.push(`no detail names ${clip(path, 90)}: got ${paths.length ? paths.map((p) => clip(p, 90)).join(', ') : 'no details'}`);
  }
  return problems;
}

/** The page-wide failures: uncaught errors and unhandled rejections, recorded while a mutation runs. */
const uncaught: string[] = [];
let benignResizeLoops = 0;
const describeError = (err: unknown) => {
  if (err instanceof Error)
    return clip(
      `${err.name}: ${err.message} @ ${(err.stack ?? '')
        .split('\n')
        .slice(1, 3)
        .map((l) => l.trim())
        .join(' < ')}`,
      400,
    );
  return clip(String(err));
};
function onError(e: ErrorEvent): void {
  if (/ResizeObserver loop/.test(e.message)) {
    benignResizeLoops++;
    e.preventDefault();
    return;
  }
  uncaught.push(`uncaught error: ${e.error ? describeError(e.error) : clip(e.message)}`);
  e.preventDefault();
}
function onRejection(e: PromiseRejectionEvent): void {
  uncaught.push(`unhandled rejection: ${describeError(e.reason)}`);
  e.preventDefault();
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function polluted(): string[] {
  const out: string[] = [];
  for (const proto of [Object.prototype, Array.prototype, String.prototype]) {
    for (const k in proto) out.push(`${proto === Object.prototype ? 'Object' : proto === Array.prototype ? 'Array' : 'String'}.prototype.${k}`);
  }
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'fiscalYear', 'name', 'prototype']) if (probe[k] !== undefined) out.push(`({}).${k} is ${String(probe[k])}`);
  return out;
}

describe('fuzz (issue 13): every element on every mutation', () => {
  let neighbour: Widget;
  let stage: HTMLDivElement;
  let savedOnError: OnErrorEventHandler;

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    // Mocha's own window.onerror would fail the test at the first uncaught error; the suite records
    // them per mutation instead (and fails that mutation's test with all of them).
    savedOnError = window.onerror;
    window.onerror = null;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const page = document.createElement('div');
    page.innerHTML = `<section style="width: 480px"><budget-summary id="neighbour" src="/${SEED}" sections="totals composition"></budget-summary></section>
      <section id="stage" style="width: 480px"></section>`;
    document.body.append(page);
    neighbour = page.querySelector('#neighbour')!;
    stage = page.querySelector('#stage')!;
    await waitUntil(() => seen(neighbour).state === 'rendered', 'the neighbour did not render', { timeout: 5000 });
  });

  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.onerror = savedOnError;
    neighbour.closest('div')?.remove();
  });

  it('generates the same few hundred mutations quickly, under the bounds of src/model/limits.ts', () => {
    expect(MUTATIONS.length).to.be.within(250, 400);
    expect(generationMs, 'generation time (ms)').to.be.below(1000);
    expect(generateMutations(seeds).map((m) => m.id)).to.deep.equal(MUTATIONS.map((m) => m.id));
    for (const [k, v] of Object.entries(FUZZ_LIMITS)) expect(LIMITS[k as keyof typeof LIMITS], `LIMITS.${k}`).to.equal(v);
  });

  /** Flips the neighbour's language and sees its text follow. */
  async function neighbourStillUpdates(): Promise<string[]> {
    const before = seen(neighbour);
    if (before.state !== 'rendered') return [`neighbour: ${before.state}${before.message ? ` (${before.message})` : ''}`];
    const from = neighbour.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
    const to = from === 'en' ? 'zh-CN' : 'en';
    const oldText = squash(neighbour.shadowRoot!.textContent);
    neighbour.setAttribute('lang', to);
    try {
      await waitUntil(() => seen(neighbour).baseLang === to && squash(neighbour.shadowRoot!.textContent) !== oldText, '', { timeout: 3000, interval: 5 });
    } catch {
      return [`neighbour did not switch to ${to} (shows lang=${seen(neighbour).baseLang})`];
    }
    return [];
  }

  let index = 0;
  for (const m of MUTATIONS) {
    const i = index++;
    it(`${m.id}: ${m.description}`, async function () {
      const text = m.text ?? serialize(m.value);
      const heavy = text.length > HEAVY_CHARS;
      // A large mutation is parsed, validated and rendered ten times over: give it more time.
      if (heavy) this.timeout(60_000);
      const waitMs = heavy ? 40_000 : 6_000;
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      uncaught.length = 0;
      const mounted: Array<{ el: Widget; label: string; lang: Lang }> = [];
      const problems: string[] = [];
      try {
        ELEMENTS.forEach(({ tag, attrs }, e) => {
          VIAS.forEach((via: Via, v) => {
            const el = document.createElement(tag) as Widget;
            const set = attrs[i % attrs.length];
            for (const [name, value] of Object.entries(set)) el.setAttribute(name, value);
            const lang: Lang = (i + e * 2 + v) % 3 === 0 ? 'en' : 'zh-CN';
            if (lang === 'en') el.setAttribute('lang', 'en');
            if (via === 'data') el.data = m.text ?? m.value;
            else el.src = url;
            const shownAttrs = Object.entries(set)
              .map(([k, x]) => ` ${k}="${x}"`)
              .join('');
            mounted.push({ el, lang, label: `<${tag}${shownAttrs}> via ${via}, ${lang}` });
          });
        });
        stage.append(...mounted.map((x) => x.el));
        await Promise.all(
          mounted.map(({ el }) => waitUntil(() => ['error', 'rendered'].includes(seen(el).state), '', { timeout: waitMs, interval: 5 }).catch(() => undefined)),
        );
        // Let late work (resize observers, frames, deferred tasks) run before judging.
        for (const { el } of mounted) await el.updateComplete?.catch((err: unknown) => uncaught.push(`update failed: ${describeError(err)}`));
        await frame();
        await frame();
        await tick();
        for (const { el, label, lang } of mounted) for (const p of judge(m, seen(el), lang)) problems.push(`${label}: ${p}`);
      } finally {
        for (const { el } of mounted) el.remove();
        URL.revokeObjectURL(url);
        clearBudgetCache();
      }
      await tick();
      problems.push(...uncaught.splice(0));
      problems.push(...polluted().map((p) => `prototype polluted: ${p}`));
      problems.push(...(await neighbourStillUpdates()));
      if (problems.length) throw new Error(`${m.id} (${problems.length} problems)\n${[...new Set(problems)].join('\n')}`);
    });
  }

  it('saw no more than a few benign ResizeObserver loop notices', () => {
    // (recorded, not failed per mutation: a loop notice is the browser deferring a resize, not an error)
    expect(benignResizeLoops).to.be.below(MUTATIONS.length);
  });
});
