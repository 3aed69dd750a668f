import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/procurement-table/define.js';
import type { ProcurementTable } from '../../src/elements/procurement-table/procurement-table.js';
import { capturedDownload, clone, json, SEED, SHANGHAI } from '../helpers/files.js';

async function ready(el: ProcurementTable): Promise<ProcurementTable> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('table, .summary, [role=alert], p.state') && !/加载|Loading/.test(el.shadowRoot!.textContent!),
    'did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}
const make = async (src = SEED, attrs = '') => ready(await fixture<ProcurementTable>(`<procurement-table src="/${src}" ${attrs}></procurement-table>`));
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const rows = (el: Element) => $$(el, 'tbody tr').map((r) => [...r.children].map(text));
/** The item name of each row, or the label of a total row. */
const names = (el: Element) => rows(el).map((r) => (r.length && r[2] ? r[2] : r[0]));
const header = (el: Element, label: string) => $$(el, 'thead th').find((th) => text(th) === label)!;

/** Han characters, CJK and full-width punctuation (“，”, “（）”, “：”). */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Text nodes of the shadow root, each with the language it is marked with (the nearest `lang`). */
function textNodes(el: Element): Array<{ node: Text; lang: string | undefined }> {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: Array<{ node: Text; lang: string | undefined }> = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    out.push({ node: n, lang: n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined });
  }
  return out;
}

/** Lines a piece of text takes on screen (0 when it is not drawn). */
function lines(node: Text, start = 0, end = node.data.length): number {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r.getClientRects().length;
}

/** English words (outside Chinese data) that the layout split across lines. */
function brokenWords(el: Element): string[] {
  return textNodes(el)
    .filter((t) => t.lang !== 'zh-CN')
    .flatMap(({ node }) => [...node.data.matchAll(/[A-Za-z]{2,}/g)].filter((m) => lines(node, m.index!, m.index! + m[0].length) > 1).map((m) => m[0]));
}

