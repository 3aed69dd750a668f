import { expect } from '@open-wc/testing';
import GlobalDecimal from 'decimal.js';
import { convert, formatAmount, formatInUnit, isDecimalString, money, Money, percent, publishedDecimals, readableAmount, sum } from '../../src/model/money.js';

describe('money', () => {
  it('converts between 元, 万元 and 亿元 exactly', () => {
    expect(convert('598.78', '万元', '元').toFixed()).to.equal('5987800');
    expect(convert('371514655.00', '元', '万元').toFixed()).to.equal('37151.4655');
    expect(convert('0.01', '元', '亿元').toFixed()).to.equal('0.0000000001');
    expect(convert('1.5', '亿元', '万元').toFixed()).to.equal('15000');
    // a round trip loses nothing
    expect(convert(convert('123456789.12', '元', '亿元'), '亿元', '元').toFixed()).to.equal('123456789.12');
  });

  it('adds published figures without float error', () => {
    expect(sum(['0.1', '0.2']).toFixed()).to.equal('0.3');
    expect(sum(['84.94', '68.38', '50.93', '29.02', '31.32', '10.56', '1.01', '25.83', '30.42']).toFixed(2)).to.equal('332.41');
  });

  it('rounds half up (四舍五入) when formatting, in either direction of sign', () => {
    expect(formatAmount('0.125', { from: '万元', decimals: 2 })).to.equal('0.13');
    expect(formatAmount('2.345', { from: '万元', decimals: 2 })).to.equal('2.35');
    expect(formatAmount('-0.125', { from: '万元', decimals: 2 })).to.equal('-0.13');
    expect(formatAmount('371514655.00', { from: '元', to: '万元' })).to.equal('37,151.47');
    expect(formatAmount('371514655.00', { from: '元', to: '亿元', decimals: 4 })).to.equal('3.7151');
  });

  it('keeps published digits and adds separators, unit and sign on request', () => {
    expect(formatAmount('598.78', { from: '万元' })).to.equal('598.78');
    expect(formatAmount('87.5', { from: '万元' })).to.equal('87.5');
    expect(formatAmount('371514655.00', { from: '元' })).to.equal('371,514,655.00');
    expect(formatAmount('598.78', { from: '万元', withUnit: true })).to.equal('598.78万元');
    expect(formatAmount('598.78', { from: '万元', withUnit: true, lang: 'en' })).to.equal('598.78 10k yuan');
    expect(formatAmount('-87.5', { from: '万元', signed: true })).to.equal('-87.5');
    expect(formatAmount('24491.71', { from: '万元', signed: true })).to.equal('+24,491.71');
    expect(formatAmount('0', { from: '万元', signed: true })).to.equal('0');
    expect(formatAmount('1234.5', { from: '万元', grouping: false })).to.equal('1234.5');
  });

  it('keeps every digit of a conversion when asked to be exact', () => {
    expect(formatAmount('34.20', { from: '万元', to: '亿元', exact: true })).to.equal('0.00342');
    expect(formatAmount('0.50', { from: '元', to: '万元', exact: true })).to.equal('0.00005');
    expect(formatAmount('598.78', { from: '万元', to: '元', exact: true })).to.equal('5,987,800.00');
    expect(formatAmount('371514655.00', { from: '元', to: '万元', exact: true })).to.equal('37,151.4655');
  });

  it('computes shares exactly and refuses a zero whole', () => {
    expect(percent('364.16', '598.78')).to.equal('60.8');
    expect(percent('234.62', '598.78', 2)).to.equal('39.18');
    expect(percent('1', '0')).to.equal(undefined);
  });

  it('accepts only decimal strings', () => {
    for (const ok of ['0', '598.78', '-87.5', '371514655.00']) expect(isDecimalString(ok), ok).to.equal(true);
    for (const bad of ['', '1,000.00', '1e5', '01', '.5', '5.', ' 5', 598.78, null]) expect(isDecimalString(bad), String(bad)).to.equal(false);
    expect(() => money('1,000')).to.throw(TypeError);
    expect(publishedDecimals('598.78')).to.equal(2);
    expect(publishedDecimals('87.5')).to.equal(1);
    expect(publishedDecimals('0')).to.equal(0);
  });

  it('is not affected by a host page calling the global Decimal.set', () => {
    const saved = { precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding };
    try {
      GlobalDecimal.set({ precision: 3, rounding: GlobalDecimal.ROUND_DOWN });
      expect(formatAmount('0.125', { from: '万元', decimals: 2 })).to.equal('0.13');
      expect(sum(['371514655.00', '0.01']).toFixed(2)).to.equal('371514655.01');
      expect(Money.precision).to.equal(40);
    } finally {
      GlobalDecimal.set(saved);
    }
  });
});

