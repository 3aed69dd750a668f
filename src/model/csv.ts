/** A plain figure ("-87.50", "12.5%"): the only text written as it is although it may start with "-". */
const FIGURE = /^-?\d+(\.\d+)?%?$/;

/**
 * A text a spreadsheet would run as a formula, following OWASP's CSV-injection guidance: it starts with
 * = + - @ or a tab or carriage return, in their ASCII or full-width forms (＝＋－＠, which some spreadsheet
 * versions and IMEs turn into formulas too), also after leading spaces, zero-width or direction marks.
 */
const FORMULA = /^[\s\u00a0\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends,
 * fields quoted where needed. Text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe and quoted; amounts are written as their exact decimal strings.
 */
export function toCSV(rows: ReadonlyArray<ReadonlyArray<{ text: string; numeric?: boolean } | string | undefined>>): string {
  const field = (f: { text: string; numeric?: boolean } | string | undefined): string => {
    if (f === undefined) return '';
    const { text, numeric } = typeof f === 'string' ? { text: f, numeric: false } : f;
    if (!(numeric && FIGURE.test(text)) && FORMULA.test(text)) return `"'${text.replace(/"/g, '""')}"`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
