import type { GraphQuery } from "@/lib/api/params/graph";
import { typesFor } from "@/lib/graph/cypher";
import { MEMBERSHIP_TYPE } from "@/lib/graph/schema";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

/**
 * The filters of a graph view as Cypher parameters and predicates. Memberships are structural
 * and undated: weight and date filters apply to influence and hostility only. A relationship is
 * in a [from, to] range when its own range overlaps it, so with a date filter an undated one is
 * out (a null comparison never passes) unless `undated` keeps it.
 */
export function graphFilter(query: GraphQuery) {
  return {
    types: typesFor(query.families),
    /** True when some relationships are hidden: then actors left without any are dropped. */
    edgeFiltered:
      query.families.length < EDGE_FAMILIES.length ||
      query.minWeight !== undefined ||
      query.from !== undefined ||
      query.to !== undefined,
    /** Undated relationships are hidden by the date range (not kept by `undated`). */
    undatedHidden: (query.from !== undefined || query.to !== undefined) && !query.undated,
    params: {
      kinds: query.kinds ?? null,
      minWeight: query.minWeight ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      undated: query.undated,
    },
  };
}

/** A view's filter as the queries take it: relationship types, Cypher parameters and flags. */
export type GraphFilter = ReturnType<typeof graphFilter>;

export const KIND_PASSES = (a: string) => `($kinds IS NULL OR ${a}.kind IN $kinds)`;

export const WEIGHT_PASSES = (r: string) => `($minWeight IS NULL OR ${r}.weight >= $minWeight)`;

export const EDGE_PASSES = (r: string) => `(type(${r}) = '${MEMBERSHIP_TYPE}' OR (
  ${WEIGHT_PASSES(r)}
  AND (($undated AND ${r}.dateStart IS NULL) OR (
    ($from IS NULL OR ${r}.dateEnd >= $from)
    AND ($to IS NULL OR ${r}.dateStart <= $to)))))`;
