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
  /** The folder the files of dist/ are served from (ends with a slash). */
  dist: string;
  embedPage: string;
  /** sha384-… by path under dist/ (elements/budget-tree.js …), when dist/integrity.json was found. */
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

/**
 * The file of dist/ each form loads on the host page for one element (the iframe form's page loads its
 * own): the element's own file, which holds all it needs and nothing of the other elements. The div form's
 * script goes in the site template, for every article and whichever element it holds: the classic bundle of
 * every element. A page with several kinds of element loads dist/budget-widgets.js once instead (README).
 */
export function formFile(form: EmbedForm, tag: string): string {
  switch (form) {
    case 'module':
      return `elements/${tag}.js`;
    case 'classic':
      return `elements/${tag}.iife.js`;
    case 'div':
      return 'budget-widgets.iife.js';
    case 'iframe':
      return 'budget-widgets-resizer.js';
  }
}

function scriptTag(form: EmbedForm, tag: string, urls: EmbedUrls): string {
  const file = formFile(form, tag);
  const sri = urls.integrity?.[file];
  const type = form === 'module' ? ' type="module"' : '';
  const defer = form === 'classic' || form === 'div' ? ' defer' : '';
  return `<script${type} src="${escapeAttr(new URL(file, urls.dist).href)}"${sri ? ` integrity="${escapeAttr(sri)}" crossorigin="anonymous"` : ''}${defer}></script>`;
}

/**
 * Starts the data's download with the page instead of after the script has run. `crossorigin` gives it the
 * loader's credentials mode (same-origin), without which the browser would fetch the file a second time.
 */
