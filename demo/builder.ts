// The embed-code builder: choose an element, its data and options, see it live, copy the code in one of
// the four embed forms. Plain DOM (createElement/textContent); every value typed in is escaped in the
// snippets (builder-snippets.ts) and set with setAttribute in the preview.
import { loadBudget, TABLE_NAMES, type BudgetDocument } from '../src/bundle.js';
import { append, bi, h } from './builder-dom.js';
import {
  EMBED_FORMS,
  formFile,
  serverNotes,
  snippet,
  usableIntegrity,
  type Attrs,
  type EmbedChoice,
  type EmbedForm,
  type EmbedUrls,
  type FileCheck,
  type ServerCheck,
} from './builder-snippets.js';

type Text2 = [zh: string, en: string];
type Option = [value: string, label: Text2];

/** One option of an element, as the builder offers it (the attributes are those of custom-elements.json). */
interface Control {
  attr: string;
  label: Text2;
  kind: 'select' | 'text' | 'number' | 'checkbox';
  options?: Option[];
  /** The value the builder starts with ('' = attribute left out). */
  initial?: string;
  placeholder?: string;
  hint?: Text2;
  min?: number;
  max?: number;
  /** Options filled from the loaded data (kpi-card's project codes). */
  fromData?: (doc: BudgetDocument) => Option[];
}

const UNIT: Control = {
  attr: 'unit',
  label: ['金额单位', 'Unit'],
  kind: 'select',
  options: [
    ['', ['数据中的单位', "The data's unit"]],
    ['元', ['元', 'yuan (元)']],
    ['万元', ['万元', '10,000 yuan (万元)']],
    ['亿元', ['亿元', '100 million yuan (亿元)']],
  ],
};

/** The controls of each element, after src; lang, theme and large-text are common to all. */
const ELEMENTS: Record<string, { label: Text2; title: Text2; controls: Control[] }> = {
  'budget-summary': {
    label: ['概览', 'Summary'],
    title: ['部门预算概览', 'Budget at a glance'],
    controls: [
      {
        attr: 'sections',
        label: ['显示的部分', 'Sections'],
        kind: 'text',
        placeholder: 'totals composition sources changes three-public operating-costs check glossary',
        hint: ['以空格分隔，按顺序；留空显示全部', 'Space-separated, in order; empty for all'],
      },
      UNIT,
    ],
  },
  'budget-tree': {
    label: ['旭日图', 'Sunburst'],
    title: ['部门预算：钱花在哪里', 'Budget: where the money goes'],
    controls: [
      {
        attr: 'classification',
        label: ['分类', 'Classification'],
        kind: 'select',
        options: [
          ['', ['支出功能分类', 'Functional']],
          ['economic', ['基本支出经济分类', 'Economic (basic expenditure)']],
        ],
      },
      {
        attr: 'measure',
        label: ['度量', 'Measure'],
        kind: 'select',
        options: [
          ['', ['合计', 'Total']],
          ['basic', ['基本支出', 'Basic expenditure']],
          ['project', ['项目支出', 'Project expenditure']],
          ['personnel', ['人员经费（经济分类）', 'Personnel (economic)']],
          ['public', ['公用经费（经济分类）', 'Public (economic)']],
        ],
      },
      {
        attr: 'root',
        label: ['初始放大到', 'Open zoomed into'],
        kind: 'text',
        placeholder: '208',
        hint: ['科目编码，留空为全部', 'A code; empty for everything'],
      },
      { attr: 'depth', label: ['显示层数', 'Rings'], kind: 'number', min: 1, max: 6, placeholder: '3' },
      UNIT,
      {
        attr: 'view',
        label: ['初始视图', 'Initial view'],
        kind: 'select',
        options: [
          ['', ['图', 'Chart']],
          ['table', ['表', 'Table']],
        ],
      },
    ],
  },
  'budget-table': {
    label: ['标准表', 'Standard table'],
    title: ['部门预算标准表', 'Budget table'],
    controls: [
      {
        attr: 'table',
        label: ['表', 'Table'],
        kind: 'select',
        initial: '收支总表',
        options: Object.entries(TABLE_NAMES).map(([name, kind]) => [name, [name, kind]] as Option),
      },
      {
        attr: 'hide-empty',
        label: ['空行', 'Empty rows'],
        kind: 'select',
        options: [
          ['', ['按表默认', "The table's default"]],
          ['true', ['隐藏', 'Hidden']],
          ['false', ['全部显示', 'All shown']],
        ],
      },
    ],
  },
  'kpi-card': {
    label: ['绩效目标', 'Performance targets'],
    title: ['项目绩效目标', 'Performance targets'],
    controls: [
      {
        attr: 'project',
        label: ['项目', 'Project'],
        kind: 'select',
        initial: '*',
        options: [
          ['*', ['全部项目（网格）', 'Every project (grid)']],
          ['', ['部门整体绩效目标', "The department's overall goals"]],
        ],
        fromData: (doc) => (doc.projects ?? []).map((p) => [p.code ?? '', [`${p.code} ${p.name}`, `${p.code} ${p.name}`]] as Option).filter(([v]) => v),
      },
      UNIT,
    ],
  },
  'procurement-table': {
    label: ['政府采购', 'Procurement'],
    title: ['政府采购预算', 'Procurement budget'],
    controls: [UNIT],
  },
  'budget-document': {
    label: ['整份公开文件', 'The whole disclosure'],
    title: ['部门预算公开', 'Department budget disclosure'],
    controls: [],
  },
};

