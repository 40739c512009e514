import type { Random } from "@/lib/synthetic/random";
import { type ActorKind } from "@/lib/domain/actor-kinds";

/**
 * The claim network's shape, as plain typed arrays so 100k actors and 700k edges take a few MB.
 * Edge e joins `older[e]` and `newer[e]` (actor indexes); an actor's edges to earlier actors are
 * contiguous and come in arrival order.
 */
export interface Topology {
  older: Int32Array;
  newer: Int32Array;
  count: number;
}

// How a new actor picks each tie: now and then a state, big ones first (states are the
// network's giant hubs); mostly in proportion to degree (the rich get richer, giving power-law
// degrees); often among its own country (communities); rarely uniformly.
const STATE_PULL = 0.06;
const GLOBAL_PREFERENTIAL = STATE_PULL + 0.6;
const COUNTRY_PREFERENTIAL = GLOBAL_PREFERENTIAL + 0.3;

/**
 * Preferential attachment (Barabási–Albert, with state hubs and a country bias): every actor
 * after the first ties itself to about `perActor` distinct earlier actors, so the graph has about
 * `perActor × actors` edges; the states and the earliest actors become the hubs.
 */
export function attachEdges(
  actors: ReadonlyArray<{ kind: ActorKind; countryIndex: number }>,
  perActor: number,
  random: Random,
): Topology {
  // A state's pull falls with its rank, as its country's size does (see actors.ts).
  const states = actors.flatMap((actor, i) => (actor.kind === "state" ? [i] : []));
  const statePull = states.map((state, rank) => [state, 1 / (rank + 1)] as const);
  const capacity = Math.ceil(actors.length * (Math.ceil(perActor) + 1));
  const older = new Int32Array(capacity);
  const newer = new Int32Array(capacity);
  const endpoints = new Int32Array(capacity * 2);
  let endpointCount = 0;
  const countryEndpoints = new Map<number, number[]>();
  const whole = Math.floor(perActor);
  let count = 0;

  for (let i = 1; i < actors.length; i++) {
    const country = actors[i]!.countryIndex;
    const local = countryEndpoints.get(country) ?? [];
    countryEndpoints.set(country, local);
    const wanted = Math.min(i, whole + (random.chance(perActor - whole) ? 1 : 0));
    const chosen = new Set<number>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 20; attempt++) {
      const roll = random.next();
      let candidate: number;
      if (roll < STATE_PULL && statePull.length > 0) {
        candidate = random.weighted(statePull);
        if (candidate >= i) continue;
      } else if (roll < GLOBAL_PREFERENTIAL && endpointCount > 0) {
        candidate = endpoints[random.int(0, endpointCount - 1)]!;
      } else if (roll < COUNTRY_PREFERENTIAL && local.length > 0) {
        candidate = random.pick(local);
      } else {
        candidate = random.int(0, i - 1);
      }
      chosen.add(candidate);
    }
    for (const other of chosen) {
      older[count] = other;
      newer[count] = i;
      count++;
      endpoints[endpointCount++] = other;
      endpoints[endpointCount++] = i;
      local.push(i);
      const otherCountry = actors[other]!.countryIndex;
      if (otherCountry === country) local.push(other);
    }
  }
  return { older: older.subarray(0, count), newer: newer.subarray(0, count), count };
}

export interface MembershipTie {
  member: number;
  group: number;
  role: string;
}

const ROLES: Partial<Record<ActorKind, string[]>> = {
  military: ["commander", "deputy commander", "brigadier general", "colonel", "officer"],
  "armed-group": ["commander", "leader", "spokesman", "fighter", "financier"],
  "political-movement": ["leader", "secretary-general", "member", "follower", "spokesperson"],
  organisation: ["director", "member", "envoy", "chairman"],
  "government-body": ["minister", "deputy minister", "member", "spokesperson", "chairman"],
  community: ["elder", "representative"],
};
const GROUP_KINDS = new Set(Object.keys(ROLES));
/** Armed groups join these as factions of a wider front. */
const UMBRELLA_KINDS = new Set<ActorKind>(["organisation", "military", "political-movement"]);

/**
 * Who belongs to which faction: most people hold a role in one group of their country (a second
 * now and then), and some armed groups are factions of an umbrella. Groups gain members in
 * proportion to the members they have (a Pólya urn), so faction sizes are skewed as in life.
 */
export function chooseMemberships(
  actors: ReadonlyArray<{ kind: ActorKind; countryIndex: number }>,
  random: Random,
): MembershipTie[] {
  const urns = new Map<number, number[]>();
  const umbrellas = new Map<number, number[]>();
  const allGroups: number[] = [];
  actors.forEach((actor, i) => {
    if (!GROUP_KINDS.has(actor.kind)) return;
    allGroups.push(i);
    const urn = urns.get(actor.countryIndex) ?? [];
    urn.push(i);
    urns.set(actor.countryIndex, urn);
    if (UMBRELLA_KINDS.has(actor.kind)) {
      umbrellas.set(actor.countryIndex, [...(umbrellas.get(actor.countryIndex) ?? []), i]);
    }
  });
  if (allGroups.length === 0) return [];

  const ties: MembershipTie[] = [];
  actors.forEach((actor, i) => {
    if (actor.kind === "person") {
      if (!random.chance(0.75)) return;
      const urn = urns.get(actor.countryIndex) ?? allGroups;
      const groups = new Set([random.pick(urn)]);
      if (random.chance(0.15)) groups.add(random.pick(urn));
      for (const group of groups) {
        ties.push({ member: i, group, role: random.pick(ROLES[actors[group]!.kind]!) });
        urn.push(group);
      }
    } else if (actor.kind === "armed-group" && random.chance(0.25)) {
      const candidates = umbrellas.get(actor.countryIndex);
      if (candidates) ties.push({ member: i, group: random.pick(candidates), role: "faction" });
    }
  });
  return ties;
}
