"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { resultCsv } from "@/lib/cypher/csv";
import { resultGraphElements } from "@/lib/cypher/result-graph";
import type { QueryResult } from "@/lib/cypher/run-query";
import { PlanTree } from "@/components/admin/plan-tree";
import { ResultTable } from "@/components/admin/result-table";
import styles from "@/components/admin/admin-console.module.css";

// Cytoscape touches `window` on import.
const ResultGraph = dynamic(() => import("@/components/admin/result-graph"), {
  ssr: false,
  loading: () => <p>Drawing the graph…</p>,
});

type View = "table" | "graph" | "json" | "plan";

function downloadCsv(result: QueryResult) {
  const blob = new Blob([resultCsv(result.columns, result.rows)], {
    type: "text/csv;charset=utf-8",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "query-result.csv";
  link.click();
  URL.revokeObjectURL(url);
}

function Counters({ counters }: { counters: Record<string, number> }) {
  const changed = Object.entries(counters).filter(([, n]) => n > 0);
  if (changed.length === 0) return null;
  return (
    <span data-testid="counters">
      {" · "}
      {changed.map(([name, n]) => `${name} ${n}`).join(", ")}
    </span>
  );
}

export function ResultsView({ result }: { result: QueryResult }) {
  const elements = useMemo(() => resultGraphElements(result.rows), [result.rows]);
  const hasGraph = elements.nodes.length > 0;
  const { summary } = result;
  const views: View[] = [
    ...(result.columns.length > 0 ? (["table"] as const) : []),
    ...(hasGraph ? (["graph"] as const) : []),
    "json",
    ...(summary.plan ? (["plan"] as const) : []),
  ];
  const [chosen, setView] = useState<View>("table");
  const view = views.includes(chosen) ? chosen : views[0]!;

  return (
    <section className={styles.results} aria-label="Results">
      <p className={styles.summary} role="status">
        <strong>
          {summary.rowCount} {summary.rowCount === 1 ? "row" : "rows"}
        </strong>
        {summary.truncated && (
          <span className={styles.truncated}>
            {" "}
            (truncated: {summary.truncatedBy === "rows" ? "row cap" : "response size cap"} reached)
          </span>
        )}
        {` · ${Math.round(summary.timeMs)} ms · query type ${summary.queryType}`}
        <Counters counters={summary.counters} />
      </p>
      {summary.notifications.map((n, i) => (
        <p key={i} className={styles.notification}>
          {n.severity}: {n.title}{" "}
          {n.position && `(line ${n.position.line}, column ${n.position.column})`}
        </p>
      ))}
      <div className={styles.tabs} role="tablist" aria-label="Result views">
        {views.map((v) => (
          <button
            key={v}
            role="tab"
            type="button"
            aria-selected={view === v}
            onClick={() => setView(v)}
          >
            {{ table: "Table", graph: "Graph", json: "JSON", plan: "Plan" }[v]}
          </button>
        ))}
        {result.columns.length > 0 && (
          <button type="button" className={styles.exportButton} onClick={() => downloadCsv(result)}>
            Export CSV
          </button>
        )}
      </div>
      <div className={styles.view} role="tabpanel" aria-label={view}>
        {view === "table" && <ResultTable columns={result.columns} rows={result.rows} />}
        {view === "graph" && (
          <div className={styles.graph}>
            <p className={styles.muted}>
              {elements.nodes.length} nodes, {elements.edges.length} relationships
            </p>
            <ResultGraph elements={elements} />
          </div>
        )}
        {view === "json" && <pre className={styles.json}>{JSON.stringify(result, null, 2)}</pre>}
        {view === "plan" && summary.plan && <PlanTree plan={summary.plan} />}
      </div>
    </section>
  );
}
