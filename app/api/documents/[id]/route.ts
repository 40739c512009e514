import { readById } from "@/lib/api/read-by-id";
import { cachedRead } from "@/lib/graph/cached-read";
import { updateDraft } from "@/lib/curation/documents";
import { documentWrite } from "@/lib/curation/routes";
import { updateDraftBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";
import { getDocument } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export const GET = cachedRead(readById({ what: "document", find: getDocument }));

/** A draft's metadata or body range; a frozen document's metadata only. */
export const PATCH = documentWrite(updateDraftBodySchema, 64 * 1024, async (actor, id, body) => ({
  document: await updateDraft(getDb(), actor, id, body),
}));
