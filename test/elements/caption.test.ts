// The caption line every element shows under its content: who, which year, budget or final account, the
// source document and the data, so that a widget embedded alone says what it shows.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import { BUDGET_TAGS } from '../../src/elements/tags.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { capturedDownload, clone, json, SEED } from '../helpers/files.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

async function render(markup: string, data?: unknown): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.firstElementChild as Widget;
  if (data !== undefined) el.data = data;
  await waitUntil(
    () => el.shadowRoot?.querySelector('.caption, .state.error') || (markup.includes('no-caption') && el.shadowRoot?.querySelector('section')),
    `${markup} did not render`,
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
  return el;
}

const caption = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('.caption');
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

describe('the caption line', () => {
  for (const tag of BUDGET_TAGS) {
    it(`<${tag}> says whose budget, which year and which phase, and links the data`, async () => {
      const el = await render(`<${tag} src="/${SEED}" project="*" table="summary"></${tag}>`);
      expect(text(caption(el)!)).to.equal('保定市徐水区行政审批局 · 2024年 · 部门预算 · 下载数据（JSON）');
      const link = caption(el)!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(new URL(`/${SEED}`, location.href).href);
      expect(link.hasAttribute('download')).to.equal(true);
    });
  }

  it('is left out with no-caption', async () => {
    const el = await render(`<budget-summary src="/${SEED}" no-caption></budget-summary>`);
    expect(caption(el)).to.equal(null);
  });

  it('links the source document the JSON names, and only a web address', async () => {
    const doc = clone(await json<BudgetDocument>(SEED));
    doc.meta.source = { url: 'https://example.gov.cn/xxgk/2024/yusuan.pdf', title: '2024年部门预算公开' };
    const el = await render('<budget-tree lang="en"></budget-tree>', doc);
    expect(text(caption(el)!)).to.equal(
      '保定市徐水区行政审批局 · Fiscal year 2024 · Department budget · Source document: 2024年部门预算公开 · Download data (JSON)',
    );
    const source = caption(el)!.querySelector('a')!;
    expect(source.href).to.equal('https://example.gov.cn/xxgk/2024/yusuan.pdf');
    expect(source.rel).to.equal('noopener noreferrer');
    expect(caption(el)!.querySelector('[lang="zh-CN"]')!.textContent).to.equal('保定市徐水区行政审批局');
    const hostile = clone(doc);
    hostile.meta.source = { url: 'javascript:alert(1)' };
    const bad = await render('<budget-summary></budget-summary>', hostile);
    expect(bad.shadowRoot!.querySelector('.caption a')).to.equal(null);
    expect(text(caption(bad)!)).to.not.contain('原文');
  });

  it('saves the data given as a property, as the host gave it', async () => {
    const doc = await json<BudgetDocument>(SEED);
    const el = await render('<kpi-card></kpi-card>', doc);
    const button = caption(el)!.querySelector('button')!;
    expect(text(button)).to.equal('下载数据（JSON）');
    const { blob, bytes } = await capturedDownload(() => button.click());
    expect(blob.type).to.equal('application/json');
    expect(JSON.parse(new TextDecoder().decode(bytes))).to.deep.equal(doc);
  });
});
