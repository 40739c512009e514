export interface ApiFailure {
  code: string;
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiFailure };

/** Fetches the console's JSON API; state-changing calls carry the session's CSRF token. */
export async function callApi<T>(
  url: string,
  options: { method?: string; body?: unknown; csrfToken?: string } = {},
): Promise<ApiResult<T>> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(options.body !== undefined && { "content-type": "application/json" }),
        ...(options.csrfToken && { "x-csrf-token": options.csrfToken }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: { code: "network", message: "The server did not answer." },
    };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const json = (await response.json().catch(() => null)) as { error?: ApiFailure } | null;
  if (!response.ok) {
    return {
      ok: false,
      status: response.status,
      error: json?.error ?? { code: "http_" + response.status, message: response.statusText },
    };
  }
  return { ok: true, data: json as T };
}