export function preloadTag(dataUrl: string): string {
  return `<link rel="preload" href="${escapeAttr(dataUrl)}" as="fetch" crossorigin="anonymous">`;
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

/**
 * Room an element keeps before the script has defined it (the element's own loading state keeps it from
 * then on, in src/styles/shared.ts): without it the page below jumps when the widget appears. Typical
 * heights, in em of the page's text; bench/cls.mjs measures pages with these rules (its PAGE_RULE).
 */
const RESERVE: Record<string, string> = {
  // Cards in rows; on a phone they stack, twice as tall.
  'budget-summary':
    'budget-summary:not(:defined) { display: block; min-height: 62em; }\n  @media (max-width: 40em) { budget-summary:not(:defined) { min-height: 128em; } }',
  // The square chart (as wide as the page allows, up to 40em), its toolbar and caption, and on a narrow page
  // the ranked list under the chart.
  'budget-tree':
    "budget-tree:not(:defined) { display: block; padding: 2.75em 0 2.5em; }\n  budget-tree:not(:defined)::before { content: ''; display: block; width: min(100%, 40em); aspect-ratio: 1; }\n  @media (max-width: 50em) { budget-tree:not(:defined)::after { content: ''; display: block; height: 18em; } }",
  'budget-table': 'budget-table:not(:defined) { display: block; min-height: 28em; }',
  'kpi-card': 'kpi-card:not(:defined) { display: block; min-height: 24em; }',
  'procurement-table': 'procurement-table:not(:defined) { display: block; min-height: 24em; }',
  'budget-document': 'budget-document:not(:defined) { display: block; min-height: 100em; }',
};

/** The optional style block that keeps the widget's room while the script loads. */
export function reserveCss(tag: string): string | undefined {
  const rule = RESERVE[tag];
  return rule ? `<style>\n  ${rule}\n</style>` : undefined;
}

/** The snippet of one embed form, in the blocks a webmaster pastes in different places. */
export function snippet(form: EmbedForm, choice: EmbedChoice, urls: EmbedUrls): SnippetPart[] {
  const element = `<${choice.tag}${attrList(choice.attrs)}>${fallbackLink(choice)}</${choice.tag}>`;
  const css = reserveCss(choice.tag);
  const src = choice.attrs.find(([name]) => name === 'src')?.[1];
  // In the module and classic forms the page's <head> can say early which data it will need; the div form's
  // script is in the site template, for every article, and its data is not known there.
  const preload: SnippetPart[] =
    typeof src === 'string' && src
      ? [
          {
            where: [
              '建议：页面 <head> 内（数据与脚本同时下载，组件更早显示）',
              'Recommended, in <head>: the data downloads with the script, so the widget shows sooner',
            ],
            code: preloadTag(src),
          },
        ]
      : [];
  const reserve: SnippetPart[] = css
    ? [
        {
          where: [
            '可选：页面 <head> 内或网站样式表中（加载时先留出位置，页面不跳动）',
            'Optional, in <head> or the site stylesheet: keeps the room while the script loads, so the page does not jump',
          ],
          code: css,
        },
      ]
    : [];
  switch (form) {
    case 'module':
      return [
        {
          where: ['页面中加载一次（<head> 内或 </body> 前）', 'Once per page (in <head> or before </body>)'],
          code: scriptTag(form, choice.tag, urls),
        },
        ...preload,
        { where: ['组件出现的位置', 'Where the widget goes'], code: element },
        ...reserve,
      ];
    case 'classic':
      return [
        {
          where: ['页面中加载一次（不支持 type="module" 的模板）', 'Once per page (templates that cannot use type="module")'],
          code: scriptTag(form, choice.tag, urls),
        },
        ...preload,
        { where: ['组件出现的位置', 'Where the widget goes'], code: element },
        ...reserve,
      ];
    case 'div':
      return [
        {
          where: ['网站模板中加载一次（编辑器会删除正文里的 script）', 'Once in the site template (editors strip scripts from articles)'],
          code: scriptTag(form, choice.tag, urls),
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
        { where: ['页面中加载一次：按内容调整 iframe 高度', 'Once per page: sizes the iframe to its content'], code: scriptTag(form, choice.tag, urls) },
      ];
  }
}

/** What the builder found by fetching a file its code names, from where the code points. */
export interface FileCheck {
  url: string;
  /** HTTP status; 0 when the request failed (no server, or another origin without CORS). */
  status: number;
  /** Sent with `Access-Control-Allow-Origin: *`: a page on any origin may load it in CORS mode. */
  openCors: boolean;
  /** The sha384 of the bytes as served, where this page could compute it (secure contexts only). */
  sha?: string;
}

/** What the builder knows of the server, once it has looked. */
export interface ServerCheck {
  /** By path under dist/ (elements/budget-tree.js …). */
  files: Record<string, FileCheck>;
  /** dist/integrity.json, when it was found. */
  integrity?: Record<string, string>;
  /** The data URL answered with `Access-Control-Allow-Origin: *`; undefined when not known. */
  dataCors?: boolean;
}

/**
 * The integrity hashes that will work: for files that are there, sent to any origin with CORS (the
 * browser checks integrity only on a response it may read) and whose bytes, as served, have the hash
 * of integrity.json (a server that rewrites files would make the browser refuse them).
 */
export function usableIntegrity(check: ServerCheck): Record<string, string> {
  const usable: Record<string, string> = {};
  for (const [name, f] of Object.entries(check.files)) {
    const sri = check.integrity?.[name];
    if (sri && f.status >= 200 && f.status < 300 && f.openCors && f.sha === sri) usable[name] = sri;
  }
  return usable;
}

/** A line said under the code: `warn` when the code will not work as it is somewhere it should. */
export interface ServerNote {
  level: 'warn' | 'info';
  text: [zh: string, en: string];
}

const CORS_HEADER = 'Access-Control-Allow-Origin: *';

/**
 * What the server must do for the code of `form` to work, in words: which file must be served where,
 * and which header the module script, the integrity check and the data need on pages of other origins.
 */
export function serverNotes(form: EmbedForm, tag: string, check: ServerCheck | undefined, dataUrl: string): ServerNote[] {
  if (!check) return [{ level: 'info', text: ['正在检查代码引用的文件…', 'Checking the files the code loads…'] }];
  const name = formFile(form, tag);
  const file = check.files[name];
  const notes: ServerNote[] = [];
  const warn = (zh: string, en: string) => notes.push({ level: 'warn', text: [zh, en] });
  const info = (zh: string, en: string) => notes.push({ level: 'info', text: [zh, en] });
  if (!file) return notes;
  const served = file.status >= 200 && file.status < 300;
  if (file.status === 0) {
    warn(`无法从本页获取 ${file.url}：请检查地址和服务器。`, `${file.url} could not be fetched from this page: check the address and the server.`);
  } else if (!served) {
    warn(
      `${file.url} 不存在（HTTP ${file.status}），这段代码暂时无法使用：请先构建（npm run build），再把 dist/${name} 放到这个地址。`,
      `${file.url} is not there (HTTP ${file.status}), so this code does not work yet: build the kit (npm run build) and serve dist/${name} at that address.`,
    );
  } else {
    info(`服务器须在 ${file.url} 原样提供 dist/${name}。`, `The server must serve dist/${name}, unchanged, at ${file.url}.`);
  }
  if (served && form === 'module') {
    if (file.openCors) {
      info(
        `该文件带有响应头 ${CORS_HEADER}，任何网站的页面都能加载这个模块脚本。`,
        `The file comes with ${CORS_HEADER}, so pages on any site can load this module script.`,
      );
    } else {
      warn(
        `服务器没有为该文件发送 ${CORS_HEADER}。浏览器只在有此响应头时才从别的网站加载模块脚本：请为 .js 文件加上这个响应头（如 nginx 的 add_header Access-Control-Allow-Origin "*";），或改用“普通脚本”。`,
        `The server sends no ${CORS_HEADER} with this file. Browsers load a module script from another site only with that header: add it for the .js files (nginx: add_header Access-Control-Allow-Origin "*";), or use the classic script.`,
      );
    }
  }
  if (served) {
    const sri = check.integrity?.[name];
    if (usableIntegrity(check)[name]) {
      info(
        `integrity 属性让浏览器核对文件内容（哈希取自 dist/integrity.json），换新版本时请一并更新。浏览器只核对页面能读取的文件：在别的网站上，这需要 crossorigin="anonymous" 和服务器发送的 ${CORS_HEADER}（本服务器已发送）。`,
        `The integrity attribute makes the browser check the file (the hash is in dist/integrity.json); update it with each new version. Browsers check only files the page may read: on another site that takes crossorigin="anonymous" and ${CORS_HEADER} from the server (which this one sends).`,
      );
    } else if (!check.integrity) {
      info(
        '未找到 dist/integrity.json（npm run build 生成），代码中不含 integrity 属性。',
        'dist/integrity.json was not found (npm run build writes it), so the code has no integrity attribute.',
      );
    } else if (!file.openCors) {
      info(
        `代码中不含 integrity 属性：浏览器只核对允许跨域读取的文件，须由服务器发送 ${CORS_HEADER}。发送后，本页会加上 integrity 和 crossorigin。`,
        `The code has no integrity attribute: browsers check integrity only on files they may read across origins, which takes ${CORS_HEADER} from the server. With the header, this builder adds integrity and crossorigin.`,
      );
    } else if (file.sha === undefined) {
      info(
        '本页无法计算文件的哈希（需要 https 或 localhost），因此代码中不含 integrity 属性；哈希见 dist/integrity.json。',
        'This page cannot compute the file’s hash (that needs https or localhost), so the code has no integrity attribute; the hashes are in dist/integrity.json.',
      );
    } else if (file.sha !== sri) {
      warn(
        '服务器发送的文件与 dist/integrity.json 中的哈希不符（文件被服务器改写，或不是同一次构建），因此代码中不含 integrity 属性：请原样提供 dist/ 中同一次构建的文件。',
        'The file as served does not match its hash in dist/integrity.json (the server rewrites it, or it is from another build), so the code has no integrity attribute: serve the files of one build of dist/ unchanged.',
      );
    }
  }
  if (form === 'iframe') {
    info(
      'iframe 中的页面（embed.html）从本站加载组件和数据，不需要跨域；它只显示本站（或其 meta 允许的来源）的数据。',
      'The page in the iframe (embed.html) loads the kit and the data from this site and needs no CORS; it shows data from this site only (or the origins its meta tag allows).',
    );
  } else if (check.dataCors === false) {
    warn(
      `数据文件 ${dataUrl} 没有 ${CORS_HEADER} 响应头：别的网站的页面读不到它（组件会显示跨域错误）。请为 .json 文件发送这个响应头，或把数据放在页面所在的网站上。`,
      `The data file ${dataUrl} comes without ${CORS_HEADER}: pages on other sites cannot read it (the widget shows a CORS error). Send that header with the .json files, or put the data on the page’s own site.`,
    );
  } else if (check.dataCors) {
    info(`数据文件带有 ${CORS_HEADER}，任何网站的页面都能读取。`, `The data file comes with ${CORS_HEADER}, so pages on any site can read it.`);
  }
  return notes;
}
