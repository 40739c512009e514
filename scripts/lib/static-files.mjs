// The build's static files (/_next/static/…) and the files of public/, answered from memory by
// scripts/serve.mjs before Next sees the request. Next reads such a file and gzips it again on
// every request: 2–9 ms of CPU each for the explorer's ten chunks and its 0.48 MB early drawing
// (public/graph-early.js), on the one event loop that is also answering the view's first request,
// so a fresh visitor's view arrived 50–150 ms late (docs/performance-browser.md). Here each file
// is read and gzipped once, on its first request. Plain JS: `node` runs serve.mjs directly.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { namesTag } from "../../lib/api/cached-answer.mjs";
import { GZIP_FROM_BYTES } from "../../lib/api/stored-gzip.mjs";

/** As Next serves them: hashed build files forever, public files revalidated every time. */
const ROOTS = [
  {
    prefix: "/_next/static/",
    dir: path.resolve(".next", "static"),
    cacheControl: "public, max-age=31536000, immutable",
  },
  { prefix: "/", dir: path.resolve("public"), cacheControl: "public, max-age=0" },
];

// Only what a page loads; anything else (and any file Next would not find) is left to Next.
const CONTENT_TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=UTF-8",
};

/** @typedef {{ body: Buffer, gzipBody: Buffer | null, etag: string, contentType: string, cacheControl: string }} StaticFile */

/**
 * The files served so far. A miss is not kept: any path can be asked for, and what is kept must
 * stay bounded by the build.
 */
/** @type {Map<string, StaticFile>} */
const files = new Map();

/** The file under one of ROOTS that `pathname` names, or null: never a path outside them. */
function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  if (decoded.split("/").some((segment) => segment === ".." || segment === ".")) return null;
  const root = ROOTS.find(({ prefix }) => decoded.startsWith(prefix));
  const contentType = CONTENT_TYPES[path.extname(decoded).toLowerCase()];
  if (!root || !contentType) return null;
  const file = path.join(root.dir, decoded.slice(root.prefix.length));
  if (!file.startsWith(root.dir + path.sep)) return null;
  try {
    if (!statSync(file).isFile()) return null;
  } catch {
    return null;
  }
  const body = readFileSync(file);
  return {
    body,
    gzipBody: null,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
    contentType,
    cacheControl: root.cacheControl,
  };
}

function lookup(pathname) {
  let file = files.get(pathname);
  if (!file) {
    file = locate(pathname);
    if (file) files.set(pathname, file);
  }
  return file ?? null;
}

/**
 * The answer to a GET or HEAD for a static file, or null when Next must answer: another method, a
 * range request, a path that is not a served file.
 */
export function staticFileAnswer({ method, url, ifNoneMatch, range, gzip }) {
  if ((method !== "GET" && method !== "HEAD") || range !== undefined || !url?.startsWith("/")) {
    return null;
  }
  const file = lookup(url.split("?")[0]);
  if (!file) return null;
  const headers = [
    ["Cache-Control", file.cacheControl],
    ["ETag", file.etag],
    ["Content-Type", file.contentType],
    ["Vary", "Accept-Encoding"],
  ];
  if (namesTag(ifNoneMatch, file.etag)) return { status: 304, headers, body: null };
  let body = file.body;
  if (gzip && body.byteLength >= GZIP_FROM_BYTES) {
    file.gzipBody ??= gzipSync(body);
    body = file.gzipBody;
    headers.push(["Content-Encoding", "gzip"]);
  }
  headers.push(["Content-Length", String(body.byteLength)]);
  return { status: 200, headers, body: method === "HEAD" ? null : body };
}
