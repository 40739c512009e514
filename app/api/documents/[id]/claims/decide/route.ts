import { decideClaims } from "@/lib/curation/claim-decisions";
import { documentWrite } from "@/lib/curation/routes";
import { claimDecisionBodySchema } from "@/lib/curation/schemas";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** One decision on one claim, or in bulk: accept, reject, defer, reopen, retract, edit. */
export const POST = documentWrite(claimDecisionBodySchema, 512 * 1024, (actor, id, body) =>
  decideClaims(getDb(), actor, id, body),
);
