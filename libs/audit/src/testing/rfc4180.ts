/**
 * A small RFC 4180 reader for tests: the exports must round-trip through an independent parser.
 * Strips a leading BOM; fields separated by the delimiter (`;` as Swedish Excel expects, or `,`), records
 * by CRLF; quoted fields may hold the delimiter, quotes (doubled) and line breaks.
 */
export function parseCsv(text: string, delimiter: ';' | ',' = ';'): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        field += ch;
        i += 1;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`Quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`Bare line break at ${i}: records end with CRLF`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('The last record does not end with CRLF');
  return records;
}
