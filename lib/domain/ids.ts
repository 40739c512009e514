import { z } from "zod";

/** Every id in the graph (actors, relationships, documents, passages) is a kebab-case slug. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .regex(SLUG, "must be a kebab-case slug (a-z, 0-9, single hyphens)");

/** The seed's slug rule: lower-case letters and digits in hyphen-separated runs. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
