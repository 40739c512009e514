"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { HISTORY_PAGE } from "@/lib/admin/console-pages";
import type { ExampleQuery } from "@/lib/admin/examples";
import type { HistoryEntry } from "@/lib/admin/history";
import type { SavedQuery } from "@/lib/admin/saved-queries";
import type { Role } from "@/lib/auth/accounts";
import type { GraphSchemaInfo } from "@/lib/cypher/graph-schema";
import type { QueryResult } from "@/lib/cypher/run-query";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditPanel } from "@/components/admin/audit-panel";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { requestJson, type ApiFailure } from "@/components/fetch-json";
import { QueryLibrary } from "@/components/admin/query-library";
import { QueryError } from "@/components/admin/query-error";
import { ResultsView } from "@/components/admin/results-view";
import styles from "@/components/admin/admin-console.module.css";

// CodeMirror needs the DOM.
const CypherEditor = dynamic(
  () => import("@/components/admin/cypher-editor").then((m) => m.CypherEditor),
  { ssr: false, loading: () => <div className={styles.editorPlaceholder}>Loading editor…</div> },
);

export interface AdminConsoleProps {
  username: string;
  role: Role;
  csrfToken: string;
  examples: ExampleQuery[];
  initialHistory: HistoryEntry[];
  /** Whether history has older entries than the first page. */
  initialHistoryHasMore: boolean;
  initialSaved: SavedQuery[];
  /** Null when the database could not be asked; autocompletion then knows only keywords. */
  schema: GraphSchemaInfo | null;
}

type HistoryPage = { history: HistoryEntry[]; hasMore: boolean };

type Pending =
  { kind: "enable-write" } | { kind: "run-write"; queryType: string; loadCsvUrls: string[] };

function parseParams(text: string): { params?: Record<string, unknown>; error?: string } {
  if (text.trim() === "") return { params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { error: 'Parameters must be a JSON object, such as {"name": "Iran"}.' };
    }
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
}

