import { CitationList } from "@/components/explorer/citation-list";
import type { Relationship } from "@/lib/explorer/api-types";
import { describeDate } from "@/lib/explorer/relationship-groups";

export interface RelationshipItemProps {
  relationship: Relationship;
  nameOf: (actorId: string) => string;
  /** The actor at the other end, when the item sits in that actor's panel. */
  counterpart?: string;
  onSelectActor: (actorId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
}

export function RelationshipItem(props: RelationshipItemProps) {
  const { relationship, nameOf, counterpart } = props;
  const date = describeDate(relationship.date);
  return (
    <article className="relationship-item" aria-label={relationship.summary}>
      <p className="relationship-head">
        {counterpart ? (
          <button
            type="button"
            className="link-button"
            onClick={() => props.onSelectActor(counterpart)}
          >
            {nameOf(counterpart)}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => props.onSelectActor(relationship.source)}
            >
              {nameOf(relationship.source)}
            </button>{" "}
            →{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => props.onSelectActor(relationship.target)}
            >
              {nameOf(relationship.target)}
            </button>
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
      <CitationList citations={relationship.citations} />
      {counterpart && (
        <button
          type="button"
          className="small-button"
          onClick={() => props.onSelectRelationship(relationship.id)}
        >
          Show this relationship
        </button>
      )}
    </article>
  );
}
