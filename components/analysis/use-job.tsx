"use client";

import { useEffect, useState } from "react";
import type { JobProgress } from "@/lib/analysis/jobs";
import styles from "@/components/analysis/analysis.module.css";

export type JobView<T> =
  | { state: "pending"; progress: JobProgress; error: string | null }
  | { state: "done"; value: T }
  | { state: "error"; message: string };

const POLL_MS = 1_000;

/**
 * A whole-graph analysis on /analysis: the answer the server already had, or polls of `url`
 * (`Prefer: respond-async`, so each answers at once: 202 with progress, then 200) until it is done.
 */
export function useJob<T>(url: string, initial: JobView<T>): JobView<T> {
  const [view, setView] = useState(initial);
  const pending = view.state === "pending";
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(url, { headers: { Prefer: "respond-async" } });
        const body = await response.json();
        if (stopped) return;
        if (response.status === 202) {
          setView({ state: "pending", progress: body.progress, error: body.error });
          timer = setTimeout(poll, POLL_MS);
        } else if (response.ok) setView({ state: "done", value: body as T });
        else setView({ state: "error", message: body?.error?.message ?? response.statusText });
      } catch {
        if (!stopped) timer = setTimeout(poll, POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url, pending]);
  return view;
}

/** How far a job is, for screen readers (progressbar, polite live region) and the eye. */
export function JobProgressBar({ name, view }: { name: string; view: JobView<unknown> }) {
  if (view.state === "error") {
    return (
      <p role="alert" className={styles.error}>
        {view.message}
      </p>
    );
  }
  if (view.state !== "pending") return null;
  const percent = Math.round(view.progress.fraction * 100);
  const text = `${name}: ${view.progress.label}, ${percent}%`;
  return (
    <div className={styles.progress}>
      <p aria-live="polite">
        Computing {name.toLowerCase()} over the whole graph: {view.progress.label} ({percent}%). The
        rest of the page works meanwhile.
        {view.error ? ` The last attempt failed (${view.error}); it will be retried.` : ""}
      </p>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-label={`${name} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
