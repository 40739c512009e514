import { reanalyseDocument } from "@/lib/curation/freeze";
import { documentWrite } from "@/lib/curation/routes";
import { reanalyseBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Proposes again with what the graph knows now; every decision stays. */
export const POST = documentWrite(reanalyseBodySchema, 1024, async (actor, id) => ({
  analysis: await reanalyseDocument(getDb(), actor, id),
}));
