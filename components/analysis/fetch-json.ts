/** Fetches one of our JSON endpoints; an error body's message becomes the thrown message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json().catch(() => null)) as
    (T & { error?: { message?: string } }) | null;
  if (!response.ok || body === null) {
    throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  }
  return body;
}
