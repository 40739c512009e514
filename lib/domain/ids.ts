import { z } from "zod";

/** Every id in the graph (actors, relationships, documents, passages) is a kebab-case slug. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .regex(SLUG, "must be a kebab-case slug (a-z, 0-9, single hyphens)");
