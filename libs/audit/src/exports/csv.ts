export type CsvCell = string | number | null;

/**
 * Swedish Excel splits columns on `;` (the comma is the decimal separator there), so that is the default;
 * `,` is available for other tools (`?delimiter=,`).
 */
export type CsvDelimiter = ';' | ',';
export const CSV_DELIMITERS = [';', ','] as const;

/** Excel reads the file as UTF-8 (å, ä, ö) only with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (CSV injection): an applicant's title could start
 * with "=HYPERLINK(…)". Such cells get a leading apostrophe, which Excel shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated (RFC 4180 with the chosen delimiter). */
export const csvLine = (row: readonly CsvCell[], delimiter: CsvDelimiter = ';'): string =>
  `${row.map((value) => cell(value, delimiter)).join(delimiter)}\r\n`;

/** RFC 4180 with `;` by default: CRLF line ends, fields with the delimiter, quote or line break quoted, quotes doubled. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, delimiter: CsvDelimiter = ';'): string {
  return BOM + [header, ...rows].map((row) => csvLine(row, delimiter)).join('');
}
