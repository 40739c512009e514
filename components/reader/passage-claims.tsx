import Link from "next/link";
import type { RelationshipResponse } from "@/lib/graph/types";

/** The relationships and memberships that cite the opened passage, each linking to the graph. */
export function PassageClaims({ claims }: { claims: RelationshipResponse[] }) {
  if (claims.length === 0) return null;
  return (
    <section className="passage-claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">This passage supports</h2>
      <ul>
        {claims.map((claim) => {
          if ("membership" in claim) {
            const m = claim.membership;
            return (
              <li key={m.id}>
                <Link
                  href={`/?focus=${encodeURIComponent(m.member)}&sel=e:${encodeURIComponent(m.id)}`}
                >
                  {m.memberName} is a member of {m.groupName} ({m.role})
                </Link>
              </li>
            );
          }
          const r = claim.relationship;
          return (
            <li key={r.id}>
              <Link
                href={`/?focus=${encodeURIComponent(r.source)}&sel=e:${encodeURIComponent(r.id)}`}
              >
                {r.sourceName} {r.kind} {r.targetName}
              </Link>
              <span className="muted"> — {r.summary}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
