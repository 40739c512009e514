"use client";

import Link from "next/link";
import type { Preview } from "@/lib/curation/types";
import { FieldError } from "@/components/curation/field-error";

/**
 * "A copy of X", "a corrected version of X" (it supersedes X) or "independent"; null until the
 * curator chooses.
 */
export type CopyChoice = { copyOf: string } | { supersedes: string } | { independent: true } | null;

export interface CopyNoticesProps {
  preview: Preview;
  choice: CopyChoice;
  error: string | undefined;
  onChoose: (choice: CopyChoice) => void;
}

export function CopyNotices({ preview, choice, error, onChoose }: CopyNoticesProps) {
  const { identicalTo, nearCopies } = preview;
  if (!identicalTo && nearCopies.length === 0) return null;
  return (
    <section className="copy-notices" aria-label="Copies already in the graph">
      {identicalTo && (
        <p className="notice" role="status">
          Identical to document{" "}
          <Link href={`/documents/${encodeURIComponent(identicalTo.id)}`}>{identicalTo.title}</Link>
          : it is already in the graph and cannot be added again.
        </p>
      )}
      {nearCopies.length > 0 && (
        <fieldset aria-describedby="copy-error">
          <legend>
            {nearCopies.length === 1
              ? "This looks like a copy"
              : "This looks like a copy of one of these"}
          </legend>
          <ul>
            {nearCopies.map((copy) => (
              <li key={copy.id}>
                Looks like a copy of{" "}
                <Link href={`/documents/${encodeURIComponent(copy.id)}`}>{copy.title}</Link> (
                {copy.similarity.toFixed(2)})
              </li>
            ))}
          </ul>
          {nearCopies.map((copy) => (
            <label key={copy.id} className="check">
              <input
                type="radio"
                name="copy-choice"
                checked={choice !== null && "copyOf" in choice && choice.copyOf === copy.id}
                onChange={() => onChoose({ copyOf: copy.id })}
              />
              Link as a copy of {copy.title}
            </label>
          ))}
          {nearCopies.map((copy) => (
            <label key={`supersedes-${copy.id}`} className="check">
              <input
                type="radio"
                name="copy-choice"
                checked={choice !== null && "supersedes" in choice && choice.supersedes === copy.id}
                onChange={() => onChoose({ supersedes: copy.id })}
              />
              It corrects {copy.title} (replaces it; its passages and decisions move where they are
              found exactly)
            </label>
          ))}
          <label className="check">
            <input
              type="radio"
              name="copy-choice"
              checked={choice !== null && "independent" in choice}
              onChange={() => onChoose({ independent: true })}
            />
            It is independent
          </label>
          <FieldError id="copy-error" message={error} />
        </fieldset>
      )}
    </section>
  );
}
