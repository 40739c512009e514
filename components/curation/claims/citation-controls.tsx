"use client";

import type { SpanEdge, TextSpan } from "@/lib/curation/citation-span";

export type CitationStep = "shrinkWord" | "widenWord" | "shrinkSentence" | "widenSentence";

const STEPS: { step: CitationStep; label: string; does: string }[] = [
  { step: "shrinkWord", label: "− word", does: "one word shorter" },
  { step: "widenWord", label: "+ word", does: "one word longer" },
  { step: "shrinkSentence", label: "− sentence", does: "one sentence shorter" },
  { step: "widenSentence", label: "+ sentence", does: "one sentence longer" },
];

export interface CitationControlsProps {
  text: string;
  citations: TextSpan[];
  active: number;
  error: string | undefined;
  onActive: (index: number) => void;
  onStep: (step: CitationStep, edge: SpanEdge) => void;
  onRemove: (index: number) => void;
}

/** The claim's citations, the one the keys adjust, and buttons for either end of it. */
export function CitationControls(props: CitationControlsProps) {
  const { text, citations, active } = props;
  return (
    <fieldset className="citation-controls" aria-describedby="claim-error-citations">
      <legend>{citations.length === 1 ? "Citation" : `Citations (${citations.length})`}</legend>
      {citations.length === 0 && (
        <p className="hint">No citation: select the passage in the text.</p>
      )}
      <ol>
        {citations.map((span, index) => (
          <li key={`${span.start}-${span.end}`}>
            {citations.length > 1 && (
              <label className="check">
                <input
                  type="radio"
                  name="claim-active-citation"
                  checked={index === active}
                  onChange={() => props.onActive(index)}
                />
                Adjust this one
              </label>
            )}
            <q>{text.slice(span.start, span.end)}</q>
            {citations.length > 1 && (
              <button type="button" className="link-button" onClick={() => props.onRemove(index)}>
                Remove citation {index + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {citations.length > 0 &&
        (["start", "end"] as const).map((edge) => (
          <div key={edge} className="action-row" role="group" aria-label={`The citation's ${edge}`}>
            <span className="edge-name">{edge === "start" ? "Start" : "End"}</span>
            {STEPS.map(({ step, label, does }) => (
              <button
                key={step}
                type="button"
                aria-label={`${edge === "start" ? "Start" : "End"}: ${does}`}
                onClick={() => props.onStep(step, edge)}
              >
                {label}
              </button>
            ))}
          </div>
        ))}
      <p className="hint">
        The keys <kbd>[</kbd> <kbd>]</kbd> <kbd>{"{"}</kbd> <kbd>{"}"}</kbd> move its end.
      </p>
      <span id="claim-error-citations" className="field-error" aria-live="polite">
        {props.error}
      </span>
    </fieldset>
  );
}
