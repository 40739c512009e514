"use client";

import type { DateTick } from "@/lib/explorer/date-ticks";
import { formatPeriod } from "@/lib/explorer/periods";

export interface DateRangeProps {
  ticks: DateTick[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

/**
 * Two sliders over the article's dated events: each step is one date something happened, and
 * the tick strip under them marks those dates.
 */
export function DateRange({ ticks, from, to, onChange }: DateRangeProps) {
  if (ticks.length === 0) return <p className="muted">No dated relationships loaded.</p>;
  const last = ticks.length - 1;
  const fromIndex = Math.max(0, from ? ticks.findIndex((tick) => tick.period === from) : 0);
  const toIndexFound = to ? ticks.findIndex((tick) => tick.period === to) : last;
  const toIndex = toIndexFound < 0 ? last : toIndexFound;
  const periodAt = (index: number) => ticks[index]?.period ?? null;
  const change = (nextFrom: number, nextTo: number) =>
    onChange({
      from: nextFrom <= 0 ? null : periodAt(nextFrom),
      to: nextTo >= last ? null : periodAt(nextTo),
    });
  return (
    <div className="date-range">
      <label>
        From <strong>{formatPeriod(ticks[fromIndex]?.period ?? "")}</strong>
        <input
          type="range"
          min={0}
          max={last}
          value={fromIndex}
          aria-valuetext={formatPeriod(ticks[fromIndex]?.period ?? "")}
          onChange={(event) => change(Math.min(Number(event.target.value), toIndex), toIndex)}
        />
      </label>
      <label>
        To <strong>{formatPeriod(ticks[toIndex]?.period ?? "")}</strong>
        <input
          type="range"
          min={0}
          max={last}
          value={toIndex}
          aria-valuetext={formatPeriod(ticks[toIndex]?.period ?? "")}
          onChange={(event) => change(fromIndex, Math.max(Number(event.target.value), fromIndex))}
        />
      </label>
      <ol className="date-ticks" aria-label="Dated events">
        {ticks.map((tick, index) => (
          <li
            key={tick.period}
            className={index >= fromIndex && index <= toIndex ? "in-range" : undefined}
            style={{ left: `${last === 0 ? 50 : (index / last) * 100}%` }}
            title={`${formatPeriod(tick.period)}: ${tick.labels.join("; ")}`}
          >
            <span className="visually-hidden">
              {formatPeriod(tick.period)}: {tick.labels.length} relationship
              {tick.labels.length === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
