/** A one-page PDF with a filled rectangle and no text (a scan, as a reader sees it). */
export function imageOnlyPdf(): string;
