import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { seededRandom } from "@/lib/random/seeded-random";
import { ACTOR_KIND_LABELS, ensureSchema, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { RELATIONSHIP_FAMILIES, type RelationshipFamily } from "@/lib/domain/relationship-families";

/**
 * A small stand-in for `npm run gen:synthetic` (lib/synthetic) used by the large-graph browser
 * test and benchmark until the two are merged: `actors` actors in planted camps of skewed size,
 * ~`perActor` influence/hostility ties each by preferential attachment (influence mostly inside a
 * camp, hostility mostly across), and a membership per ten actors. No documents or passages: the
 * views under test draw actors and links, not citations.
 */
export interface SyntheticOptions {
  actors: number;
  perActor?: number;
  camps?: number;
  seed?: number;
}

const BATCH = 10_000;

export const syntheticActorId = (i: number) => `actor-${String(i).padStart(6, "0")}`;

export async function writeSyntheticGraph(db: Db, options: SyntheticOptions): Promise<void> {
  const { actors: n, perActor = 7, camps = 24, seed = 1 } = options;
  const rnd = seededRandom(seed);
  const camp = Array.from({ length: n }, () => Math.floor(camps * rnd() ** 2));
  const byCamp: number[][] = Array.from({ length: camps }, () => []);
  // Preferential attachment: each actor is drawn as an endpoint once per tie it already has.
  const ends: number[][] = Array.from({ length: camps }, () => []);
  const allEnds: number[] = [];
  const actors = Array.from({ length: n }, (_, i) => {
    byCamp[camp[i]!]!.push(i);
    const kind = ACTOR_KINDS[Math.floor(rnd() * ACTOR_KINDS.length)]!;
    return { id: syntheticActorId(i), name: `Actor ${i} of camp ${camp[i]}`, kind };
  });
  const ties: Record<RelationshipFamily, Array<Record<string, unknown>>> = {
    influence: [],
    hostility: [],
  };
  const any = (pool: number[]) => pool[Math.floor(rnd() * pool.length)]!;
  const seen: number[][] = Array.from({ length: camps }, () => []);
  for (let i = 1; i < n; i++) {
    seen[camp[i - 1]!]!.push(i - 1);
    const mine = seen[camp[i]!]!;
    for (let k = 0; k < perActor; k++) {
      const hostile = rnd() < 0.3;
      const pool = hostile ? allEnds : ends[camp[i]!]!;
      const other =
        pool.length > 0 && rnd() < 0.85
          ? any(pool)
          : !hostile && mine.length > 0
            ? any(mine)
            : Math.floor(rnd() * i);
      if (other === i) continue;
      const family = hostile ? "hostility" : "influence";
      const [source, target] = rnd() < 0.5 ? [i, other] : [other, i];
      const year = 2000 + Math.floor(rnd() * 20);
      ties[family].push({
        source: syntheticActorId(source),
        target: syntheticActorId(target),
        props: {
          id: `${family}-${ties[family].length}`,
          family,
          kind: hostile ? "opposes" : "backs",
          weight: 1 + Math.floor(rnd() * 3),
          summary: `Actor ${source} ${hostile ? "opposes" : "backs"} actor ${target}.`,
          dateStart: `${year}-01-01`,
          dateEnd: `${year}-12-31`,
          dateLabel: String(year),
          yearInferred: false,
          passageIds: [],
          documentIds: [],
        },
      });
      ends[camp[other]!]!.push(other);
      ends[camp[i]!]!.push(i);
      allEnds.push(other, i);
    }
  }
  const memberships = actors
    .map((_, i) => i)
    .filter((i) => i % 10 === 5 && byCamp[camp[i]!]![0]! !== i)
    .map((i) => ({
      id: `membership-${i}`,
      member: syntheticActorId(i),
      group: syntheticActorId(byCamp[camp[i]!]![0]!),
      role: "member",
    }));

  await ensureSchema(db);
  for (const [kind, label] of Object.entries(ACTOR_KIND_LABELS)) {
    const ofKind = actors.filter((actor) => actor.kind === kind);
    for (let i = 0; i < ofKind.length; i += BATCH) {
      await writeTx(db, (tx) =>
        tx.run(
          `UNWIND $actors AS actor
           CREATE (a:Actor:${label})
           SET a = actor, a.aliases = [], a.aliasText = '', a.description = '', a.documentIds = []`,
          { actors: ofKind.slice(i, i + BATCH) },
        ),
      );
    }
  }
  for (const family of RELATIONSHIP_FAMILIES) {
    for (let i = 0; i < ties[family].length; i += BATCH) {
      await writeTx(db, (tx) =>
        tx.run(
          `UNWIND $ties AS tie
           MATCH (s:Actor {id: tie.source}), (t:Actor {id: tie.target})
           CREATE (s)-[r:${RELATIONSHIP_TYPES[family]}]->(t)
           SET r = tie.props`,
          { ties: ties[family].slice(i, i + BATCH) },
        ),
      );
    }
  }
  await writeTx(db, async (tx) => {
    await tx.run(
      `UNWIND $memberships AS m
       MATCH (member:Actor {id: m.member}), (group:Actor {id: m.group})
       CREATE (member)-[r:MEMBER_OF]->(group)
       SET r.id = m.id, r.role = m.role, r.passageIds = []`,
      { memberships },
    );
    // The last batch: from here on, every instance's caches hold this graph.
    await bumpGraphVersion(tx);
  });
}
