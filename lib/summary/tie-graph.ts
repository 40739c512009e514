/** Families as small integers, so a graph of hundreds of thousands of ties stays compact. */
export const FAMILY_CODES = { influence: 0, hostility: 1, membership: 2 } as const;
export type FamilyCode = (typeof FAMILY_CODES)[keyof typeof FAMILY_CODES];

/**
 * The whole graph reduced to what the summary needs: actors by index, and every relationship
 * as parallel arrays of endpoint indexes, family codes and weights.
 */
export interface TieGraph {
  ids: string[];
  names: string[];
  kinds: string[];
  source: number[];
  target: number[];
  family: FamilyCode[];
  weight: number[];
}

export function emptyTieGraph(): TieGraph {
  return { ids: [], names: [], kinds: [], source: [], target: [], family: [], weight: [] };
}