describe('percent of published strings', () => {
  it('agrees with exact decimal arithmetic, rounding half up', () => {
    const cases: Array<[string, string, number]> = [
      ['364.16', '598.78', 1],
      ['234.62', '598.78', 2],
      ['0.01', '364.16', 1],
      ['1', '8', 1],
      ['1', '8', 0],
      ['-0.125', '1', 1],
      ['5', '4000', 1],
      ['371514655.00', '371514655.00', 1],
      ['2.88', '34.2', 3],
      ['0.05', '1000', 1],
    ];
    for (const [p, w, d] of cases) {
      expect(percent(p, w, d), `${p}/${w}`).to.equal(money(p).div(money(w)).times(100).toFixed(d, Money.ROUND_HALF_UP));
    }
    expect(percent('0.05', '1000')).to.equal('0.0');
    expect(percent('5', '0.00')).to.equal(undefined);
  });
});

describe('amounts for readers', () => {
  it('takes the reader’s scale, never a smaller unit than published, with the published figure beside it', () => {
    expect(readableAmount('371514655.00', '元')).to.deep.equal({ text: '3.72亿元', exact: '371,514,655.00元', rounded: true });
    expect(readableAmount('1710062.00', '元').text).to.equal('171.01万元');
    expect(readableAmount('598.78', '万元')).to.deep.equal({ text: '598.78万元', exact: '598.78万元', rounded: false });
    expect(readableAmount('0.35', '万元').text).to.equal('0.35万元');
    expect(readableAmount('18976.7551', '万元').text).to.equal('1.90亿元');
    expect(readableAmount('-24558.18', '万元', 'zh-CN', true).exact).to.equal('-24,558.18万元');
    expect(readableAmount('87.5', '万元', 'zh-CN', true).exact).to.equal('+87.5万元');
  });

  it('counts in yuan, million and billion in English, exactly in yuan beside it', () => {
    expect(readableAmount('371514655.00', '元', 'en')).to.deep.equal({
      text: '371.51\u00a0million\u00a0yuan',
      exact: '371,514,655.00\u00a0yuan',
      rounded: true,
    });
    expect(readableAmount('598.78', '万元', 'en')).to.deep.equal({ text: '5.99\u00a0million\u00a0yuan', exact: '5,987,800\u00a0yuan', rounded: true });
    expect(readableAmount('38.20', '万元', 'en')).to.deep.equal({ text: '382,000\u00a0yuan', exact: '382,000\u00a0yuan', rounded: false });
    expect(readableAmount('123456.78', '万元', 'en').text).to.equal('1.23\u00a0billion\u00a0yuan');
  });

  it('converts to a unit asked for with no more decimals than published, unless that shows a figure as zero', () => {
    expect(formatInUnit('189767551.00', '元', '万元', { withUnit: true })).to.deep.equal({ text: '18,976.76万元', rounded: true });
    expect(formatInUnit('34.20', '万元', '亿元', { withUnit: true })).to.deep.equal({ text: '0.00342亿元', rounded: false });
    expect(formatInUnit('598.78', '万元', '元')).to.deep.equal({ text: '5,987,800.00', rounded: false });
    expect(formatInUnit('598.78', '万元', '万元')).to.deep.equal({ text: '598.78', rounded: false });
  });
});
