import { ACTOR_KINDS, actorKindName } from "@/lib/domain/actor-kinds";
import { periodSchema } from "@/lib/domain/period-schema";
import { formatRange, periodEnd, periodStart } from "@/lib/domain/periods";
import {
  EDGE_FAMILIES,
  HOSTILITY_KINDS,
  INFLUENCE_KINDS,
  RELATIONSHIP_FAMILIES,
} from "@/lib/domain/relationship-families";
import { parseViewState } from "@/lib/explorer/view-state";

describe("the shared vocabulary", () => {
  it("gives the real last day of a month, as the seed, the API and the explorer all use it", () => {
    expect(periodEnd("2020-02")).toBe("2020-02-29");
    expect(periodEnd("2019-02")).toBe("2019-02-28");
    expect(periodStart("2020")).toBe("2020-01-01");
    expect(formatRange(periodStart("2020-02"), periodEnd("2020-02"))).toBe("Feb 2020");
  });

  it.each(["2020-13", "2019-02-29", "20", "2020-1"])("refuses the period %s", (period) => {
    expect(periodSchema.safeParse(period).success).toBe(false);
  });

  it("lets the explorer fall back to an open window for an impossible date in a link", () => {
    const state = parseViewState(new URLSearchParams("from=2020-13&to=2020-02"));
    expect(state.from).toBeNull();
    expect(state.to).toBe("2020-02");
  });

  it("keeps influence and hostility kinds disjoint, and membership an edge family only", () => {
    const influence = new Set<string>(INFLUENCE_KINDS);
    expect(HOSTILITY_KINDS.filter((kind) => influence.has(kind))).toEqual([]);
    expect(EDGE_FAMILIES).toEqual([...RELATIONSHIP_FAMILIES, "membership"]);
  });

  it("names every kind, and leaves an unknown one as it is", () => {
    expect(ACTOR_KINDS.filter((kind) => actorKindName(kind) === kind)).toEqual([]);
    expect(actorKindName("government-body")).toBe("Government body");
    expect(actorKindName("alien")).toBe("alien");
  });
});
