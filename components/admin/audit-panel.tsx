"use client";

import { useEffect, useState } from "react";
import type { AuditEntry } from "@/lib/admin/audit-log";
import { requestJson } from "@/components/fetch-json";
import styles from "@/components/admin/admin-console.module.css";

/** The admin's view of every write-mode request: who, when, what, and what it changed. */
export function AuditPanel({ refreshKey }: { refreshKey: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    requestJson<{ entries: AuditEntry[] }>("/api/cypher/audit").then((result) => {
      if (live && result.ok) setEntries(result.data.entries);
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);

  return (
    <details className={styles.audit}>
      <summary>Audit log (write mode)</summary>
      {entries === null && <p>Loading…</p>}
      {entries?.length === 0 && <p className={styles.muted}>No write-mode queries yet.</p>}
      {entries && entries.length > 0 && (
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Outcome</th>
                <th scope="col">Type</th>
                <th scope="col">Changes</th>
                <th scope="col">Query</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{e.user}</td>
                  <td>{e.outcome}</td>
                  <td>{e.queryType ?? "—"}</td>
                  <td>
                    {e.counters
                      ? Object.entries(e.counters)
                          .filter(([, n]) => n > 0)
                          .map(([k, n]) => `${k} ${n}`)
                          .join(", ") || "none"
                      : (e.error?.message ?? "—")}
                  </td>
                  <td>
                    <code>{e.query}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
