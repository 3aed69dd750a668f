import { expect } from '@open-wc/testing';
import { linear } from '../../src/layout/linear.js';

describe('linear(domain, range)', () => {
  it('maps the domain onto the range, beyond its ends too', () => {
    const x = linear([0, 598.78], [0, 100]);
    expect(x(0)).to.equal(0);
    expect(x(598.78)).to.equal(100);
    expect(x(299.39)).to.be.closeTo(50, 1e-9);
    expect(linear([0, 10], [48, 0])(2.5)).to.equal(36);
    expect(linear([0, 10], [0, 1])(20)).to.equal(2);
  });
  it('maps a zero-width domain to the start of the range', () => {
    expect(linear([0, 0], [0, 300])(0)).to.equal(0);
  });
});
