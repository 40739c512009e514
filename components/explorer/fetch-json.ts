import { takeEarlyView } from "@/components/explorer/early-view";

/**
 * Fetches JSON from the app's own API; an error response becomes an Error carrying its message.
 * A response the page's HTML already started for the same url is taken instead of asking again.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const early = takeEarlyView(url);
  const response = await (early ?? fetch(url, { signal, headers: { Accept: "application/json" } }));
  signal?.throwIfAborted();
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not JSON: the status line says enough.
    }
    throw new Error(message);
  }
  return (await response.json()) as T;
}
