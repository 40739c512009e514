"use client";

import { useEffect, useRef, useState, type PointerEvent } from "react";
import type { DateTick } from "@/lib/explorer/date-ticks";
import {
  columnCounts,
  estimateText,
  timelineBins,
  type MeasureText,
} from "@/lib/explorer/timeline-bins";
import {
  brushWindow,
  CLEAR_WINDOW,
  tickInWindow,
  tickWindow,
  type PeriodCount,
} from "@/lib/explorer/time-window";
import { formatRange } from "@/lib/domain/periods";

export interface TimelineStripProps {
  ticks: DateTick[];
  counts: PeriodCount[];
  from: string | null;
  to: string | null;
  undated: boolean;
  onWindow: (patch: { from: string | null; to: string | null; undated: boolean }) => void;
}

/** Until the strip is measured, bins are chosen for this width (px). */
const UNMEASURED_WIDTH = 800;

/** Widths of label text as the browser draws it in the strip (.timeline-label: 0.7rem). */
function labelMeasure(strip: HTMLElement): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return estimateText;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  context.font = `${0.7 * rem}px ${getComputedStyle(strip).fontFamily}`;
  return (text) => context.measureText(text).width;
}

/**
 * The dated relationships per column: one per dated period while their labels fit, else per
 * month, quarter or year (lib/explorer/timeline-bins.ts chooses; this only draws). Dragging
 * across the columns (or clicking one) brushes a time window; the date sliders under Filters are
 * the keyboard's way.
 */
export function TimelineStrip({ ticks, counts, from, to, undated, onWindow }: TimelineStripProps) {
  const bars = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [measure, setMeasure] = useState<{ text: MeasureText } | null>(null);
  const hasTicks = ticks.length > 0;
  useEffect(() => {
    const element = bars.current;
    if (!element) return;
    setMeasure({ text: labelMeasure(element) });
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasTicks]);
  if (!hasTicks) return null;

  const bins = timelineBins(ticks, width ?? UNMEASURED_WIDTH, measure?.text);
  const { columns } = bins;
  const columnTotals = columnCounts(columns, counts);
  const most = Math.max(1, ...columnTotals.map((c) => c.influence + c.hostility));
  const windowed = from !== null || to !== null;
  const committed = tickWindow(columns, from, to);
  const brush = drag
    ? { low: Math.min(drag.start, drag.end), high: Math.max(drag.start, drag.end) }
    : windowed
      ? { low: committed.fromIndex, high: committed.toIndex }
      : null;
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  const description = windowed
    ? `Window: ${formatRange(from ?? first.start, to ?? last.end)}${undated ? ", with undated relationships" : ""}`
    : undated
      ? "All dates"
      : "Dated relationships only";

  const columnAt = (clientX: number) => {
    const rect = bars.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    const index = Math.floor(((clientX - rect.left) / rect.width) * columns.length);
    return Math.min(columns.length - 1, Math.max(0, index));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = columnAt(event.clientX);
    setDrag({ start: index, end: index });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, end: columnAt(event.clientX) });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const end = columnAt(event.clientX);
    setDrag(null);
    onWindow(brushWindow(columns, drag.start, end));
  };

  return (
    <section className="timeline-strip" aria-labelledby="timeline-strip-heading">
      <div className="timeline-strip-head">
        <h2 id="timeline-strip-heading">Timeline</h2>
        <p className="muted" id="timeline-strip-help">
          Drag across the periods to show only what is dated in that window (the Dates sliders under
          Filters do the same from the keyboard).
        </p>
        <p className="timeline-window" aria-live="polite" data-testid="timeline-window">
          {description}
        </p>
        {(windowed || !undated) && (
          <button type="button" className="small-button" onClick={() => onWindow(CLEAR_WINDOW)}>
            Show all dates
          </button>
        )}
      </div>
      <div
        ref={bars}
        className={drag ? "timeline-bars brushing" : "timeline-bars"}
        data-testid="timeline-bars"
        data-unit={bins.unit}
        style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}
        aria-describedby="timeline-strip-help"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {columns.map((column, index) => {
          const count = columnTotals[index] ?? { influence: 0, hostility: 0 };
          const total = count.influence + count.hostility;
          const inside = !windowed || tickInWindow(column, from, to);
          const name = formatRange(column.start, column.end);
          const events = column.ticks
            ? ticks.slice(column.ticks.first, column.ticks.last + 1).flatMap((tick) => tick.labels)
            : [];
          return (
            <div
              key={`${column.start}/${column.end}`}
              className={inside ? "timeline-column" : "timeline-column outside"}
              data-period={`${column.start}/${column.end}`}
              title={`${name}: ${count.influence} influence, ${count.hostility} hostility${events.length > 0 ? ` — ${events.slice(0, 5).join("; ")}${events.length > 5 ? "; …" : ""}` : ""}`}
            >
              <div className="timeline-bar" aria-hidden="true">
                <span
                  className="bar-hostility"
                  style={{ height: `${(count.hostility / most) * 100}%` }}
                />
                <span
                  className="bar-influence"
                  style={{ height: `${(count.influence / most) * 100}%` }}
                />
              </div>
              {column.label !== null && (
                <span className="timeline-label">
                  {column.label}
                  {column.year && <span className="timeline-year">{column.year}</span>}
                </span>
              )}
              <span className="visually-hidden">
                {name}: {total} relationship{total === 1 ? "" : "s"}
                {inside ? "" : ", outside the window"}
              </span>
            </div>
          );
        })}
        {brush && (
          <div
            className="timeline-brush"
            aria-hidden="true"
            style={{
              left: `${(brush.low / columns.length) * 100}%`,
              width: `${((brush.high - brush.low + 1) / columns.length) * 100}%`,
            }}
          />
        )}
      </div>
    </section>
  );
}
