import { html, type TemplateResult } from 'lit';
import type { Lang } from '../model/messages.js';

/**
 * A run of Chinese text: Han characters and CJK punctuation (、，：（）“” …), with the figures and
 * dots inside it ("2025年部门预算", "1.一般公共预算拨款") kept in the run.
 */
const ZH_RUN =
  /[\u201c0-9.]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef](?:[\s\p{Script=Han}\u3000-\u303f\uff00-\uffef0-9.·\u201c\u201d]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201d])?/gu;

/** True when the text has Chinese in it (a data name in an English widget is then marked as Chinese). */
export const hasChinese = (text: string): boolean => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text);

/**
 * Published text (names, titles, notes from the JSON) in an element whose own words are `lang`: in
 * English, every Chinese run is wrapped in `<span lang="zh-CN">`, so that a screen reader reads it with
 * a Chinese voice and the browser picks Chinese fonts and line breaking for it. In zh-CN the text as it is.
 */
export function published(text: string | undefined, lang: Lang): string | TemplateResult {
  if (!text || lang !== 'en') return text ?? '';
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const m of text.matchAll(ZH_RUN)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(html`<span lang="zh-CN">${m[0]}</span>`);
    at = m.index + m[0].length;
  }
  if (!parts.length) return text;
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}
