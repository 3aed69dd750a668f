import { expect } from '@open-wc/testing';
import { formatDecimals, readPrintedDecimals, withPrintedDecimals } from '../../src/import/xlsx-decimals.js';

describe('importer: printed decimals of workbook numbers', () => {
  it('reads the decimals a number format prints, and none for formats that are not plain figures', () => {
    expect(['#,##0.00', '0.00_);(0.00)', '[Red]#,##0.0', '#,##0', '0', '#,##0.00&quot;元&quot;', '0.0#'].map(formatDecimals)).to.deep.equal([
      2, 2, 1, 0, 0, 2, 1,
    ]);
    expect(['General', '0.00%', '0.00E+00', 'yyyy-mm-dd', '@'].map(formatDecimals)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('writes each formatted number as printed, never dropping digits a number has', () => {
    const decimals = new Map([
      ['0,1', 2],
      ['1,1', 2],
      ['2,1', 0],
    ]);
    expect(
      withPrintedDecimals(
        [
          ['合计', 371514655],
          ['小计', 34.125],
          ['序号', 3],
          ['其他', 5],
        ],
        decimals,
      ),
    ).to.deep.equal([
      ['合计', '371514655.00'],
      ['小计', '34.125'],
      ['序号', '3'],
      // no format known: stays a number, for the column rule to decide
      ['其他', 5],
    ]);
  });

  it('finds the formats of the Shanghai workbook fixture, sheet by sheet', async () => {
    const bytes = new Uint8Array(await (await fetch('/test/fixtures/import/putuo-2025.xlsx')).arrayBuffer());
    const sheets = readPrintedDecimals(bytes);
    expect(sheets.size).to.equal(9);
    const first = [...sheets.values()][0]!;
    expect([...first.values()].length).to.be.greaterThan(10);
    expect(new Set(first.values())).to.deep.equal(new Set([2]));
  });
});
