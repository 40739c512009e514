import { CitationList } from "@/components/explorer/citation-list";
import { EvidenceByDocument } from "@/components/explorer/evidence-by-document";
import { ContestedBadge } from "@/components/evidence/contested-badge";
import type { Relationship } from "@/lib/graph/types";
import { describeDate } from "@/lib/explorer/relationship-groups";

export interface RelationshipItemProps {
  relationship: Relationship;
  /** The other end when the item sits in one actor's panel; both ends otherwise. */
  side?: "source" | "target";
  /** The passages under their documents with counts and marks (the relationship panel). */
  byDocument?: boolean;
  onSelectActor: (actorId: string) => void;
  onSelectRelationship?: (relationshipId: string) => void;
}

export function RelationshipItem({ relationship, side, byDocument, ...on }: RelationshipItemProps) {
  const date = describeDate(relationship.date);
  const actorButton = (id: string, name: string) => (
    <button type="button" className="link-button" onClick={() => on.onSelectActor(id)}>
      {name}
    </button>
  );
  return (
    <article className="relationship-item" aria-label={relationship.summary}>
      <p className="relationship-head">
        {side === "target" && actorButton(relationship.target, relationship.targetName)}
        {side === "source" && actorButton(relationship.source, relationship.sourceName)}
        {side === undefined && (
          <>
            {actorButton(relationship.source, relationship.sourceName)} →{" "}
            {actorButton(relationship.target, relationship.targetName)}
          </>
        )}{" "}
        <span className={`relationship-kind family-${relationship.family}`}>
          {relationship.kind}
        </span>{" "}
        <span className="relationship-weight" title="Strength, 1 to 3">
          {"●".repeat(relationship.weight)}
          <span className="visually-hidden"> strength {relationship.weight} of 3</span>
        </span>
      </p>
      <p>{relationship.summary}</p>
      {date && <p className="relationship-date">{date}</p>}
      {byDocument ? (
        <EvidenceByDocument relationship={relationship} />
      ) : (
        <>
          <ContestedBadge evidence={relationship.evidence} />
          <CitationList citations={relationship.citations} />
        </>
      )}
      {on.onSelectRelationship && (
        <button
          type="button"
          className="small-button"
          onClick={() => on.onSelectRelationship?.(relationship.id)}
          aria-label={`Show the relationship: ${relationship.summary}`}
        >
          Show relationship
        </button>
      )}
    </article>
  );
}