export function AdminConsole({
  username,
  role,
  csrfToken,
  examples,
  initialHistory,
  initialHistoryHasMore,
  initialSaved,
  schema,
}: AdminConsoleProps) {
  const router = useRouter();
  const [query, setQuery] = useState(examples[0]?.query ?? "");
  const [loaded, setLoaded] = useState({ text: examples[0]?.query ?? "", id: 0 });
  const [paramsText, setParamsText] = useState(JSON.stringify(examples[0]?.params ?? {}, null, 2));
  const [mode, setMode] = useState<"read" | "write">("read");
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [history, setHistory] = useState(initialHistory);
  const [historyHasMore, setHistoryHasMore] = useState(initialHistoryHasMore);
  const [saved, setSaved] = useState(initialSaved);
  const [auditKey, setAuditKey] = useState(0);

  const parsedParams = parseParams(paramsText);

  const refreshHistory = useCallback(async () => {
    const r = await requestJson<HistoryPage>(`/api/cypher/history?limit=${HISTORY_PAGE}`);
    if (r.ok) {
      setHistory(r.data.history);
      setHistoryHasMore(r.data.hasMore);
    }
  }, []);
  const moreHistory = useCallback(async () => {
    const r = await requestJson<HistoryPage>(
      `/api/cypher/history?limit=${HISTORY_PAGE}&offset=${history.length}`,
    );
    if (r.ok) {
      setHistory((h) => [...h, ...r.data.history]);
      setHistoryHasMore(r.data.hasMore);
    }
  }, [history.length]);
  const refreshSaved = useCallback(async () => {
    const r = await requestJson<{ saved: SavedQuery[] }>("/api/cypher/saved");
    if (r.ok) setSaved(r.data.saved);
  }, []);

  const run = useCallback(
    async (confirm = false, confirmLoadCsvUrls: string[] = []) => {
      if (!parsedParams.params) {
        setError({ code: "bad_params", message: parsedParams.error ?? "Bad parameters." });
        return;
      }
      setRunning(true);
      setError(null);
      const response = await requestJson<QueryResult>("/api/cypher", {
        body: {
          query,
          params: parsedParams.params,
          mode,
          confirm,
          ...(confirmLoadCsvUrls.length > 0 && { confirmLoadCsvUrls }),
        },
        csrfToken,
      });
      setRunning(false);
      if (response.ok) {
        setResult(response.data);
      } else if (response.error.code === "confirmation_required") {
        const { queryType, loadCsvUrls } = (response.error.details ?? {}) as {
          queryType?: string;
          loadCsvUrls?: string[];
        };
        setPending({
          kind: "run-write",
          queryType: queryType ?? "w",
          loadCsvUrls: loadCsvUrls ?? [],
        });
      } else if (response.status === 401) {
        router.refresh();
      } else {
        setResult(null);
        setError(response.error);
      }
      refreshHistory();
      if (mode === "write") setAuditKey((k) => k + 1);
    },
    [query, parsedParams.params, parsedParams.error, mode, csrfToken, router, refreshHistory],
  );

  function load(text: string, params: Record<string, unknown>) {
    setQuery(text);
    setLoaded((l) => ({ text, id: l.id + 1 }));
    setParamsText(JSON.stringify(params, null, 2));
  }

  async function saveCurrent() {
    const name = window.prompt("Name for this query:");
    if (!name || !parsedParams.params) return;
    const r = await requestJson("/api/cypher/saved", {
      body: { name, query, params: parsedParams.params },
      csrfToken,
    });
    if (r.ok) refreshSaved();
    else setError(r.error);
  }

  async function deleteSaved(id: string) {
    await requestJson(`/api/cypher/saved/${encodeURIComponent(id)}`, {
      method: "DELETE",
      csrfToken,
    });
    refreshSaved();
  }

  async function logout() {
    await requestJson("/api/auth/logout", { body: {}, csrfToken });
    router.refresh();
  }

  const parameterNames = parsedParams.params ? Object.keys(parsedParams.params) : [];

  return (
    <div className={styles.console}>
      <header className={styles.bar}>
        <h1>Cypher console</h1>
        <span className={styles.muted}>
          Signed in as <strong>{username}</strong> ({role})
        </span>
        <AdminNav role={role} current="console" />
        {role === "admin" && (
          <label className={styles.writeToggle}>
            <input
              type="checkbox"
              checked={mode === "write"}
              onChange={(e) =>
                e.target.checked ? setPending({ kind: "enable-write" }) : setMode("read")
              }
            />
            Write mode
          </label>
        )}
        <span className={mode === "write" ? styles.modeWrite : styles.modeRead} data-testid="mode">
          {mode === "write" ? "WRITE MODE" : "Read-only"}
        </span>
        <button type="button" onClick={logout}>
          Log out
        </button>
      </header>
      <div className={styles.layout}>
        <QueryLibrary
          examples={examples}
          history={history}
          hasMoreHistory={historyHasMore}
          onMoreHistory={moreHistory}
          saved={saved}
          onLoad={load}
          onDelete={deleteSaved}
        />
        <div className={styles.main}>
          <div className={styles.editorRow}>
            <div className={styles.editor} aria-label="Cypher query" role="group">
              <CypherEditor
                initialValue={loaded.text}
                loadId={loaded.id}
                schema={schema}
                parameters={parameterNames}
                onChange={setQuery}
                onRun={() => run()}
              />
            </div>
            <label className={styles.params}>
              Parameters (JSON)
              <textarea
                value={paramsText}
                onChange={(e) => setParamsText(e.target.value)}
                spellCheck={false}
                aria-invalid={Boolean(parsedParams.error)}
                rows={6}
              />
              {parsedParams.error && <span className={styles.error}>{parsedParams.error}</span>}
            </label>
          </div>
          <div className={styles.actions}>
            <button type="button" onClick={() => run()} disabled={running || query.trim() === ""}>
              {running ? "Running…" : "Run"}
            </button>
            <span className={styles.muted}>Ctrl/Cmd-Enter runs</span>
            <button type="button" onClick={saveCurrent} disabled={query.trim() === ""}>
              Save…
            </button>
          </div>
          {error && <QueryError error={error} />}
          {result && !error && <ResultsView key={result.summary.timeMs} result={result} />}
          {role === "admin" && <AuditPanel refreshKey={auditKey} />}
        </div>
      </div>
      {pending?.kind === "enable-write" && (
        <ConfirmDialog
          title="Switch to write mode?"
          confirmLabel="Enable write mode"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setMode("write");
            setPending(null);
          }}
        >
          <p>
            Queries may then change the graph. Each query that writes asks again before it runs, and
            is recorded in the audit log with your name and its update counts.
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === "run-write" && (
        <ConfirmDialog
          title={
            pending.queryType === "r"
              ? "Run a query that fetches a URL?"
              : "Run a query that writes?"
          }
          confirmLabel="Run and record"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            run(true, pending.loadCsvUrls);
          }}
        >
          <p>
            EXPLAIN says this query {pending.queryType === "r" ? "only reads" : "writes"} (query
            type <code>{pending.queryType}</code>). It will run in a write transaction and be
            recorded in the audit log.
          </p>
          {pending.loadCsvUrls.length > 0 && (
            <ul className={styles.fetches} aria-label="URLs the database will fetch">
              {pending.loadCsvUrls.map((url, i) => (
                <li key={i}>
                  This query makes the database fetch: <code>{url}</code>
                </li>
              ))}
            </ul>
          )}
          <pre className={styles.json}>{query}</pre>
        </ConfirmDialog>
      )}
    </div>
  );
}
