/**
 * dist/budget-widgets-resizer.js: a classic script for the host page of iframe embeds. Every
 * `<iframe data-budget-embed src="…/embed.html?…">` takes the height its embed page reports. A message
 * counts only when it comes from that iframe's window and from the origin of its `src`, so another
 * frame or site cannot resize anything.
 */
import { isResizeMessage } from './messages.js';

function frameFor(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-budget-embed]'))) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

const warned = new WeakSet<HTMLIFrameElement>();

function onMessage(event: MessageEvent): void {
  if (!isResizeMessage(event.data)) return;
  const frame = frameFor(event.source);
  if (!frame) return;
  let expected: string;
  try {
    expected = new URL(frame.src, document.baseURI).origin;
  } catch {
    return;
  }
  if (event.origin !== expected) {
    // The message did come from this iframe's window: its page moved to another origin (an http→https
    // or www redirect). Say so once, rather than fail silently.
    if (!warned.has(frame)) {
      warned.add(frame);
      console.warn(`budget-widgets resizer: the iframe's page is at ${event.origin}, not at ${expected} as its src says; write the final address in src.`);
    }
    return;
  }
  frame.style.height = `${Math.ceil(event.data.height)}px`;
}

const flag = '__budgetWidgetsResizer';
const w = window as unknown as Record<string, unknown>;
if (!w[flag]) {
  w[flag] = true;
  window.addEventListener('message', onMessage);
}
