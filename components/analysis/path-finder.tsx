"use client";

import { useState, type FormEvent } from "react";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import type { ActorRef } from "@/lib/analysis/types";
import { ActorSelect } from "@/components/analysis/actor-select";
import { fetchJson } from "@/components/fetch-json";
import { RequestStatus, useRequest } from "@/components/analysis/use-request";
import { PathExportLinks } from "@/components/analysis/path-export-links";
import { PathList } from "@/components/analysis/path-list";
import styles from "@/components/analysis/analysis.module.css";
import { FAMILY_NAMES, RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

export interface PathFinderProps {
  actors: ActorRef[];
  initialFrom: string;
  initialTo: string;
}

export function PathFinder({ actors, initialFrom, initialTo }: PathFinderProps) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [k, setK] = useState(3);
  const [maxHops, setMaxHops] = useState(4);
  const [families, setFamilies] = useState({ influence: true, hostility: true });
  const [directed, setDirected] = useState(false);
  const [request, run] = useRequest<{ paths: InfluencePath[]; query: URLSearchParams }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = Object.entries(families)
      .filter(([, on]) => on)
      .map(([family]) => family);
    const query = new URLSearchParams({
      from,
      to,
      k: String(k),
      maxHops: String(maxHops),
      families: chosen.join(","),
      directed: String(directed),
    });
    await run(async () => {
      const body = await fetchJson<{ paths: InfluencePath[] }>(`/api/paths?${query}`);
      return { paths: body.paths, query };
    });
  }
  const result = request.state === "done" ? request.value : null;

  return (
    <>
      <form className={styles.form} onSubmit={submit} aria-label="Find paths">
        <ActorSelect label="From" name="from" actors={actors} value={from} onChange={setFrom} />
        <ActorSelect label="To" name="to" actors={actors} value={to} onChange={setTo} />
        <label>
          Alternatives (k)
          <input
            type="number"
            min={1}
            max={10}
            value={k}
            onChange={(e) => setK(Number(e.target.value))}
          />
        </label>
        <label>
          Max hops
          <input
            type="number"
            min={1}
            max={6}
            value={maxHops}
            onChange={(e) => setMaxHops(Number(e.target.value))}
          />
        </label>
        <fieldset>
          <legend>Ties</legend>
          {RELATIONSHIP_FAMILIES.map((family) => (
            <label key={family}>
              <input
                type="checkbox"
                checked={families[family]}
                onChange={(e) => setFamilies({ ...families, [family]: e.target.checked })}
              />
              {FAMILY_NAMES[family]}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={directed}
              onChange={(e) => setDirected(e.target.checked)}
            />
            Follow direction
          </label>
        </fieldset>
        <button type="submit" className={styles.button}>
          Find paths
        </button>
      </form>
      <div role="region" aria-label="Paths found" aria-live="polite">
        <RequestStatus result={request} loading="Searching…" />
        {result ? <PathList paths={result.paths} /> : null}
        {result && result.paths.length > 0 ? <PathExportLinks query={result.query} /> : null}
      </div>
    </>
  );
}