const COMMON: Control[] = [
  {
    attr: 'lang',
    label: ['语言', 'Language'],
    kind: 'select',
    options: [
      ['', ['跟随页面（默认中文）', 'From the page (default zh-CN)']],
      ['zh-CN', ['中文', 'Chinese']],
      ['en', ['English', 'English']],
    ],
  },
  {
    attr: 'theme',
    label: ['主题', 'Theme'],
    kind: 'select',
    options: [
      ['', ['默认', 'Default']],
      ['red', ['红色', 'Red']],
      ['high-contrast', ['高对比度', 'High contrast']],
      ['dark', ['深色', 'Dark']],
    ],
  },
  { attr: 'large-text', label: ['大字模式（适老化）', 'Large text'], kind: 'checkbox' },
];

const FORMS: Record<EmbedForm, { label: Text2; hint: Text2 }> = {
  module: {
    label: ['模块脚本', 'Module script'],
    hint: ['现代网站首选：一个 type="module" 脚本加组件标签。', 'The usual choice: one type="module" script and the tag.'],
  },
  classic: {
    label: ['普通脚本', 'Classic script'],
    hint: ['模板只允许普通 <script> 时使用（全局变量 BudgetWidgets）。', 'For templates that only take a classic <script> (global BudgetWidgets).'],
  },
  div: {
    label: ['div（富文本编辑器）', 'div (rich-text editors)'],
    hint: [
      'UEditor、CKEditor、TinyMCE、WordPress 等会删除未知标签和脚本，但保留 div 和 data-* 属性。',
      'UEditor, CKEditor, TinyMCE and WordPress strip unknown tags and scripts but keep divs and data-* attributes.',
    ],
  },
  iframe: {
    label: ['iframe', 'iframe'],
    hint: [
      '只能插入 iframe 的系统：组件在独立页面中，高度由 resizer 脚本调整。',
      'For systems that only allow iframes: the widget on its own page, sized by the resizer script.',
    ],
  },
};

export interface BuilderOptions {
  /** Where the bundles are served (…/dist/), absolute. */
  distBase: string;
  /** The iframe form's page (…/embed.html), absolute. */
  embedPage: string;
  /** The data URL to start with (absolute). */
  dataUrl: string;
}

export interface Builder {
  /** The page's department changed: follow it unless the user typed another URL. */
  setDataUrl(url: string): void;
  /** The page's theme and large-text switches changed: the builder follows them. */
  setTheme(theme: string): void;
  setLargeText(on: boolean): void;
}

