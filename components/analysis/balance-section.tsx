import type { BalanceReport } from "@/lib/analysis/balance";
import { TriadCard } from "@/components/analysis/triad-card";
import styles from "@/components/analysis/analysis.module.css";

export interface BalanceSectionProps {
  report: BalanceReport;
  names: Record<string, string>;
}

const count = (n: number) => n.toLocaleString("en-US");
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export function BalanceSection({ report, names }: BalanceSectionProps) {
  const strained = report.triads.filter((t) => !t.balanced);
  const balanced = report.triads.filter((t) => t.balanced);
  const pressured = report.actors.filter((a) => a.crossPressure > 0);
  return (
    <section className={styles.section} aria-labelledby="balance-heading">
      <h2 id="balance-heading">Strained alliances: structural balance</h2>
      <div className={styles.explain}>
        <p>
          Treat every influence tie as friendly (+) and every hostile tie as hostile (−). Where two
          actors have several ties, they are summed (influence adds its weight, hostility subtracts
          it) and the sign of the total decides; a total of exactly zero is <em>contested</em> and
          left out. Balance theory says a group of three is stable when it obeys the old proverbs —{" "}
          <em>the friend of my friend is my friend, the enemy of my enemy is my friend</em>: an even
          number of hostile ties (+++ or +−−). A triangle with one hostile tie (++−) or three (−−−)
          is <strong>strained</strong>: someone is pulled two ways. An actor&apos;s{" "}
          <strong>cross-pressure</strong> is the number of strained triangles it sits in.
        </p>
        <p>
          A perfectly balanced network splits into two blocs, friendly within and hostile across.
          The split below is the one that the fewest ties contradict; that number is the{" "}
          <strong>frustration index</strong>, and twice it over the number of signed ties is the
          distance from balance (0 = perfectly balanced, 1 = as far as any network can be).
        </p>
      </div>
      <ul className={styles.stats}>
        <li>
          <strong>{count(report.balancedTriads + report.strainedTriads)}</strong> triangles of
          signed ties
        </li>
        <li>
          <strong>{count(report.balancedTriads)}</strong> balanced (
          {percent(report.triadBalanceRatio)})
        </li>
        <li>
          <strong>{count(report.strainedTriads)}</strong> strained
        </li>
        <li>
          <strong>
            {count(report.frustration)} / {count(report.signedTies)}
          </strong>{" "}
          ties break the best split
        </li>
        <li>
          <strong>{report.distanceFromBalance?.toFixed(2) ?? "—"}</strong> distance from balance
        </li>
      </ul>

      {report.listed ? (
        <p className={styles.method}>
          Listing the first {count(report.listed.limit)} of each list below (triangles, actors, bloc
          members, frustrated and contested ties); the counts above are over the whole graph. The
          two blocs hold {count(report.listed.blocs[0])} and {count(report.listed.blocs[1])} actors;
          the split is a local search from {report.listed.restarts} seeded starts, so the
          frustration index is an upper bound.
        </p>
      ) : null}
      <h3>The two blocs</h3>
      <div className={styles.blocs}>
        {report.blocs.map((bloc, i) => (
          <div key={i} className={styles.bloc}>
            <h4>
              Bloc {i + 1}{" "}
              <span className={styles.sub}>
                ({count(report.listed?.blocs[i] ?? bloc.length)} actors)
              </span>
            </h4>
            <p style={{ margin: 0, fontSize: "0.9rem" }}>{bloc.map((a) => a.name).join(", ")}</p>
          </div>
        ))}
      </div>
      <details>
        <summary>
          The {report.frustratedTies.length} ties that break the split (
          {report.method === "exhaustive" ? "exact search" : "seeded local search"})
        </summary>
        <ul className={styles.plainList}>
          {report.frustratedTies.map((p) => (
            <li key={`${p.a}|${p.b}`}>
              {names[p.a]} {p.sign > 0 ? "+" : "−"} {names[p.b]}:{" "}
              {p.sign > 0 ? "friendly across the blocs" : "hostile within a bloc"}
            </li>
          ))}
        </ul>
      </details>

      <h3>Cross-pressure</h3>
      {pressured.length === 0 ? (
        <p>No actor sits in a strained triangle.</p>
      ) : (
        <ol className={styles.plainList} aria-label="Cross-pressure">
          {pressured.map((a) => (
            <li key={a.id}>
              {a.name}: {a.crossPressure} strained{" "}
              {a.crossPressure === 1 ? "triangle" : "triangles"}
            </li>
          ))}
        </ol>
      )}

      <h3>Strained triangles ({strained.length})</h3>
      {strained.map((t) => (
        <TriadCard key={t.actors.map((a) => a.id).join("|")} triad={t} names={names} />
      ))}
      <details>
        <summary>Balanced triangles ({balanced.length})</summary>
        {balanced.map((t) => (
          <TriadCard key={t.actors.map((a) => a.id).join("|")} triad={t} names={names} />
        ))}
      </details>
      {report.contested.length > 0 ? (
        <p className={styles.source}>
          Contested pairs left out:{" "}
          {report.contested.map((p) => `${names[p.a]} – ${names[p.b]}`).join("; ")}.
        </p>
      ) : null}
    </section>
  );
}
