"use client";

import type { DateTick } from "@/lib/explorer/date-ticks";
import { tickWindow, windowRange } from "@/lib/explorer/time-window";
import { formatRange } from "@/lib/domain/periods";

export interface DateRangeProps {
  ticks: DateTick[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

/**
 * Two sliders over the article's dated events: each step is one period in which something
 * happened, and the strip under them marks those periods.
 */
export function DateRange({ ticks, from, to, onChange }: DateRangeProps) {
  if (ticks.length === 0) return <p className="muted">No dated relationships.</p>;
  const last = ticks.length - 1;
  const { fromIndex, toIndex } = tickWindow(ticks, from, to);
  const label = (index: number) => {
    const tick = ticks[index];
    return tick ? formatRange(tick.start, tick.end) : "";
  };
  const change = (nextFrom: number, nextTo: number) =>
    onChange(windowRange(ticks, nextFrom, nextTo));
  return (
    <div className="date-range">
      <label>
        <span>
          From <strong>{label(fromIndex)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={last}
          value={fromIndex}
          aria-valuetext={label(fromIndex)}
          onChange={(event) => change(Math.min(Number(event.target.value), toIndex), toIndex)}
        />
      </label>
      <label>
        <span>
          To <strong>{label(toIndex)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={last}
          value={toIndex}
          aria-valuetext={label(toIndex)}
          onChange={(event) => change(fromIndex, Math.max(Number(event.target.value), fromIndex))}
        />
      </label>
      <ol className="date-ticks" aria-label="Dated events">
        {ticks.map((tick, index) => (
          <li
            key={`${tick.start}/${tick.end}`}
            className={index >= fromIndex && index <= toIndex ? "in-range" : undefined}
            style={{ left: `${last === 0 ? 50 : (index / last) * 100}%` }}
            title={`${label(index)}: ${tick.labels.join("; ")}`}
          >
            <span className="visually-hidden">
              {label(index)}: {tick.labels.length} relationship{tick.labels.length === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
