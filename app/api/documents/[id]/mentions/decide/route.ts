import { decideMentions } from "@/lib/curation/decisions";
import { documentWrite } from "@/lib/curation/routes";
import { decisionBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** One curator decision on one or more mentions: link, new actor, not an actor, not this one, undo. */
export const POST = documentWrite(decisionBodySchema, 512 * 1024, (actor, id, body) =>
  decideMentions(getDb(), actor, id, body),
);
