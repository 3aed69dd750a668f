// Bench page for bench/fuzz-tasks.mjs: mounts one element on one fuzz mutation at a time and reports the
// longest stretch the main thread was blocked from setting the data to the first frames after the element
// settled (in its widget or its error state). Built from src/ (production mode) by the driver.
import '../src/register.js';
import { clearBudgetCache } from '../src/data/fetch-budget.js';
import xushui from '../data/xushui-administrative-approval-2024.json';
import shanghai from '../data/shanghai-putuo-commerce-2025.json';
import { generateMutations, serialize, type Mutation } from '../test/fuzz/mutations.js';

const MUTATIONS: Mutation[] = generateMutations({ xushui, shanghai });
const texts: string[] = [];
const stage = document.getElementById('stage')!;

export interface TaskResult {
  id: string;
  /** Longest gap between two heartbeat tasks (a MessageChannel ping-pong): the longest main-thread block, rendering included. */
  longestMs: number;
  /** Longest 'longtask' entry (tasks of 50 ms or more only; 0 when there was none). */
  longtaskMs: number;
  /** From setting the data to settled and two frames painted. */
  totalMs: number;
  state: 'rendered' | 'error' | 'timeout';
}

function settledState(el: HTMLElement): 'rendered' | 'error' | undefined {
  const base = el.shadowRoot?.querySelector('.base');
  if (!base) return undefined;
  const error = [...base.children].find((c) => c.matches('.state.error[role=alert]') && c.querySelector('slot.fallback'));
  if (error) return 'error';
  const p = [...base.children].find((c) => c.matches('p.state[role=status]'));
  if (p && /加载|Loading/.test(p.textContent ?? '')) return undefined;
  return 'rendered';
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function run(tag: string, attrs: Record<string, string>, index: number, timeoutMs = 60_000): Promise<TaskResult> {
  const m = MUTATIONS[index]!;
  const text = (texts[index] ??= m.text ?? serialize(m.value));
  // A fresh copy for every element: the loader caches its check per object, and each element must pay for it.
  const value = m.text === undefined ? JSON.parse(text) : undefined;
  const url = m.text === undefined ? undefined : URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const el = document.createElement(tag) as HTMLElement & { data?: unknown; src?: string };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);

  let longestMs = 0;
  let longtaskMs = 0;
  let last = performance.now();
  let beating = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
    if (beating) channel.port2.postMessage(0);
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longtaskMs = Math.max(longtaskMs, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });

  await frame();
  last = performance.now();
  channel.port2.postMessage(0);
  // The mount itself runs in a task of its own, between two heartbeats.
  const t0 = await new Promise<number>((resolve) =>
    setTimeout(() => {
      const t = performance.now();
      if (url) el.src = url;
      else el.data = value;
      stage.append(el);
      resolve(t);
    }, 0),
  );
  let state: TaskResult['state'] = 'timeout';
  while (performance.now() - t0 < timeoutMs) {
    const s = settledState(el);
    if (s) {
      state = s;
      break;
    }
    await frame();
  }
  await frame();
  await frame();
  const totalMs = performance.now() - t0;
  beating = false;
  // The last long tasks are reported asynchronously.
  await new Promise((r) => setTimeout(r, 0));
  observer.takeRecords().forEach((e) => (longtaskMs = Math.max(longtaskMs, e.duration)));
  observer.disconnect();
  channel.port1.close();
  el.remove();
  if (url) URL.revokeObjectURL(url);
  clearBudgetCache();
  return { id: m.id, longestMs, longtaskMs, totalMs, state };
}

declare global {
  interface Window {
    fuzzCount: number;
    fuzzRun: typeof run;
  }
}
window.fuzzCount = MUTATIONS.length;
window.fuzzRun = run;
