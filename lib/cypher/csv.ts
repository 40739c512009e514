import { writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import { formatValue } from "@/lib/cypher/format";
import type { CypherJson } from "@/lib/values/cypher-json";

// Strings are what someone stored, so they are checked for formulas; every other value is printed
// by us as in the table (null, 2.0, a date, a node), so it is not.
const cell = (value: CypherJson): CsvCell =>
  typeof value === "string" ? value : { formatted: formatValue(value) };

/** A result table as CSV (lib/csv/write-csv.ts), values printed as in the table. */
export function resultCsv(columns: string[], rows: CypherJson[][]): string {
  return writeCsv(
    columns,
    rows.map((row) => row.map(cell)),
  );
}
