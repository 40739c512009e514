"use client";

import { useEffect, useState } from "react";
import { AUDIT_PAGE } from "@/lib/admin/console-pages";
import type { AuditEntry, AuditOutcome } from "@/lib/audit/audit-entries";
import { requestJson } from "@/components/fetch-json";
import styles from "@/components/admin/admin-console.module.css";

type AuditPage = { entries: AuditEntry[]; hasMore: boolean };
const OUTCOMES: AuditOutcome[] = ["ok", "error", "refused", "unconfirmed", "unknown"];

function auditUrl(user: string, outcome: string, offset: number): string {
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE), offset: String(offset) });
  if (user.trim()) params.set("user", user.trim());
  if (outcome) params.set("outcome", outcome);
  return `/api/cypher/audit?${params}`;
}

/** The admin's view of every write-mode request: who, when, what, and what it changed. */
export function AuditPanel({ refreshKey }: { refreshKey: number }) {
  const [page, setPage] = useState<AuditPage | null>(null);
  const [user, setUser] = useState("");
  const [outcome, setOutcome] = useState("");
  useEffect(() => {
    let live = true;
    requestJson<AuditPage>(auditUrl(user, outcome, 0)).then((result) => {
      if (live && result.ok) setPage(result.data);
    });
    return () => {
      live = false;
    };
  }, [refreshKey, user, outcome]);

  async function more() {
    if (!page) return;
    const result = await requestJson<AuditPage>(auditUrl(user, outcome, page.entries.length));
    if (result.ok) {
      setPage({ entries: [...page.entries, ...result.data.entries], hasMore: result.data.hasMore });
    }
  }

  const entries = page?.entries ?? null;
  return (
    <details className={styles.audit}>
      <summary>Audit log (write mode)</summary>
      <p>
        <label>
          User <input value={user} onChange={(event) => setUser(event.target.value)} size={12} />
        </label>{" "}
        <label>
          Outcome{" "}
          <select value={outcome} onChange={(event) => setOutcome(event.target.value)}>
            <option value="">any</option>
            {OUTCOMES.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
      </p>
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
              {entries.map((e) => (
                <tr key={e.id}>
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
      {page?.hasMore && (
        <button type="button" className={styles.small} onClick={more}>
          Older entries
        </button>
      )}
    </details>
  );
}
