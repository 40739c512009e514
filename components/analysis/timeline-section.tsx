import Link from "next/link";
import type { MonthCount } from "@/lib/analysis/timeline";
import { monthWindow } from "@/lib/explorer/time-window";
import { DEFAULT_VIEW, viewHref } from "@/lib/explorer/view-state";
import { PeriodCompare } from "@/components/analysis/period-compare";
import styles from "@/components/analysis/analysis.module.css";

export interface TimelineSectionProps {
  months: MonthCount[];
  undated: number;
}

export function TimelineSection({ months, undated }: TimelineSectionProps) {
  const most = Math.max(1, ...months.map((m) => m.influence + m.hostility));
  const ids = months.map((m) => m.month);
  return (
    <section className={styles.section} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Over time</h2>
      <p className={styles.explain}>
        Dated ties by the month they start ({undated} ties carry no date). Compare two periods to
        see which pairs of actors gained a tie, lost one, or turned from friendly to hostile or
        back, each change with its sources.
      </p>
      <table
        className={styles.table}
        aria-label="Dated ties per month"
        style={{ maxWidth: "40rem" }}
      >
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" style={{ textAlign: "left" }}>
              Influence / hostility
            </th>
            <th scope="col">In the explorer</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td style={{ textAlign: "left" }}>
                <span
                  className={styles.barPlus}
                  style={{ width: `${(m.influence / most) * 16}rem` }}
                  aria-hidden
                />
                <span
                  className={styles.barMinus}
                  style={{ width: `${(m.hostility / most) * 16}rem` }}
                  aria-hidden
                />{" "}
                {m.influence} + / {m.hostility} −
              </td>
              <td>
                <Link href={viewHref({ ...DEFAULT_VIEW, ...monthWindow(m.month) })}>
                  Show {m.month} on the graph
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ids.length >= 2 ? (
        <PeriodCompare
          months={ids}
          initialBefore={ids.includes("2020-01") ? "2020-01" : ids[0]!}
          initialAfter={ids.includes("2020-02") ? "2020-02" : ids[1]!}
        />
      ) : null}
    </section>
  );
}