/** The Subresource Integrity form of a file's hash, or undefined where the page has no WebCrypto (http). */
async function sha384(bytes: ArrayBuffer): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * Fetches a file the code names, as a browser on another page would get it. On this page's origin every
 * header can be read; from another origin a response that could be read at all was sent with CORS.
 */
async function checkFile(url: string): Promise<FileCheck> {
  try {
    const r = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
    const openCors = r.type === 'cors' || r.headers.get('access-control-allow-origin')?.trim() === '*';
    if (!r.ok) return { url, status: r.status, openCors };
    return { url, status: r.status, openCors, sha: await sha384(await r.arrayBuffer()) };
  } catch {
    return { url, status: 0, openCors: false };
  }
}

/** Whether data on this page's origin is sent to every origin (undefined: elsewhere, or not known). */
async function checkDataCors(url: string): Promise<boolean | undefined> {
  try {
    const u = new URL(url);
    if (u.origin !== location.origin) return undefined;
    const r = await fetch(u, { method: 'HEAD', credentials: 'omit', cache: 'no-cache' });
    return r.ok ? r.headers.get('access-control-allow-origin')?.trim() === '*' : undefined;
  } catch {
    return undefined;
  }
}

let uid = 0;
const id = (name: string) => `b-${name}-${++uid}`;

function labelled(control: Control, fieldId: string, input: HTMLElement, hintId?: string): HTMLElement {
  const row = h('div', { class: control.kind === 'checkbox' ? 'field check' : 'field' });
  const label = h('label', { for: fieldId }, bi(...control.label));
  if (control.kind === 'checkbox') append(row, input, label);
  else append(row, label, input);
  if (control.hint && hintId) append(row, h('small', { id: hintId, class: 'hint' }, bi(...control.hint)));
  return row;
}

function optionEl([value, [zh, en]]: Option): HTMLOptionElement {
  return h('option', { value }, zh === en ? zh : `${zh} · ${en}`);
}

