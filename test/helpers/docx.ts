import { strToU8, zipSync } from 'fflate';

// A minimal .docx, written the way Word writes one: paragraphs of runs, tables of rows of cells.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const p = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
export type C = string | { text: string; span?: number; merge?: 'restart' | 'continue' };
const tc = (c: C) => {
  const { text, span, merge } = typeof c === 'string' ? { text: c, span: undefined, merge: undefined } : c;
  const pr = `${span ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`;
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${pr}</w:tcPr>${text ? p(text) : '<w:p/>'}</w:tc>`;
};
export const tbl = (rows: C[][]) => `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;
export function docx(...body: string[]): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}
