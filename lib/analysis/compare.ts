import { NotFound } from "@/lib/api/errors";
import type { CompareQuery } from "@/lib/api/params/analysis";
import { signedPairs, type Sign, type SignedPair } from "@/lib/analysis/signed-pairs";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";

export interface Tie {
  actor: ActorRef;
  sign: Sign;
  pair: SignedPair;
}

export interface ActorProfile {
  actor: ActorRef;
  allies: Tie[];
  adversaries: Tie[];
  contested: Tie[];
}

export interface SharedNeighbour {
  actor: ActorRef;
  signToA: Sign;
  signToB: Sign;
  /** "allied to both", "hostile to both", "split" (friend of one, foe of the other), or "contested". */
  stance: "allied to both" | "hostile to both" | "split" | "contested";
}

export interface ActorComparison {
  a: ActorProfile;
  b: ActorProfile;
  /** The collapsed tie between the two, if any. */
  direct: SignedPair | null;
  shared: SharedNeighbour[];
}

function ties(graph: SignedGraph, pairs: SignedPair[], id: string): Tie[] {
  const byId = new Map(graph.actors.map((x) => [x.id, x]));
  return pairs
    .filter((p) => p.a === id || p.b === id)
    .map((pair) => {
      const other = pair.a === id ? pair.b : pair.a;
      return {
        actor: byId.get(other) ?? { id: other, name: other, kind: "" },
        sign: pair.sign,
        pair,
      };
    })
    .sort((x, y) => x.actor.name.localeCompare(y.actor.name));
}

function profile(graph: SignedGraph, pairs: SignedPair[], actor: ActorRef): ActorProfile {
  const all = ties(graph, pairs, actor.id);
  return {
    actor,
    allies: all.filter((t) => t.sign > 0),
    adversaries: all.filter((t) => t.sign < 0),
    contested: all.filter((t) => t.sign === 0),
  };
}

function stance(x: Sign, y: Sign): SharedNeighbour["stance"] {
  if (x === 0 || y === 0) return "contested";
  if (x > 0 && y > 0) return "allied to both";
  if (x < 0 && y < 0) return "hostile to both";
  return "split";
}

/** Two actors side by side: their allies and adversaries (collapsed signs), and who they share. */
export function compareActors(graph: SignedGraph, params: CompareQuery): ActorComparison {
  const find = (id: string, field: string) => {
    const actor = graph.actors.find((x) => x.id === id);
    if (!actor) throw new NotFound(`No actor with id "${id}" (${field})`);
    return actor;
  };
  const [actorA, actorB] = [find(params.a, "a"), find(params.b, "b")];
  const pairs = signedPairs(graph);
  const a = profile(graph, pairs, actorA);
  const b = profile(graph, pairs, actorB);
  const tiesOfB = new Map(ties(graph, pairs, actorB.id).map((t) => [t.actor.id, t]));
  const shared = ties(graph, pairs, actorA.id)
    .filter((t) => t.actor.id !== actorB.id && tiesOfB.has(t.actor.id))
    .map((t) => {
      const signToB = tiesOfB.get(t.actor.id)!.sign;
      return { actor: t.actor, signToA: t.sign, signToB, stance: stance(t.sign, signToB) };
    });
  const direct =
    pairs.find((p) => [p.a, p.b].sort().join() === [actorA.id, actorB.id].sort().join()) ?? null;
  return { a, b, direct, shared };
}
