import { expect } from '@open-wc/testing';
import { toCSV } from '../../src/model/csv.js';

const line = (cells: Array<{ text: string; numeric?: boolean } | string>) => toCSV([cells]).slice(1, -2);

describe('toCSV', () => {
  it('neutralises every formula start OWASP lists, in ASCII and full-width forms, also behind spaces and invisible marks', () => {
    for (const text of [
      '=1+1',
      '+1',
      '-1+2',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      ' =1+1',
      '\u3000=1',
      '\u200b=1',
      '\u202e=1',
      '\ufeff@x',
      '\u00a0+1',
    ]) {
      expect(line([text]), JSON.stringify(text)).to.equal(`"'${text}"`);
    }
  });

  it('leaves plain text and exact figures as they are, and quotes what needs quoting', () => {
    expect(line(['一般公共服务支出', { text: '-87.50', numeric: true }, { text: '12.5%', numeric: true }, 'a,b', 'say "x"'])).to.equal(
      '一般公共服务支出,-87.50,12.5%,"a,b","say ""x"""',
    );
  });

  it('a cell marked numeric that is not a figure is still neutralised', () => {
    expect(line([{ text: '-1+cmd|x', numeric: true }])).to.equal(`"'-1+cmd|x"`);
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCSV([['a'], ['b']])).to.equal('\uFEFFa\r\nb\r\n');
  });
});
