// The embed-code builder's snippets, as plain strings: the four ways a webmaster can put a widget on a
// page. Every attribute value and text is escaped here, because the data URL and the other options are
// whatever the user typed.

export type EmbedForm = 'module' | 'classic' | 'div' | 'iframe';
export const EMBED_FORMS: EmbedForm[] = ['module', 'classic', 'div', 'iframe'];

/** An element's attributes in output order; `true` is a boolean attribute (present, no value). */
export type Attrs = Array<[name: string, value: string | true]>;

export interface EmbedChoice {
  tag: string;
  /** src first, then the element's options, then lang/theme/large-text; empty options left out. */
  attrs: Attrs;
  /** Fallback content: a link shown where the script cannot run. */
  fallback?: { href: string; text: string };
  /** The iframe's accessible name. */
  title: string;
}

export interface EmbedUrls {
  module: string;
  classic: string;
  resizer: string;
  embedPage: string;
  /** sha384-… by file name (budget-widgets.js …), when dist/integrity.json was found. */
  integrity?: Record<string, string>;
}

/** One block of a snippet: where it goes, and the code. */
export interface SnippetPart {
  where: [zh: string, en: string];
  code: string;
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrList(attrs: Attrs, prefix = '', booleanValue?: string): string {
  return attrs
    .map(([name, value]) => {
      const n = prefix + name;
      if (value === true) return booleanValue === undefined ? ` ${n}` : ` ${n}="${escapeAttr(booleanValue)}"`;
      return ` ${n}="${escapeAttr(value)}"`;
    })
    .join('');
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    return url.split('/').pop() ?? '';
  }
}

function scriptTag(url: string, integrity: Record<string, string> | undefined, type?: 'module', defer = false): string {
  const sri = integrity?.[fileName(url)];
  return `<script${type ? ' type="module"' : ''} src="${escapeAttr(url)}"${sri ? ` integrity="${escapeAttr(sri)}" crossorigin="anonymous"` : ''}${defer ? ' defer' : ''}></script>`;
}

function fallbackLink(choice: EmbedChoice): string {
  return choice.fallback ? `\n  <a href="${escapeAttr(choice.fallback.href)}">${escapeText(choice.fallback.text)}</a>\n` : '';
}

/** The iframe form's embed page URL: every option a query parameter. */
export function embedPageUrl(choice: EmbedChoice, embedPage: string): string {
  const url = new URL(embedPage);
  url.search = '';
  url.searchParams.set('widget', choice.tag);
  for (const [name, value] of choice.attrs) url.searchParams.set(name, value === true ? '' : value);
  return url.href;
}

/** The snippet of one embed form, in the blocks a webmaster pastes in different places. */
export function snippet(form: EmbedForm, choice: EmbedChoice, urls: EmbedUrls): SnippetPart[] {
  const element = `<${choice.tag}${attrList(choice.attrs)}>${fallbackLink(choice)}</${choice.tag}>`;
  switch (form) {
    case 'module':
      return [
        {
          where: ['页面中加载一次（<head> 内或 </body> 前）', 'Once per page (in <head> or before </body>)'],
          code: scriptTag(urls.module, urls.integrity, 'module'),
        },
        { where: ['组件出现的位置', 'Where the widget goes'], code: element },
      ];
    case 'classic':
      return [
        {
          where: ['页面中加载一次（不支持 type="module" 的模板）', 'Once per page (templates that cannot use type="module")'],
          code: scriptTag(urls.classic, urls.integrity, undefined, true),
        },
        { where: ['组件出现的位置', 'Where the widget goes'], code: element },
      ];
    case 'div':
      return [
        {
          where: ['网站模板中加载一次（编辑器会删除正文里的 script）', 'Once in the site template (editors strip scripts from articles)'],
          code: scriptTag(urls.classic, urls.integrity, undefined, true),
        },
        {
          where: ['正文中，在编辑器的“源代码/HTML”模式下粘贴', "In the article, pasted in the editor's source/HTML mode"],
          code: `<div data-budget-widget="${escapeAttr(choice.tag)}"${attrList(choice.attrs, 'data-', '')}>${fallbackLink(choice)}</div>`,
        },
      ];
    case 'iframe':
      return [
        {
          where: ['组件出现的位置', 'Where the widget goes'],
          code: `<iframe src="${escapeAttr(embedPageUrl(choice, urls.embedPage))}" title="${escapeAttr(choice.title)}" data-budget-embed style="width:100%;height:600px;border:0" loading="lazy"></iframe>`,
        },
        { where: ['页面中加载一次：按内容调整 iframe 高度', 'Once per page: sizes the iframe to its content'], code: scriptTag(urls.resizer, urls.integrity) },
      ];
  }
}
