import { aTimeout, expect, fixture } from '@open-wc/testing';
import * as kit from '../../src/index.js';

describe('the package entry', () => {
  it('exports the element classes and the model without registering any tag or touching the page', async () => {
    const wrap = await fixture<HTMLDivElement>('<div><div data-budget-widget="budget-tree" data-src="/x.json">fallback</div></div>');
    await aTimeout(20);
    for (const tag of kit.WIDGET_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(wrap.querySelector('budget-tree')).to.equal(null);
    expect(typeof kit.BudgetTree).to.equal('function');
    expect(typeof kit.parseBudget).to.equal('function');
  });

  it('lets an app register the classes under its own tags', async () => {
    kit.defineElements({ 'my-budget-summary': kit.BudgetSummary });
    const el = await fixture('<my-budget-summary></my-budget-summary>');
    expect(el).to.be.instanceOf(kit.BudgetSummary);
    expect(el.shadowRoot!.textContent).to.contain('未指定预算数据');
  });
});
