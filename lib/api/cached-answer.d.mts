/** An answer serve.mjs sends as it is: its status, its headers and its body (already encoded). */
export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array | null;
}

/**
 * The cached answer for a GET of `pathAndQuery` (the request line's target) that is still good now,
 * gzip-encoded when `gzip` (the client takes it) and worth it; a 304 when `ifNoneMatch` names its
 * tag; null when nothing kept can be served without a database read (Next then answers).
 */
export type CachedAnswerHook = (
  pathAndQuery: string,
  ifNoneMatch: string | undefined,
  gzip: boolean,
) => CachedAnswer | null;

export const CACHED_ANSWER_HOOK: unique symbol;
export const CACHED_ANSWER_HEADER: "x-atlas-cache";
export function namesTag(ifNoneMatch: string | null | undefined, tag: string): boolean;
export function cachedAnswerHook(): CachedAnswerHook | undefined;
