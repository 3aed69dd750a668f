/** The message an embed page (demo/embed.html) posts to its parent window with its content's height. */
export const RESIZE_MESSAGE = 'budget-widgets:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The page's content height in CSS pixels. */
  height: number;
  /** The `id` query parameter of the embed page, when one was given (to tell several frames apart). */
  id: string | null;
}

/** Checks a received message's shape; anything else (other scripts' messages, junk) is not ours. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Partial<ResizeMessage>;
  return m.type === RESIZE_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && m.height <= 100000;
}
