import { z } from "zod";

/** The error every JSON route answers with (lib/api/errors.ts `errorResponse`), read once here. */
const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** The request field the error is about, where the route names one. */
    field: z.string().optional(),
    details: z.unknown().optional(),
  }),
});
export type ApiFailure = z.infer<typeof errorBody>["error"];

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiFailure };

export interface RequestOptions {
  method?: string;
  /** Sent as JSON; a FormData is sent as it is (multipart, for uploads). */
  body?: unknown;
  /** The session's CSRF token, for the console's state-changing calls. */
  csrfToken?: string;
  signal?: AbortSignal;
  cache?: RequestCache;
  /** A response already on its way for this url (the explorer page's early fetch). */
  started?: Promise<Response> | null;
}

/** A failed call to our API, thrown by fetchJson: the API's code and message, and the status. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(
    readonly status: number,
    failure: ApiFailure,
  ) {
    super(failure.message);
    this.code = failure.code;
    this.details = failure.details;
  }
}

/**
 * Calls one of our JSON endpoints and never throws, except when `signal` aborts it: an error
 * response, a non-JSON answer or no answer at all become an ApiFailure.
 */
export async function requestJson<T>(
  url: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const { body, csrfToken, signal } = options;
  const multipart = body instanceof FormData;
  let response: Response;
  try {
    response = await (options.started ??
      fetch(url, {
        method: options.method ?? (body === undefined ? "GET" : "POST"),
        headers: {
          Accept: "application/json",
          ...(body !== undefined && !multipart && { "Content-Type": "application/json" }),
          ...(csrfToken && { "x-csrf-token": csrfToken }),
        },
        body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
        cache: options.cache,
        signal,
      }));
  } catch {
    signal?.throwIfAborted();
    return failed(0, "network", "The server did not answer.");
  }
  signal?.throwIfAborted();
  if (response.status === 204) return { ok: true, data: undefined as T };
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBody.safeParse(json);
    if (parsed.success) return { ok: false, status: response.status, error: parsed.data.error };
    const status = `${response.status} ${response.statusText}`.trim();
    return failed(response.status, `http_${response.status}`, status);
  }
  if (json === undefined) {
    return failed(response.status, "bad_response", "The server's answer was not JSON.");
  }
  return { ok: true, data: json as T };
}

/** requestJson for callers that would rather catch: a failure is thrown as an ApiRequestError. */
export async function fetchJson<T>(url: string, options?: RequestOptions): Promise<T> {
  const result = await requestJson<T>(url, options);
  if (!result.ok) throw new ApiRequestError(result.status, result.error);
  return result.data;
}

function failed(status: number, code: string, message: string): ApiResult<never> {
  return { ok: false, status, error: { code, message } };
}
