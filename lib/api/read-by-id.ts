import type { z } from "zod";
import { errorResponse, NotFound } from "@/lib/api/errors";
import { idParamsSchema } from "@/lib/api/params/id";
import { NO_PARAMS, parseParams, parseQuery } from "@/lib/api/params/parse";
import { movedResponse, readResponse } from "@/lib/api/read-response";
import { getDb } from "@/lib/db/driver";
import type { Db } from "@/lib/db/session";

interface ReadByIdOptions<T> {
  /** What the 404 calls the missing thing: `No ${what} with id "…".` */
  what: string;
  /** `request` is there for finders whose answer depends on the viewer (a saved view's `mine`). */
  find: (db: Db, id: string, request: Request) => Promise<T | null>;
  /** The `[id]` segment's schema; a kebab-case id unless the thing has ids of its own. */
  idSchema?: z.ZodType<{ id: string }>;
  /** How the found thing is answered: a cacheable read unless said otherwise. */
  respond?: (found: T) => Response;
  /** Where a missing id now lives (a merged actor's survivor): answered as a 308 to its path. */
  moved?: (db: Db, id: string) => Promise<string | null>;
}

/** The GET handler of /api/{things}/{id}: no query string, one lookup, 404 when it is not there. */
export function readById<T>({
  what,
  find,
  idSchema = idParamsSchema,
  respond = readResponse,
  moved,
}: ReadByIdOptions<T>) {
  return async function GET(
    request: Request,
    context: { params: Promise<{ id: string }> },
  ): Promise<Response> {
    try {
      const { id } = parseParams(idSchema, await context.params);
      parseQuery(NO_PARAMS, request);
      const found = await find(getDb(), id, request);
      if (found === null || found === undefined) {
        const to = moved ? await moved(getDb(), id) : null;
        if (to !== null) {
          const url = new URL(request.url);
          url.pathname = url.pathname.replace(/[^/]*$/, encodeURIComponent(to));
          return movedResponse(url.toString());
        }
        throw new NotFound(`No ${what} with id "${id}".`);
      }
      return respond(found);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