/** Elements whose box reaches past the right edge of the window (inside the table's own scrolling frame excepted). */
function pastTheEdge(el: Element): string[] {
  const edge = document.documentElement.clientWidth + 0.5;
  return ([...el.shadowRoot!.querySelectorAll('*')] as HTMLElement[])
    .filter((e) => !e.closest('.frame table') && e.getClientRects().length && e.getBoundingClientRect().right > edge)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${text(e).slice(0, 40)}`);
}

describe('<procurement-table>', () => {
  it('shows the seed’s three rows with the published subtotal and total, and the summary line', async () => {
    const el = await make();
    expect($$(el, 'thead th').map(text)).to.deep.equal([
      '项目名称',
      '项目预算',
      '采购物品名称',
      '政府采购目录序号',
      '品目',
      '计量单位',
      '数量',
      '单价',
      '采购金额合计',
      '一般公共预算拨款',
      '预留中小微企业份额',
    ]);
    const r = rows(el);
    expect(r).to.have.length(5);
    expect(r[0]).to.deep.equal(['合计', '', '', '', '', '', '', '', '52.25', '52.25', '52.25']);
    expect(r[1][0]).to.equal('保定市徐水区行政审批局本级小计');
    expect(r[2]).to.deep.equal(['“环评”审批事项专家评估服务费用', '42.25', '环境评估服务', 'C20020800', '服务', '项', '1', '42.25', '42.25', '42.25', '42.25']);
    expect(text($(el, '.summary'))).to.equal(
      '政府采购预算 52.25万元，共 3 项 货物 10.00万元，19.1% 服务 42.25万元，80.9% 预留中小微企业份额 52.25万元，占 100.0%',
    );
    await expect(el).to.be.accessible();
  });

  it('sorts by any column both ways, with aria-sort', async () => {
    const el = await make();
    const th = header(el, '采购金额合计');
    expect(th.getAttribute('aria-sort')).to.equal('none');
    (th.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(header(el, '采购金额合计').getAttribute('aria-sort')).to.equal('ascending');
    expect(names(el)).to.deep.equal(['办公桌', '台式计算机', '环境评估服务', '显示项合计']);
    (header(el, '采购金额合计').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(header(el, '采购金额合计').getAttribute('aria-sort')).to.equal('descending');
    expect(names(el).slice(0, 3)).to.deep.equal(['环境评估服务', '台式计算机', '办公桌']);
    (header(el, '采购物品名称').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(header(el, '采购金额合计').getAttribute('aria-sort')).to.equal('none');
    expect(header(el, '采购物品名称').getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('filters by category and by text, with the total of what is shown', async () => {
    const el = await make();
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'A';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['台式计算机', '办公桌', '显示项合计']);
    expect(rows(el).at(-1)!.slice(7)).to.deep.equal(['', '10.00', '10.00', '10.00']);
    expect(text($(el, '[role=status]'))).to.equal('显示 2 / 3 项');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const search = $(el, 'input[type=search]') as HTMLInputElement;
    search.value = '计算机';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['台式计算机', '显示项合计']);
    search.value = '无此物品';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, 'tbody'))).to.contain('没有符合条件的采购项目。');
    await expect(el).to.be.accessible();
  });

  it('shows every fund source column on demand', async () => {
    const el = await make();
    const box = $$(el, '.controls input[type=checkbox]')[0] as HTMLInputElement;
    box.click();
    await el.updateComplete;
    expect($$(el, 'thead th').map(text)).to.include.members(['政府性基金预算拨款', '国有资本经营预算拨款', '财政专户管理资金', '单位资金', '上年结转结余']);
  });

  it('downloads exactly what is shown as CSV, with BOM and exact decimal strings', async () => {
    const el = await make();
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'A';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const { bytes } = await capturedDownload(() => ($(el, '.controls button') as HTMLButtonElement).click());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).to.equal('项目名称,项目预算,采购物品名称,政府采购目录序号,品目,计量单位,数量,单价,采购金额合计,一般公共预算拨款,预留中小微企业份额');
    expect(lines[1]).to.equal('政务服务中心工作经费,89.80,台式计算机,A02010105,货物,套,1,7.00,7.00,7.00,7.00');
    expect(lines[2]).to.equal('政务服务中心工作经费,89.80,办公桌,A05010201,货物,套,1,3.00,3.00,3.00,3.00');
    expect(lines[3]).to.equal('显示项合计,,,,,,,,10.00,10.00,10.00');
    expect(lines).to.have.length(5);
  });

  it('turns each row into a card at 360px with no horizontal overflow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"><procurement-table src=${`/${SEED}`}></procurement-table></div>`);
    const el = await ready(wrap.querySelector('procurement-table')!);
    expect(getComputedStyle($(el, 'tbody tr')).display).to.equal('block');
    expect(el.scrollWidth).to.be.at.most(360);
    expect(wrap.scrollWidth).to.be.at.most(360);
    expect(getComputedStyle($(el, 'tbody tr:nth-child(3) td'), '::before').content).to.equal('"项目名称"');
    await expect(el).to.be.accessible();
  });

  it('renders a narrative-only procurement (Shanghai) as its summary', async () => {
    const el = await make(SHANGHAI);
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '.summary'))).to.equal('政府采购预算 38.20万元 货物 7.80万元，20.4% 工程 0万元，0.0% 服务 30.40万元，79.6%');
    await expect(el).to.be.accessible();
  });

  it('renders the published note for an empty procurement, and says so when there is none', async () => {
    const doc = clone(await json<any>(SEED));
    doc.procurement = { note: '本部门2024年无政府采购预算。' };
    const el = await ready(await fixture<ProcurementTable>(html`<procurement-table .data=${doc}></procurement-table>`));
    expect(text($(el, '.state'))).to.equal('本部门2024年无政府采购预算。');
    delete doc.procurement;
    const none = await ready(await fixture<ProcurementTable>(html`<procurement-table .data=${clone(doc)} lang="en"></procurement-table>`));
    expect(text($(none, '.state'))).to.equal('The department publishes no procurement budget.');
    await expect(none).to.be.accessible();
  });

  it('in English writes no Chinese of its own: the published texts it shows are marked lang="zh-CN"', async () => {
    for (const src of [SEED, SHANGHAI]) {
      const el = await make(src, 'lang="en"');
      const chinese = textNodes(el).filter((t) => CJK.test(t.node.data));
      expect(
        chinese.filter((t) => t.lang !== 'zh-CN').map((t) => t.node.data.trim()),
        src,
      ).to.deep.equal([]);
      expect(chinese.length, src).to.be.above(0); // the department's name at least
    }
    const el = await make(SEED, 'lang="en"');
    expect(text($(el, 'caption'))).to.equal('保定市徐水区行政审批局, 2024: government procurement budget (10,000 yuan)');
    expect(rows(el)[1]![0]).to.equal('保定市徐水区行政审批局本级 subtotal');
    expect(text($(el, '.summary'))).to.equal(
      'Procurement budget 522,500 yuan, 3 items Goods 100,000 yuan, 19.1% Services 422,500 yuan, 80.9% 522,500 yuan reserved for small and medium-sized enterprises, 100.0%',
    );
    // sorted and filtered, still no Chinese of its own
    (header(el, 'Amount').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(textNodes(el).filter((t) => CJK.test(t.node.data) && t.lang !== 'zh-CN')).to.deep.equal([]);
    // the download says the subtotal as the table does, in plain text
    const fresh = await make();
    const { bytes } = await capturedDownload(() => ($(fresh, '.controls button') as HTMLButtonElement).click());
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[2]).to.equal('保定市徐水区行政审批局本级小计,,,,,,,,52.25,52.25,52.25');
    await expect(el).to.be.accessible();
  });

  describe('on a phone, in large text', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [320, 375]) {
      for (const lang of ['zh-CN', 'en']) {
        it(`at ${width}px in ${lang}: nothing overflows the page, no figure wraps, English words stay whole`, async () => {
          await setViewport({ width, height: 800 });
          for (const src of [SEED, SHANGHAI]) {
            const el = await make(src, `lang=${lang} large-text`);
            const box = $$(el, '.controls input[type=checkbox]')[0];
            if (box) {
              box.click(); // every fund source column: the widest card
              await el.updateComplete;
            }
            expect(document.documentElement.scrollWidth, src).to.be.at.most(width);
            expect(pastTheEdge(el), src).to.deep.equal([]);
            const amounts = $$(el, '.amount');
            expect(amounts.length, src).to.be.above(0);
            for (const a of amounts) expect(a.getClientRects().length, `${src}: ${text(a)}`).to.equal(1);
            for (const td of $$(el, 'td.num')) {
              const figure = [...td.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '');
              if (figure) expect(lines(figure), `${td.dataset.label}: ${figure.data}`).to.equal(1);
            }
            if (lang === 'en') expect(brokenWords(el), src).to.deep.equal([]);
          }
        });
      }
    }

    it('at 1280px keeps each figure on one line and scrolls the table in its own frame, never the page', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await make(SEED, 'lang="en" large-text');
      ($$(el, '.controls input[type=checkbox]')[0] as HTMLInputElement).click();
      await el.updateComplete;
      expect(getComputedStyle($(el, 'tbody tr')).display).to.equal('table-row');
      expect(document.documentElement.scrollWidth).to.be.at.most(1280);
      const figures = $$(el, 'td.num').flatMap((td) => [...td.childNodes].filter((n): n is Text => n instanceof Text && n.data.trim() !== ''));
      expect(figures.length).to.be.above(10);
      for (const f of figures) expect(lines(f), f.data).to.equal(1);
      expect(brokenWords(el)).to.deep.equal([]);
    });
  });
});
