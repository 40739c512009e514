"use client";

import { useEffect, useRef, useState } from "react";
import { rangeEnds, selectionOffsets } from "@/components/curation/new-document/body-range";

export interface BodyRange {
  start: number;
  end: number;
}

export interface PreviewTextProps {
  text: string;
  body: BodyRange;
  onBodyChange: (body: BodyRange) => void;
}

/**
 * The extracted text, with what lies outside the body dimmed. The buttons act on the last
 * selection made inside the text (kept, since a click on a button may clear it); the number
 * fields do the same from the keyboard.
 */
export function PreviewText({ text, body, onBodyChange }: PreviewTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const lastSelection = useRef<BodyRange | null>(null);
  const [message, setMessage] = useState("");

  useEffect(() => {
    const remember = () => {
      if (!container.current) return;
      const offsets = selectionOffsets(container.current, document.getSelection());
      if (offsets) lastSelection.current = offsets;
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, []);

  function mark(edge: "start" | "end") {
    const selected = lastSelection.current;
    if (!selected) {
      setMessage("Select some words in the text first, then press the button.");
      return;
    }
    const next =
      edge === "start"
        ? { start: selected.start, end: body.end }
        : { start: body.start, end: selected.end };
    if (next.start >= next.end) {
      setMessage(
        edge === "start"
          ? "The body cannot start after it ends: mark the end first, or reset."
          : "The body cannot end before it starts: mark the start first, or reset.",
      );
      return;
    }
    setMessage("");
    onBodyChange(next);
  }

  const ends = rangeEnds(text, body.start, body.end);
  const whole = body.start === 0 && body.end === text.length;
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Extracted text</h2>
      <div
        ref={container}
        className="preview-text"
        tabIndex={0}
        role="region"
        aria-label="Extracted text; the dimmed parts lie outside the body"
      >
        {body.start > 0 && <span className="outside-body">{text.slice(0, body.start)}</span>}
        <span className="body-text">{text.slice(body.start, body.end)}</span>
        {body.end < text.length && <span className="outside-body">{text.slice(body.end)}</span>}
      </div>
      <div className="body-controls">
        <button type="button" onClick={() => mark("start")}>
          Body starts here
        </button>
        <button type="button" onClick={() => mark("end")}>
          Body ends here
        </button>
        <button
          type="button"
          disabled={whole}
          onClick={() => onBodyChange({ start: 0, end: text.length })}
        >
          Whole text
        </button>
      </div>
      <p className="body-summary" aria-live="polite">
        {message ? (
          <strong className="field-error">{message}</strong>
        ) : (
          <>
            Body: {whole ? "the whole text" : `characters ${body.start}–${body.end}`} of{" "}
            {text.length}, from “{ends.first}”{ends.last && <> to “{ends.last}”</>}.
          </>
        )}
      </p>
      <div className="body-offsets">
        <label>
          Body starts at character
          <input
            type="number"
            min={0}
            max={body.end - 1}
            value={body.start}
            onChange={(event) => {
              const start = Number(event.target.value);
              if (Number.isInteger(start) && start >= 0 && start < body.end) {
                onBodyChange({ start, end: body.end });
              }
            }}
          />
        </label>
        <label>
          ends at
          <input
            type="number"
            min={body.start + 1}
            max={text.length}
            value={body.end}
            onChange={(event) => {
              const end = Number(event.target.value);
              if (Number.isInteger(end) && end > body.start && end <= text.length) {
                onBodyChange({ start: body.start, end });
              }
            }}
          />
        </label>
      </div>
    </section>
  );
}
