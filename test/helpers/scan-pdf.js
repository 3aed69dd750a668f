// Small PDFs written by hand, for the browser tests and the Node tests alike (plain JavaScript):
// a scan as a reader sees it (a filled rectangle and no text), and a page whose clipping path hides a line.

/** A one-page PDF of `content` (a content stream), with Helvetica as /F1, as ASCII (every byte offset in its cross-reference table is right). */
function pdfOf(content, size = [200, 200]) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

/** A one-page PDF with a filled rectangle and no text. */
export function imageOnlyPdf() {
  return pdfOf('10 10 100 100 re f');
}

/**
 * A page as a Word export gives one whose text runs past its bottom: the body is clipped to a box, and the
 * line below the box is in the text layer but not on the page. A line drawn after the clip is restored,
 * and a line in invisible render mode (an OCR layer), are on the page as far as reading goes.
 */
export function clippedTextPdf() {
  return pdfOf(
    [
      'q 20 100 360 280 re W n',
      'BT /F1 12 Tf 40 300 Td (Shown inside the box) Tj ET',
      'BT /F1 12 Tf 40 60 Td (Clipped below the box) Tj ET',
      'Q',
      'BT /F1 12 Tf 40 30 Td (Footer after the clip) Tj ET',
      'BT 3 Tr /F1 12 Tf 40 200 Td (Invisible OCR text) Tj ET',
    ].join('\n'),
    [400, 400],
  );
}
