import styles from "@/components/analysis/analysis.module.css";

export function References() {
  return (
    <section
      className={`${styles.section} ${styles.references}`}
      aria-labelledby="references-heading"
    >
      <h2 id="references-heading">References</h2>
      <ul>
        <li>
          Heider, F. (1946). Attitudes and cognitive organization. <em>Journal of Psychology</em>,
          21, 107–112.
        </li>
        <li>
          Cartwright, D., &amp; Harary, F. (1956). Structural balance: a generalization of
          Heider&apos;s theory. <em>Psychological Review</em>, 63(5), 277–293.
        </li>
        <li>
          Aref, S., &amp; Wilson, M. C. (2018). Measuring partial balance in signed networks.{" "}
          <em>Journal of Complex Networks</em>, 6(4), 566–595 (the frustration index and its
          normalisation).
        </li>
        <li>
          Brin, S., &amp; Page, L. (1998). The anatomy of a large-scale hypertextual Web search
          engine (PageRank).
        </li>
        <li>
          Brandes, U. (2001). A faster algorithm for betweenness centrality.{" "}
          <em>Journal of Mathematical Sociology</em>, 25(2), 163–177.
        </li>
        <li>
          Blondel, V. D., Guillaume, J.-L., Lambiotte, R., &amp; Lefebvre, E. (2008). Fast unfolding
          of communities in large networks. <em>J. Stat. Mech.</em>, P10008 (Louvain).
        </li>
      </ul>
    </section>
  );
}
