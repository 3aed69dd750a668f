import { expect } from '@open-wc/testing';
import { frame, rendered, widgets, win } from './frames.js';

describe('a strict Content Security Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const kind of ['module', 'classic']) {
    it(`renders every element (and the div form) from the ${kind} bundle with no violation`, async () => {
      const f = await frame({ src: `/test/pages/csp-${kind}.html` });
      await rendered(f, 6);
      const els = widgets(f);
      expect(els.find((e) => e.localName === 'budget-summary')!.shadowRoot!.textContent).to.contain('598.78万元');
      expect(els.filter((e) => e.localName === 'budget-tree')[1]!.shadowRoot!.querySelectorAll('path.arc').length).to.be.greaterThan(3);
      // the policy is really on: an inline style attribute is refused
      const before = win(f).__log.violations.length;
      f.contentDocument!.body.setAttribute('style', 'color: red');
      await new Promise((r) => setTimeout(r, 50));
      expect(win(f).__log.violations.length).to.equal(before + 1);
      expect(win(f).__log.violations.slice(0, before)).to.deep.equal([]);
      expect(win(f).__log.error).to.deep.equal([]);
    });
  }
});
