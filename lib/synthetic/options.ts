import { z } from "zod";

/** What the synthetic-graph generator is asked for; the same options always give the same graph. */
export const syntheticOptionsSchema = z.strictObject({
  actors: z.number().int().min(10, "must be at least 10").max(1_000_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
  /** Influence and hostility ties each actor adds to earlier ones: the mean claims per actor. */
  relationshipsPerActor: z.number().min(1).max(20).default(7),
  /** Claims (relationships and memberships) each synthetic document cites. */
  claimsPerDocument: z.number().int().min(10).max(10_000).default(120),
});
export type SyntheticOptions = z.output<typeof syntheticOptionsSchema>;
export type SyntheticOptionsInput = z.input<typeof syntheticOptionsSchema>;

/** Bump when the generator's output changes, so a cached synthetic database is rebuilt. */
export const GENERATOR_VERSION = 1;
