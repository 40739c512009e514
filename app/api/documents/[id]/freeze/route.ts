import { freezeDocument } from "@/lib/curation/freeze";
import { documentWrite } from "@/lib/curation/routes";
import { freezeBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Fixes the draft's text, hashes it and proposes its mentions. */
export const POST = documentWrite(freezeBodySchema, 16 * 1024, (actor, id, body) =>
  freezeDocument(getDb(), actor, id, body),
);
