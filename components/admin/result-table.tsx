import { cypherTypeOf, formatValue } from "@/lib/cypher/format";
import type { CypherJson } from "@/lib/values/cypher-json";
import styles from "@/components/admin/admin-console.module.css";

export interface ResultTableProps {
  columns: string[];
  rows: CypherJson[][];
}

/** Values print as text (React escapes them), so a string of HTML stays a string. */
export function ResultTable({ columns, rows }: ResultTableProps) {
  if (columns.length === 0) return <p className={styles.muted}>No columns returned.</p>;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">#</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td className={styles.rowNumber}>{i + 1}</td>
              {row.map((value, j) => (
                <td key={j} title={cypherTypeOf(value)} data-type={cypherTypeOf(value)}>
                  {formatValue(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
