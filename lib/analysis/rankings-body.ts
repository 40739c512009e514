import type { BetweennessMethod } from "@/lib/analysis/centrality";
import type { ActorRanking } from "@/lib/analysis/rankings";

/** `GET /api/analysis/rankings`: every actor (id order), or the top ones with `top=`. */
export interface RankingsBody {
  graphVersion: string;
  /** Actors in the graph; `actors` holds them all, or the `top` by PageRank. */
  actorCount: number;
  actors: ActorRanking[];
  betweennessMethod: BetweennessMethod;
  communities: { count: number; largest: Array<{ community: number; size: number }> };
}

/** The top actors kept beside the whole answer, so `top=` needs no parse of the whole. */
export const SUMMARY_TOP = 1_000;
const LARGEST_COMMUNITIES = 30;

export function rankingsBody(
  graphVersion: string,
  result: { actors: ActorRanking[]; betweennessMethod: BetweennessMethod },
): RankingsBody {
  const sizes = new Map<number, number>();
  for (const a of result.actors) {
    if (a.community !== null) sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1);
  }
  return {
    graphVersion,
    actorCount: result.actors.length,
    actors: result.actors,
    betweennessMethod: result.betweennessMethod,
    communities: {
      count: sizes.size,
      largest: [...sizes]
        .sort(([x], [y]) => x - y)
        .slice(0, LARGEST_COMMUNITIES)
        .map(([community, size]) => ({ community, size })),
    },
  };
}

const byPageRank = (x: ActorRanking, y: ActorRanking) =>
  y.pageRank - x.pageRank || (x.id < y.id ? -1 : 1);

/** The answer with only the `top` actors by PageRank (highest first). */
export function topRankings(body: RankingsBody, top: number): RankingsBody {
  return { ...body, actors: [...body.actors].sort(byPageRank).slice(0, top) };
}

export const rankingsSummary = (body: RankingsBody) => topRankings(body, SUMMARY_TOP);
