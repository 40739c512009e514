"use client";

import dynamic from "next/dynamic";
import { communityName } from "@/lib/summary/community-name";
import type { GraphSummary } from "@/lib/summary/types";
import "@/components/explorer/large-graph.css";

const SummaryCanvas = dynamic(
  () => import("@/components/graph/summary-canvas").then((module) => module.SummaryCanvas),
  { ssr: false, loading: () => <p className="graph-loading">Drawing the summary…</p> },
);

const count = (n: number) => n.toLocaleString("en-US");

export interface GraphSummaryViewProps {
  summary: GraphSummary;
  /** How many actors the "best-connected" button shows. */
  topLimit: number;
  onOpenCommunity: (id: number) => void;
  onFocusActor: (id: string) => void;
  onShowTop: () => void;
}

/**
 * What the explorer shows for a graph bigger than it draws at once: the communities as one node
 * each with their ties, the best-connected actors, and ways in (a community, an actor, the top N).
 */
export function GraphSummaryView({ summary, topLimit, ...on }: GraphSummaryViewProps) {
  const { totals } = summary;
  return (
    <section className="graph-summary" aria-labelledby="summary-heading">
      <div className="graph-summary-text">
        <h2 id="summary-heading">
          Summary of {count(totals.actors)} actors and{" "}
          {count(totals.relationships + totals.memberships)} links
        </h2>
        <p>
          The graph is larger than the explorer draws at once ({count(summary.budget)} elements).
          Each circle is a community of actors held together by influence and membership, sized by
          its members; lines count the ties between communities (orange where most are hostile).
          Open a community, search for an actor above, or:
        </p>
        <button type="button" onClick={on.onShowTop}>
          Show the {count(topLimit)} best-connected actors
        </button>
        <h3>Communities</h3>
        <ol className="summary-list">
          {summary.communities.map((community) => (
            <li key={community.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => on.onOpenCommunity(community.id)}
              >
                {communityName(community.id)}
              </button>{" "}
              {count(community.size)} actors, {count(community.internalTies)} ties inside
              {community.leaders.length > 0 && (
                <span className="muted">
                  {" "}
                  — {community.leaders.map((leader) => leader.name).join(", ")}
                </span>
              )}
            </li>
          ))}
        </ol>
        <h3>Best-connected actors</h3>
        <ol className="summary-list">
          {summary.topActors.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => on.onFocusActor(actor.id)}
              >
                {actor.name}
              </button>{" "}
              <span className="muted">
                {communityName(actor.community)}, weighted degree {count(actor.score)}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div className="graph-summary-canvas">
        <SummaryCanvas
          summary={summary}
          onOpenCommunity={on.onOpenCommunity}
          onFocusActor={on.onFocusActor}
        />
      </div>
    </section>
  );
}
