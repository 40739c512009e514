import type { ActorRanking } from "@/lib/analysis/rankings";

export interface RankingColumn {
  key: keyof ActorRanking;
  label: string;
  /** Secondary figure shown under the main one (e.g. summed weight under a count). */
  sub?: keyof ActorRanking;
  explain: string;
  format?: (value: number) => string;
}

/** The table's columns and their plain-words meaning, shared by the table and its glossary. */
export const RANKING_COLUMNS: RankingColumn[] = [
  {
    key: "influenceGiven",
    label: "Influence given",
    sub: "influenceGivenWeight",
    explain:
      "Influence ties from the actor (backs, funds, commands…); below, their summed weight (1–3 each).",
  },
  {
    key: "influenceReceived",
    label: "Influence received",
    sub: "influenceReceivedWeight",
    explain: "Influence ties pointing at the actor, and their summed weight.",
  },
  {
    key: "hostilityGiven",
    label: "Hostility given",
    sub: "hostilityGivenWeight",
    explain:
      "Hostile ties from the actor (attacks, sanctions, threatens…), and their summed weight.",
  },
  {
    key: "hostilityReceived",
    label: "Hostility received",
    sub: "hostilityReceivedWeight",
    explain: "Hostile ties pointing at the actor, and their summed weight.",
  },
  {
    key: "pageRank",
    label: "PageRank",
    explain:
      "Where influence pools: the share of time a reader following influence ties at random (damping 0.85, weighted) spends at the actor. Being influenced by influential actors counts more. Sums to 1.",
    format: (v) => v.toFixed(3),
  },
  {
    key: "betweenness",
    label: "Betweenness",
    sub: "betweennessNormalised",
    explain:
      "Brokerage: how many shortest chains between two other actors (ties of any kind, either direction) run through the actor, split evenly among equally short chains; below, as a share of the most possible.",
    format: (v) => v.toFixed(1),
  },
  {
    key: "community",
    label: "Community",
    explain:
      "Cluster of actors more densely tied by influence to each other than to the rest (Louvain modularity); 1 is the largest. Blank: no influence tie.",
  },
];
