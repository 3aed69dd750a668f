/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends,
 * fields quoted where needed. Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is
 * prefixed with an apostrophe; numbers are written as their exact decimal strings.
 */
export function toCSV(rows: ReadonlyArray<ReadonlyArray<{ text: string; numeric?: boolean } | string | undefined>>): string {
  const field = (f: { text: string; numeric?: boolean } | string | undefined): string => {
    if (f === undefined) return '';
    const { text, numeric } = typeof f === 'string' ? { text: f, numeric: false } : f;
    const safe = !numeric && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
