"use client";

import { useState, type FormEvent } from "react";
import type { PairChange, PeriodComparison } from "@/lib/analysis/timeline";
import { fetchJson } from "@/components/fetch-json";
import { RequestStatus, useRequest } from "@/components/analysis/use-request";
import { RelationshipQuotes } from "@/components/analysis/relationship-quotes";
import { SignLabel } from "@/components/analysis/sign-label";
import styles from "@/components/analysis/analysis.module.css";

export interface PeriodCompareProps {
  months: string[];
  initialBefore: string;
  initialAfter: string;
}

function Changes({ title, changes }: { title: string; changes: PairChange[] }) {
  return (
    <>
      <h4>
        {title} ({changes.length})
      </h4>
      {changes.length === 0 ? <p className={styles.sub}>none</p> : null}
      {changes.map((c) => {
        const names = Object.fromEntries(c.actors.map((a) => [a.id, a.name]));
        return (
          <article key={c.actors.map((a) => a.id).join("|")} className={styles.card}>
            <h4>
              {c.actors[0].name} · {c.actors[1].name}{" "}
              <span className={styles.sub}>
                {c.before === null ? "no dated tie" : <SignLabel sign={c.before} />} →{" "}
                {c.after === null ? "no dated tie" : <SignLabel sign={c.after} />}
              </span>
            </h4>
            <ul className={styles.tieList}>
              {c.relationships.map((r) => (
                <li key={r.id}>
                  <RelationshipQuotes relationship={r} names={names} />
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </>
  );
}

export function PeriodCompare({ months, initialBefore, initialAfter }: PeriodCompareProps) {
  const [before, setBefore] = useState(initialBefore);
  const [after, setAfter] = useState(initialAfter);
  const [request, run] = useRequest<{ comparison: PeriodComparison }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => ({
      comparison: await fetchJson<PeriodComparison>(
        `/api/analysis/timeline?${new URLSearchParams({ before, after })}`,
      ),
    }));
  }
  const result = request.state === "done" ? request.value : null;

  const select = (label: string, value: string, onChange: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {months.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <form className={styles.form} onSubmit={submit} aria-label="Compare two periods">
        {select("Earlier period", before, setBefore)}
        {select("Later period", after, setAfter)}
        <button type="submit" className={styles.button}>
          Compare periods
        </button>
      </form>
      <div role="region" aria-label="Changes between periods" aria-live="polite">
        <RequestStatus result={request} loading="Comparing…" />
        {result ? (
          <>
            <p className={styles.source}>
              {result.comparison.undated} undated ties cannot be placed in either period and are
              left out.
            </p>
            <Changes title="Appeared" changes={result.comparison.appeared} />
            <Changes title="Flipped" changes={result.comparison.flipped} />
            <Changes title="Disappeared" changes={result.comparison.disappeared} />
          </>
        ) : null}
      </div>
    </>
  );
}
