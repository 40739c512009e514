import { stringify } from "csv-stringify/sync";

/**
 * Text printed from a typed value (a float "2.0", a date, a list), not text someone typed: it
 * cannot be a formula, so it is never prefixed ("-1.5" stays a number in a spreadsheet).
 */
export interface FormattedCell {
  formatted: string;
}

export type CsvCell = string | number | boolean | null | FormattedCell;

/**
 * The one CSV writer (console results and graph exports), RFC 4180: a header row, CRLF row ends,
 * any field holding a comma, double quote, CR or LF quoted, quotes doubled. A string cell a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading `'`
 * (csv-stringify's `escape_formulas`, OWASP "CSV injection"); numbers and booleans are left
 * alone. Rows are arrays in column order or records keyed by column name; null is an empty cell.
 */
export function writeCsv(
  columns: readonly string[],
  rows: ReadonlyArray<readonly CsvCell[] | Readonly<Record<string, CsvCell>>>,
): string {
  return stringify(rows as unknown[], {
    columns: [...columns],
    header: true,
    record_delimiter: "windows",
    // csv-stringify quotes only fields holding the record delimiter once one is given, so a lone
    // LF ("\n\n" between passages) went out unquoted and split the row for any RFC 4180 reader.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      boolean: (value) => String(value),
      object: (value) => ({ value: String(value.formatted), escape_formulas: false }),
    },
  });
}
