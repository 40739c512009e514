"use client";

import { useMemo, useState } from "react";
import type { ActorRanking } from "@/lib/analysis/rankings";
import { RANKING_COLUMNS } from "@/components/analysis/ranking-columns";
import styles from "@/components/analysis/analysis.module.css";

export interface RankingsTableProps {
  rows: ActorRanking[];
}

type SortKey = "name" | (typeof RANKING_COLUMNS)[number]["key"];

function compare(a: ActorRanking, b: ActorRanking, key: SortKey): number {
  const x = a[key as keyof ActorRanking];
  const y = b[key as keyof ActorRanking];
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return String(x).localeCompare(String(y));
}

export function RankingsTable({ rows }: RankingsTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: "pageRank",
    descending: true,
  });
  const sorted = useMemo(() => {
    const list = [...rows].sort((a, b) => compare(a, b, sort.key) || a.name.localeCompare(b.name));
    return sort.descending ? list.reverse() : list;
  }, [rows, sort]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
      >
        <button
          type="button"
          className={styles.sortButton}
          onClick={() =>
            // Numbers read best largest first; names alphabetically.
            setSort({ key, descending: active ? !sort.descending : key !== "name" })
          }
        >
          {label}
          {active ? (sort.descending ? " ▼" : " ▲") : ""}
        </button>
      </th>
    );
  };

  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Actor rankings">
        <thead>
          <tr>
            {header("name", "Actor")}
            <th scope="col">Kind</th>
            {RANKING_COLUMNS.map((c) => header(c.key, c.label))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id}>
              <th scope="row" style={{ fontWeight: 500 }}>
                {row.name}
              </th>
              <td className={styles.sub}>{row.kind}</td>
              {RANKING_COLUMNS.map((c) => {
                const value = row[c.key];
                const sub = c.sub ? row[c.sub] : undefined;
                const shown =
                  typeof value === "number" ? (c.format ? c.format(value) : String(value)) : "";
                return (
                  <td key={c.key} data-column={c.key}>
                    {shown}
                    {typeof sub === "number" ? (
                      <span className={styles.sub}>
                        {" "}
                        ({c.key === "betweenness" ? sub.toFixed(2) : `w ${sub}`})
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
