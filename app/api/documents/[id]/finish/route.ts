import { finishDocument } from "@/lib/curation/finish";
import { documentWrite } from "@/lib/curation/routes";
import { finishBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The curator is done with the document: reviewed, with its counts recorded. */
export const POST = documentWrite(finishBodySchema, 1024, (actor, id, body) =>
  finishDocument(getDb(), actor, id, body.version),
);
