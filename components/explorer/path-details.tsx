"use client";

import { CitationList } from "@/components/explorer/citation-list";
import { CopyButton } from "@/components/explorer/copy-button";
import type { InfluencePath } from "@/lib/analysis/path-shape";
import { footnotedParagraph, pathChain, verb } from "@/lib/analysis/path-text";
import { pathSign } from "@/lib/explorer/path-view";
import { describeDate } from "@/lib/explorer/relationship-groups";

export interface PathDetailsProps {
  path: InfluencePath;
  onSelectActor: (actorId: string) => void;
  onFit: () => void;
}

/** One path: its chain, its sign, every hop with the passages it rests on, and the report text. */
export function PathDetails({ path, onSelectActor, onFit }: PathDetailsProps) {
  const names = new Map(path.nodes.map((node) => [node.id, node.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const prose = footnotedParagraph(path);
  const sign = pathSign(path);
  const actor = (id: string) => (
    <button type="button" className="link-button" onClick={() => onSelectActor(id)}>
      {nameOf(id)}
    </button>
  );
  return (
    <article className="path-details" aria-label="The path on the graph">
      <p className="path-chain" data-testid="path-chain">
        {pathChain(path)}
      </p>
      <p className="path-sign" data-testid="path-sign">
        <span className={sign === "−" ? "sign-badge sign-minus" : "sign-badge sign-plus"}>
          {sign}
        </span>{" "}
        {path.length} {path.length === 1 ? "step" : "steps"}, {path.hostileHops} hostile.{" "}
        <span className="muted">
          Sign of the chain: the product of its steps’ signs (influence +, hostility −).
        </span>
      </p>
      <ol className="path-hops">
        {path.relationships.map((hop, index) => (
          <li key={hop.id} className={`relationship-item path-hop family-${hop.family}`}>
            <p className="relationship-head">
              <span className="path-hop-number">{index + 1}.</span> {actor(hop.source)}{" "}
              <span className={`relationship-kind family-${hop.family}`}>{verb(hop.kind)}</span>{" "}
              {actor(hop.target)}{" "}
              <span className="relationship-weight" title="Strength, 1 to 3">
                {"●".repeat(hop.weight)}
                <span className="visually-hidden"> strength {hop.weight} of 3</span>
              </span>
              {!hop.forward && <span className="muted"> (walked against its direction)</span>}
            </p>
            <p>{hop.summary}</p>
            {hop.date && <p className="relationship-date">{describeDate(hop.date)}</p>}
            <CitationList citations={hop.citations} />
            {hop.parallelIds.length > 0 && (
              <p className="muted">
                +{hop.parallelIds.length} more {hop.family} tie
                {hop.parallelIds.length === 1 ? "" : "s"} of this direction between them.
              </p>
            )}
          </li>
        ))}
      </ol>
      <div className="panel-actions">
        <CopyButton text={prose.text} label="Copy as footnoted paragraph" />
        <button type="button" className="small-button" onClick={onFit}>
          Fit the path
        </button>
      </div>
      <details className="path-prose">
        <summary>Footnoted paragraph</summary>
        <pre>{prose.text}</pre>
      </details>
    </article>
  );
}
