"use client";

import { useState, type FormEvent } from "react";
import type { ActorComparison, ActorProfile } from "@/lib/analysis/compare";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import type { ActorRef } from "@/lib/analysis/types";
import { ActorSelect } from "@/components/analysis/actor-select";
import { fetchJson } from "@/components/fetch-json";
import { RequestStatus, useRequest } from "@/components/analysis/use-request";
import { PathList } from "@/components/analysis/path-list";
import { SignLabel } from "@/components/analysis/sign-label";
import styles from "@/components/analysis/analysis.module.css";

export interface ActorCompareProps {
  actors: ActorRef[];
  initialA: string;
  initialB: string;
}

function Profile({ profile }: { profile: ActorProfile }) {
  const list = (ties: ActorProfile["allies"]) =>
    ties.length === 0 ? (
      <p className={styles.sub}>none</p>
    ) : (
      <ul className={styles.plainList}>
        {ties.map((t) => (
          <li key={t.actor.id}>
            {t.actor.name}{" "}
            <span className={styles.sub}>
              ({t.pair.relationships.length} {t.pair.relationships.length === 1 ? "tie" : "ties"},
              net {t.pair.net})
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <div className={styles.bloc}>
      <h3 style={{ marginTop: 0 }}>{profile.actor.name}</h3>
      <h4>Allies ({profile.allies.length})</h4>
      {list(profile.allies)}
      <h4>Adversaries ({profile.adversaries.length})</h4>
      {list(profile.adversaries)}
      {profile.contested.length > 0 ? (
        <>
          <h4>Contested ({profile.contested.length})</h4>
          {list(profile.contested)}
        </>
      ) : null}
    </div>
  );
}

export function ActorCompare({ actors, initialA, initialB }: ActorCompareProps) {
  const [a, setA] = useState(initialA);
  const [b, setB] = useState(initialB);
  const [request, run] = useRequest<{ comparison: ActorComparison; paths: InfluencePath[] }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const [comparison, { paths }] = await Promise.all([
        fetchJson<ActorComparison>(`/api/analysis/compare?${new URLSearchParams({ a, b })}`),
        fetchJson<{ paths: InfluencePath[] }>(
          `/api/paths?${new URLSearchParams({ from: a, to: b, k: "3" })}`,
        ),
      ]);
      return { comparison, paths };
    });
  }
  const result = request.state === "done" ? request.value : null;

  return (
    <>
      <form className={styles.form} onSubmit={submit} aria-label="Compare two actors">
        <ActorSelect label="Actor A" name="a" actors={actors} value={a} onChange={setA} />
        <ActorSelect label="Actor B" name="b" actors={actors} value={b} onChange={setB} />
        <button type="submit" className={styles.button}>
          Compare
        </button>
      </form>
      <div role="region" aria-label="Comparison" aria-live="polite">
        <RequestStatus result={request} loading="Comparing…" />
        {result ? (
          <>
            <p>
              Direct tie:{" "}
              {result.comparison.direct ? (
                <SignLabel sign={result.comparison.direct.sign} />
              ) : (
                "none"
              )}
            </p>
            <div className={styles.columns}>
              <Profile profile={result.comparison.a} />
              <Profile profile={result.comparison.b} />
            </div>
            <h4>Shared neighbours ({result.comparison.shared.length})</h4>
            <ul className={styles.plainList}>
              {result.comparison.shared.map((s) => (
                <li key={s.actor.id}>
                  {s.actor.name}: {s.stance}
                </li>
              ))}
            </ul>
            <h4>Paths between them</h4>
            <PathList paths={result.paths} />
          </>
        ) : null}
      </div>
    </>
  );
}
