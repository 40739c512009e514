import type { z } from "zod";
import { errorResponse } from "@/lib/api/errors";
import { idParamsSchema } from "@/lib/api/params/id";
import { parseParams } from "@/lib/api/params/parse";
import { readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor, type AuditActor } from "@/lib/auth/audit-actor";
import { requireSession } from "@/lib/auth/request-auth";

/** A document route's JSON body cap: the longest text allowed, at up to 4 bytes a character. */
export const DOCUMENT_BODY_MAX = 8 * 1024 * 1024;

/** The curator behind a state-changing document request (admins pass), as the audit names them. */
export async function curatorActor(request: Request): Promise<AuditActor> {
  const session = await requireSession(request, { stateChanging: true, role: "curator" });
  return auditActor(session, request);
}

/** The `[id]` of /api/documents/{id}/…, checked like every other id. */
export async function documentIdOf(context: { params: Promise<{ id: string }> }): Promise<string> {
  return parseParams(idParamsSchema, await context.params).id;
}

type DocumentContext = { params: Promise<{ id: string }> };

/**
 * The handler of a curator's write to one document (`/api/documents/{id}/…`): the curator and
 * CSRF checks, the id, the body against `schema` under `maxBytes`, then `write`, answered as JSON
 * that no cache keeps; every refusal through the one error mapper.
 */
export function documentWrite<Schema extends z.ZodType, T>(
  schema: Schema,
  maxBytes: number,
  write: (actor: AuditActor, id: string, body: z.infer<Schema>) => Promise<T>,
  init: ResponseInit = {},
) {
  return async function handler(request: Request, context: DocumentContext): Promise<Response> {
    try {
      const actor = await curatorActor(request);
      const id = await documentIdOf(context);
      const body = await readJsonBody(request, schema, { maxBytes });
      return noStoreResponse(await write(actor, id, body), init);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
