import { formatValue } from "@/lib/cypher/format";
import type { CypherJson } from "@/lib/cypher/value-types";

// A spreadsheet would run a cell starting with these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CypherJson): string {
  let text = formatValue(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV of a result table, values printed as in the table. */
export function toCsv(columns: string[], rows: CypherJson[][]): string {
  const lines = [columns.map((c) => cell(c)), ...rows.map((row) => row.map(cell))];
  return `${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}
