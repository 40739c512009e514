// A stored gzip answer sent as it is, not unzipped and compressed again. Next 16 drops a route
// handler's Content-Encoding and compresses the body on its own, so a route cannot send gzip bytes
// by itself; scripts/serve.mjs, which sees each request before Next, can. It tells the route, in a
// request header of its own (a client's is dropped), that the client takes gzip and that the
// server will pass the bytes through; the route marks its answer in a private response header and
// `no-transform` (which Next's compression honours), and serve.mjs turns that header into
// Content-Encoding. Under any other server (`next start`) the route never sees the request header,
// so it answers plain JSON. Plain JS: serve.mjs runs under bare `node`; stored-gzip.d.mts types it.

/** Set by scripts/serve.mjs on a request whose client takes gzip: "1". */
export const STORED_GZIP_ACCEPTED = "x-atlas-stored-gzip";
/** Set by a route on an answer whose body is already gzip: serve.mjs makes it Content-Encoding. */
export const STORED_GZIP_ENCODING = "x-atlas-content-encoding";

/**
 * Bodies under this many bytes are sent as they are, as Next's compression does: gzip would save
 * little and cost a pass. Used by every answer sent without Next (lib/graph/cached-read.ts,
 * scripts/lib/static-files.mjs).
 */
export const GZIP_FROM_BYTES = 1024;

/** Whether an Accept-Encoding header admits gzip (RFC 9110 §12.5.3: `q=0` refuses it). */
export function acceptsGzip(acceptEncoding) {
  if (typeof acceptEncoding !== "string") return false;
  let star = false;
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [coding, ...params] = part.split(";").map((token) => token.trim());
    const q = params.find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (coding === "gzip" || coding === "x-gzip") return weight > 0;
    if (coding === "*") star = weight > 0;
  }
  return star;
}
