import type { Env } from "@/lib/config/env";

export async function seedIfEmpty(env: Env): Promise<void> {
  void env;
  console.log("Nothing to seed yet: the graph seed arrives with the seed loader.");
}
