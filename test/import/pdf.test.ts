import { expect } from '@open-wc/testing';
import { ImportInputError } from '../../src/import/archive.js';
import { readPdf, type PdfJs } from '../../src/import/pdf.js';
import { clippedTextPdf } from '../helpers/scan-pdf.js';

/** A PDF.js whose loading fails as the real one does, with `message`. */
const failing = (message: string): PdfJs =>
  ({
    OPS: {},
    getDocument: () => ({ promise: Promise.reject(new Error(message)) }),
  }) as unknown as PdfJs;

async function refusal(pdfjs: PdfJs): Promise<ImportInputError> {
  try {
    await readPdf(new TextEncoder().encode('%PDF-1.7\n'), pdfjs);
  } catch (err) {
    expect(err).to.be.instanceOf(ImportInputError);
    return err as ImportInputError;
  }
  throw new Error('readPdf did not refuse');
}

describe('readPdf: when PDF.js cannot open the file', () => {
  it('in a browser older than PDF.js supports, says the browser is the cause and what to do instead', async () => {
    // the words of PDF.js's legacy build when a browser lacks what it needs
    const err = await refusal(
      failing(
        'The browser/environment lacks native support for critical functionality used by the PDF.js library (e.g. `Path2D` and/or `ReadableStream`); please update to a supported browser.',
      ),
    );
    expect(err.zh)
      .to.match(/^这个浏览器太旧，读不了 PDF/)
      .and.contain('Chrome/Edge 110')
      .and.contain('Word/Excel');
    expect(err.en).to.match(/^this browser is too old to read a PDF/);
    expect(err.zh).not.to.contain('不是可读的 PDF');
  });

  it('for a damaged file, says the file is not readable, with PDF.js’s reason', async () => {
    const err = await refusal(failing('Invalid PDF structure.'));
    expect(err.zh).to.equal('不是可读的 PDF 文件（Invalid PDF structure.）');
  });
});

describe('readPdf: text the page does not show', () => {
  it('leaves out the text its clipping path hides, and says how much and where; invisible OCR text and text after the clip stay', async () => {
    const m = await import('pdfjs-dist/legacy/build/pdf.mjs');
    m.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs';
    const { blocks, clipped } = await readPdf(new TextEncoder().encode(clippedTextPdf()), m as unknown as PdfJs);
    const text = blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n');
    expect(text).to.contain('Shown inside the box').and.contain('Footer after the clip').and.contain('Invisible OCR text');
    expect(text).not.to.contain('Clipped below the box');
    expect(clipped).to.deep.equal({ runs: 1, pages: [1] });
  });
});
