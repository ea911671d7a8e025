export type CsvCell = string | number | null;

/** Excel reads the file as UTF-8 (å, ä, ö) only with a byte order mark. */
const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (CSV injection): an applicant's title could start
 * with "=HYPERLINK(…)". Such cells get a leading apostrophe, which Excel shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
