import { hashString, seededRandom } from "@/lib/random/seeded-random";

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key, drawn in proportion to its weight. */
  weighted<K extends string | number>(weights: ReadonlyArray<readonly [K, number]>): K;
}

/**
 * A deterministic stream for one part of the generator. Each part draws from its own stream
 * (seed and a name), so changing how one part draws leaves the others' output as it was.
 */
export function randomStream(seed: number, name: string): Random {
  const next = seededRandom(hashString(`${seed}:${name}`));
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [key, weight] of weights) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return weights[weights.length - 1]![0];
    },
  };
}
