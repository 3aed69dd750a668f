/** A one-page PDF with a filled rectangle and no text (a scan, as a reader sees it). */
export function imageOnlyPdf(): string;
/** A one-page PDF whose clipping path hides one line of its text layer. */
export function clippedTextPdf(): string;
