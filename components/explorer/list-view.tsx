"use client";

import { LazyCitations } from "@/components/explorer/lazy-citations";
import { ContestedBadge } from "@/components/evidence/contested-badge";
import { describeEvidence } from "@/lib/explorer/evidence-groups";
import type { GraphData } from "@/lib/explorer/graph-types";
import { type EdgeFamily, FAMILY_NAMES } from "@/lib/domain/relationship-families";
import { actorKindName } from "@/lib/domain/actor-kinds";
import { formatRange } from "@/lib/domain/periods";

export interface ListViewProps {
  graph: GraphData;
  hidden: ReadonlySet<string>;
  influence: Map<string, number>;
  nameOf: (actorId: string) => string;
  onSelectActor: (actorId: string) => void;
  onFocus: (actorId: string) => void;
  onExpand: (actorId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
}

/** The graph as two tables: the text alternative to the canvas, under the same filters. */
export function ListView(props: ListViewProps) {
  const { graph, hidden, nameOf } = props;
  const actors = graph.nodes
    .map(({ data }) => data)
    .filter((actor) => !hidden.has(actor.id))
    .sort((a, b) => a.label.localeCompare(b.label));
  const links = graph.edges
    .map(({ data }) => data)
    .filter((edge) => !hidden.has(edge.id))
    .sort(
      (a, b) =>
        nameOf(a.source).localeCompare(nameOf(b.source)) || (b.weight ?? 0) - (a.weight ?? 0),
    );
  return (
    <div className="list-view" data-testid="list-view">
      <table>
        <caption>Actors shown ({actors.length})</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Kind</th>
            <th scope="col">Influence</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onSelectActor(actor.id)}
                >
                  {actor.label}
                </button>
              </th>
              <td>{actorKindName(actor.kind)}</td>
              <td>{(props.influence.get(actor.id) ?? 0).toFixed(1)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="small-button"
                  onClick={() => props.onFocus(actor.id)}
                  aria-label={`Focus on ${actor.label}`}
                >
                  Focus
                </button>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => props.onExpand(actor.id)}
                  aria-label={`Expand ${actor.label}`}
                >
                  Expand
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Relationships shown ({links.length})</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relationship</th>
            <th scope="col">To</th>
            <th scope="col">Strength</th>
            <th scope="col">Date</th>
            <th scope="col">Evidence</th>
            <th scope="col">Summary and passages</th>
          </tr>
        </thead>
        <tbody>
          {links.map((edge) => (
            <tr key={edge.id}>
              <td>{nameOf(edge.source)}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onSelectRelationship(edge.id)}
                >
                  {edge.kind}
                </button>{" "}
                <span className="muted">
                  ({FAMILY_NAMES[edge.family as EdgeFamily] ?? edge.family})
                </span>
              </td>
              <td>{nameOf(edge.target)}</td>
              <td>{edge.weight ?? "–"}</td>
              <td>
                {edge.dateStart ? formatRange(edge.dateStart, edge.dateEnd ?? edge.dateStart) : "–"}
              </td>
              <td>
                {describeEvidence(edge)}
                <ContestedBadge evidence={{ contested: edge.contested, contestedBecause: [] }} />
              </td>
              <td>
                {edge.summary}
                <LazyCitations relationshipId={edge.id} count={edge.citationCount} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