export function createBuilder(host: HTMLElement, opts: BuilderOptions): Builder {
  const urls: EmbedUrls = { dist: opts.distBase, embedPage: opts.embedPage };
  let tag = 'budget-tree';
  let form: EmbedForm = 'module';
  let autoDataUrl = opts.dataUrl;
  let doc: BudgetDocument | undefined;
  /** Values by attribute, kept across element switches (a shared `unit` stays chosen). */
  const values = new Map<string, string>();
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  /** What the files of the code look like from here: undefined until checked. */
  let serverCheck: ServerCheck | undefined;
  let dataCors: boolean | undefined;
  let checking = 0;

  const form1 = h('form', { class: 'builder', novalidate: true });
  form1.addEventListener('submit', (e) => e.preventDefault());

  // 1. The element.
  const elementSet = h('fieldset', { class: 'choices' }, h('legend', {}, bi('1. 选择组件', 'Choose the element')));
  for (const [t, meta] of Object.entries(ELEMENTS)) {
    const rid = id('el');
    const radio = h('input', { type: 'radio', name: 'b-element', id: rid, value: t, checked: t === tag });
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      tag = t;
      renderOptions();
      update(true);
      checkFiles();
    });
    append(elementSet, h('div', { class: 'choice' }, radio, h('label', { for: rid }, h('code', {}, `<${t}>`), ' ', bi(...meta.label))));
  }

  // 2. The data.
  const dataId = id('src');
  const dataHint = id('src-hint');
  const dataInput = h('input', { type: 'url', id: dataId, 'aria-describedby': dataHint, autocomplete: 'off', spellcheck: 'false' });
  dataInput.value = opts.dataUrl;
  const fallbackId = id('fallback');
  const fallbackHint = id('fallback-hint');
  const fallbackInput = h('input', {
    type: 'url',
    id: fallbackId,
    'aria-describedby': fallbackHint,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'https://…/预算公开.pdf',
  });
  const dataSet = h(
    'fieldset',
    {},
    h('legend', {}, bi('2. 数据', 'Data')),
    h(
      'div',
      { class: 'field wide' },
      h('label', { for: dataId }, bi('数据地址（标准预算 JSON）', 'Data URL (standard budget JSON)')),
      dataInput,
      h(
        'small',
        { id: dataHint, class: 'hint' },
        bi(
          '默认为当前所选部门的数据；请使用绝对地址。跨域加载需要服务器发送 CORS 头。',
          "Defaults to the selected department's data; use an absolute URL. Another origin must send CORS headers.",
        ),
      ),
    ),
    h(
      'div',
      { class: 'field wide' },
      h('label', { for: fallbackId }, bi('后备链接（可选，如预算公开 PDF）', 'Fallback link (optional, e.g. the PDF)')),
      fallbackInput,
      h(
        'small',
        { id: fallbackHint, class: 'hint' },
        bi('脚本无法运行时显示此链接；留空则链接到数据文件。', 'Shown where the script cannot run; empty links to the data file.'),
      ),
    ),
  );

  // 3. The options, regenerated for each element.
  const optionsLegend = h('legend', {});
  const optionsBox = h('div', { class: 'fields' });
  const optionsSet = h('fieldset', {}, optionsLegend, optionsBox);

  function controlFor(c: Control): HTMLElement {
    const fid = id(c.attr);
    const hintId = c.hint ? id(`${c.attr}-hint`) : undefined;
    const stored = values.get(c.attr) ?? c.initial ?? '';
    let input: HTMLInputElement | HTMLSelectElement;
    if (c.kind === 'select') {
      const select = h('select', { id: fid, 'aria-describedby': hintId });
      const options = [...(c.options ?? []), ...(c.fromData && doc ? c.fromData(doc) : [])];
      if (stored && !options.some(([v]) => v === stored)) options.push([stored, [stored, stored]]);
      for (const o of options) select.append(optionEl(o));
      select.value = stored;
      input = select;
    } else if (c.kind === 'checkbox') {
      input = h('input', { type: 'checkbox', id: fid, 'aria-describedby': hintId });
      input.checked = stored === 'true';
    } else {
      input = h('input', {
        type: c.kind === 'number' ? 'number' : 'text',
        id: fid,
        'aria-describedby': hintId,
        placeholder: c.placeholder,
        min: c.min?.toString(),
        max: c.max?.toString(),
        inputmode: c.kind === 'number' ? 'numeric' : undefined,
        autocomplete: 'off',
        spellcheck: 'false',
      });
      input.value = stored;
    }
    const read = () => values.set(c.attr, input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value.trim());
    input.addEventListener('change', () => {
      read();
      update(true);
    });
    if (input instanceof HTMLInputElement && input.type !== 'checkbox') {
      input.addEventListener('input', () => {
        read();
        update(false);
      });
    }
    inputs.set(c.attr, input);
    return labelled(c, fid, input, hintId);
  }

  function renderOptions(): void {
    inputs.clear();
    optionsLegend.replaceChildren(h('span', {}, '3. 选项 '), h('span', { lang: 'en' }, 'Options'), ' ', h('code', {}, `<${tag}>`));
    optionsBox.replaceChildren(...ELEMENTS[tag].controls.map(controlFor), ...COMMON.map(controlFor));
  }

  // 4. The embed form and the code.
  const formSet = h('fieldset', { class: 'choices forms' }, h('legend', {}, bi('4. 嵌入方式', 'Embed form')));
  for (const f of EMBED_FORMS) {
    const rid = id('form');
    const radio = h('input', { type: 'radio', name: 'b-form', id: rid, value: f, checked: f === form });
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      form = f;
      update(false);
    });
    append(formSet, h('div', { class: 'choice' }, radio, h('label', { for: rid }, bi(...FORMS[f].label))));
  }

  const codeHeading = h('h3', { id: id('code-h') });
  const formHint = h('p', { class: 'hint' });
  const hostingNote = h('p', { class: 'note' });
  const codeBox = h('div', { class: 'snippets' });
  const notesHeading = h('h4', { class: 'note', id: id('server-h') }, bi('服务器须知', 'What the server must do'));
  const notesList = h('ul', { class: 'findings note server-notes', 'aria-labelledby': notesHeading.id });
  const codeRegion = h(
    'section',
    { class: 'code', 'aria-labelledby': codeHeading.id },
    codeHeading,
    formSet,
    formHint,
    codeBox,
    notesHeading,
    notesList,
    hostingNote,
  );

  const previewHeading = h('h3', { id: id('preview-h') }, bi('预览', 'Preview'));
  const preview = h('div', { class: 'preview' });
  const previewRegion = h('section', { class: 'preview-region', 'aria-labelledby': previewHeading.id }, previewHeading, preview);

  append(form1, elementSet, dataSet, optionsSet);
  host.replaceChildren(form1, codeRegion, previewRegion);

  function choice(): EmbedChoice {
    const attrs: Attrs = [];
    const src = dataInput.value.trim();
    if (src) attrs.push(['src', src]);
    for (const c of [...ELEMENTS[tag].controls, ...COMMON]) {
      const v = values.get(c.attr) ?? c.initial ?? '';
      if (c.kind === 'checkbox') {
        if (v === 'true') attrs.push([c.attr, true]);
      } else if (c.attr === 'hide-empty' && v === 'true') {
        attrs.push([c.attr, true]);
      } else if (v) {
        attrs.push([c.attr, v]);
      }
    }
    const lang = values.get('lang') || document.documentElement.lang;
    const en = lang === 'en';
    const fallbackHref = fallbackInput.value.trim();
    const fallback = fallbackHref
      ? { href: fallbackHref, text: en ? 'Budget disclosure document' : '预算公开文件' }
      : src
        ? { href: src, text: en ? 'Budget data (JSON)' : '预算数据（JSON）' }
        : undefined;
    const title = ELEMENTS[tag].title[en ? 1 : 0];
    return { tag, attrs, ...(fallback ? { fallback } : {}), title };
  }

  /** Announced once per copy: which block, and whether it went to the clipboard or is selected. */
  async function copy(code: HTMLElement, status: HTMLElement): Promise<void> {
    const text = code.textContent ?? '';
    // Emptied first, so that a second copy is announced again.
    status.replaceChildren();
    await new Promise((r) => setTimeout(r, 80));
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.replaceChildren(bi('✓ 已复制', 'Copied'));
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      let done: boolean;
      try {
        done = document.execCommand('copy');
      } catch {
        done = false;
      }
      status.replaceChildren(done ? bi('✓ 已复制', 'Copied') : bi('已选中代码，请按 Ctrl+C（⌘C）复制', 'Code selected: press Ctrl+C (⌘C) to copy'));
    }
    status.classList.add('shown');
  }

  function renderCode(): void {
    const c = choice();
    codeHeading.replaceChildren(bi('代码', 'Code'), ' · ', bi(...FORMS[form].label));
    formHint.replaceChildren(bi(...FORMS[form].hint));
    codeBox.replaceChildren(
      ...snippet(form, c, urls).map((part) => {
        const whereId = id('where');
        const code = h('code', {}, part.code);
        const status = h('span', { class: 'copy-status', role: 'status' });
        const button = h('button', { type: 'button', class: 'copy', 'aria-describedby': whereId }, bi('复制', 'Copy'));
        button.addEventListener('click', () => void copy(code, status));
        return h(
          'div',
          { class: 'snippet' },
          h('div', { class: 'snippet-head' }, h('p', { id: whereId, class: 'where' }, bi(...part.where)), h('span', { class: 'copy-line' }, button, status)),
          h('pre', {}, code),
        );
      }),
    );
    const check = serverCheck && { ...serverCheck, dataCors };
    notesList.replaceChildren(
      ...serverNotes(form, tag, check, c.attrs.find(([n]) => n === 'src')?.[1]?.toString() ?? '').map((n) =>
        h(
          'li',
          { class: n.level },
          n.level === 'warn' ? h('span', { class: 'badge warning' }, bi('注意', 'Note')) : null,
          n.level === 'warn' ? ' ' : null,
          bi(...n.text),
        ),
      ),
    );
    if (checking) codeRegion.setAttribute('aria-busy', 'true');
    else codeRegion.removeAttribute('aria-busy');
    hostingNote.replaceChildren(
      bi(
        '脚本地址指向本演示站点，仅供试用：请把 dist/ 中的文件放到自己的服务器上，并改用自己的地址。',
        'The script URLs point at this demo, for trying it out: host the files from dist/ on your own server and use your URLs.',
      ),
    );
  }

  function renderPreview(): void {
    const c = choice();
    const el = document.createElement(c.tag);
    for (const [name, value] of c.attrs) el.setAttribute(name, value === true ? '' : value);
    if (c.fallback) append(el, h('a', { href: c.fallback.href }, c.fallback.text));
    preview.replaceChildren(el);
  }

  let previewTimer: number | undefined;
  function update(now: boolean): void {
    renderCode();
    clearTimeout(previewTimer);
    if (now) renderPreview();
    else previewTimer = window.setTimeout(renderPreview, 400);
  }

  /** Loads the data the URL names (cached by the kit) to offer its project codes. */
  let dataRun = 0;
  async function loadData(): Promise<void> {
    const mine = ++dataRun;
    const url = dataInput.value.trim();
    doc = undefined;
    dataCors = undefined;
    if (!url) return;
    checking++;
    void checkDataCors(url)
      .then((open) => {
        if (mine === dataRun) dataCors = open;
      })
      .finally(() => {
        checking--;
        renderCode();
      });
    try {
      const loaded = await loadBudget(url);
      if (mine !== dataRun) return;
      doc = loaded.document;
      renderOptions();
    } catch {
      // The preview shows the element's own, localized error.
    }
  }

  let dataTimer: number | undefined;
  dataInput.addEventListener('input', () => {
    update(false);
    clearTimeout(dataTimer);
    dataTimer = window.setTimeout(() => void loadData(), 500);
  });
  dataInput.addEventListener('change', () => update(true));
  fallbackInput.addEventListener('input', () => update(false));

  renderOptions();
  update(true);
  void loadData();

  /**
   * Looks at the files the code for the chosen element names, each once: whether they are there, with which
   * headers and bytes.
   */
  const integrity = fetch(new URL('integrity.json', opts.distBase), { credentials: 'omit', cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : undefined))
    .then((map: unknown) =>
      map && typeof map === 'object'
        ? Object.fromEntries(
            Object.entries(map as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && /^sha(256|384|512)-/.test(e[1])),
          )
        : undefined,
    )
    .catch(() => undefined);
  const checked = new Map<string, Promise<FileCheck>>();
  async function checkServer(): Promise<void> {
    const names = [...new Set(EMBED_FORMS.map((f) => formFile(f, tag)))];
    for (const name of names) if (!checked.has(name)) checked.set(name, checkFile(new URL(name, opts.distBase).href));
    const files = await Promise.all(names.map((name) => checked.get(name)!));
    const hashes = await integrity;
    // Merged after the last await: a check of another element that ended meanwhile stays in.
    serverCheck = { files: { ...serverCheck?.files, ...Object.fromEntries(names.map((name, i) => [name, files[i]!])) }, integrity: hashes };
    // Only hashes that will pass go into the code (with crossorigin, which they need).
    urls.integrity = usableIntegrity(serverCheck);
  }
  function checkFiles(): void {
    checking++;
    void checkServer().finally(() => {
      checking--;
      renderCode();
    });
  }
  checkFiles();
  renderCode();

  function setCommon(attr: string, value: string): void {
    values.set(attr, value);
    const input = inputs.get(attr);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === 'true';
    else if (input) input.value = value;
    update(true);
  }

  return {
    setDataUrl(url: string) {
      if (dataInput.value.trim() === autoDataUrl || !dataInput.value.trim()) {
        dataInput.value = url;
        update(true);
        void loadData();
      }
      autoDataUrl = url;
    },
    setTheme: (theme) => setCommon('theme', theme === 'default' ? '' : theme),
    setLargeText: (on) => setCommon('large-text', String(on)),
  };
}
