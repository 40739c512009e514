import { createHash } from "node:crypto";
import { hashString, seededRandom } from "@/lib/random/seeded-random";

export type Fingerprint = { sha256: string; sketch: number[] };

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A short stable id for a tuple: the first 24 hex digits of the SHA-256 of its parts. */
export const stableKey = (...parts: ReadonlyArray<string>): string =>
  sha256(parts.join("\u0000")).slice(0, 24);

const SKETCH_SIZE = 128;
const SHINGLE_WORDS = 5;

// One seed per hash function, drawn from a fixed stream: the same text has the same sketch on
// every machine and in every release, so stored sketches stay comparable.
const SEEDS = (() => {
  const random = seededRandom(0x5eed);
  return Array.from({ length: SKETCH_SIZE }, () => Math.floor(random() * 2 ** 32) >>> 0);
})();

/** murmur3's finaliser: spreads a 32-bit value so each seed acts as its own hash function. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Word 5-shingles, lower-cased with punctuation stripped, so typography does not count. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= SHINGLE_WORDS) return new Set(words.length ? [words.join(" ")] : []);
  const found = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    found.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  }
  return found;
}

/**
 * The SHA-256 of the text (identical copies) and a MinHash sketch of its word 5-shingles (near
 * copies: the share of equal positions in two sketches estimates the Jaccard similarity of their
 * shingle sets).
 */
export function fingerprint(text: string): Fingerprint {
  const sketch = new Array<number>(SKETCH_SIZE).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    const base = hashString(shingle);
    for (let i = 0; i < SKETCH_SIZE; i += 1) {
      const h = mix(base ^ SEEDS[i]!);
      if (h < sketch[i]!) sketch[i] = h;
    }
  }
  return { sha256: sha256(text), sketch };
}

/** Estimated Jaccard similarity of two sketches, in [0, 1]; sketches of other sizes score 0. */
export function similarity(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}
