// The production server: Next's request handler behind a gate for methods no page or route
// answers. Next builds a fetch Request for every request, and fetch refuses TRACE and TRACK, so
// without this gate they end as a 500 with a stack in the log. Plain JS: `node` runs it directly.
import http from "node:http";
import next from "next";
import { markServing } from "./lib/serving.mjs";
import {
  acceptsGzip,
  STORED_GZIP_ACCEPTED,
  STORED_GZIP_ENCODING,
} from "../lib/api/stored-gzip.mjs";
import { CACHED_ANSWER_HEADER, cachedAnswerHook } from "../lib/api/cached-answer.mjs";
import { securityHeaders } from "../lib/api/security-headers.mjs";
import { staticFileAnswer } from "./lib/static-files.mjs";

/** Every method some page or route answers; anything else is a 405. */
const SUPPORTED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

const port = Number(process.env.PORT ?? 3000);
// Loopback unless the operator says otherwise (HOST=0.0.0.0 behind a proxy on another machine).
const hostname = process.env.HOST || "127.0.0.1";
const trustProxy = /^(1|true|yes)$/i.test(process.env.ATLAS_TRUST_PROXY ?? "");

// `next start` sets this; a custom server must too, or next.config.mjs builds the dev CSP.
process.env.NODE_ENV = "production";
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

function methodNotAllowed(method) {
  const body = JSON.stringify({
    error: {
      code: "method_not_allowed",
      message: `${String(method).slice(0, 20)} is not a method this app answers.`,
      details: { allow: SUPPORTED_METHODS },
    },
  });
  const headers = {
    Allow: SUPPORTED_METHODS.join(", "),
    "Cache-Control": "no-store",
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  };
  return { body, headers };
}

/**
 * Requests that check a password. lib/auth/password.ts admits a few at a time (signInGate) and
 * refuses the rest with a 429, but each refusal there has already cost a full pass through Next
 * (routing, body parsing: milliseconds of CPU); under a flood of hundreds at once those passes
 * queued a signed-in analyst's query for seconds (`npm run bench:sessions`). So the server
 * refuses past this many in flight before Next sees them, for a fraction of a millisecond each.
 * It is larger than what signInGate admits (running and waiting), so only a flood meets it.
 */
const PASSWORD_PATHS = new Set([
  "/api/auth/login",
  "/api/invitations/accept",
  "/api/auth/password",
]);
const PASSWORD_REQUESTS_IN_FLIGHT = 16;
let passwordRequests = 0;

function sendJson(res, status, error, extraHeaders = {}) {
  const body = JSON.stringify({ error });
  res.writeHead(status, {
    "Cache-Control": "no-store",
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(body);
}

/**
 * Lets a route send bytes it already holds gzip-compressed (lib/api/stored-gzip.mjs): the route
 * learns the client takes gzip, and its private header becomes Content-Encoding as the head is
 * written (Next writes it implicitly, through writeHead, once the body starts).
 */
function passStoredGzip(req, res) {
  delete req.headers[STORED_GZIP_ACCEPTED];
  if (!acceptsGzip(req.headers["accept-encoding"])) return;
  req.headers[STORED_GZIP_ACCEPTED] = "1";
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithStoredGzip(...args) {
    const encoding = this.getHeader(STORED_GZIP_ENCODING);
    if (encoding !== undefined) {
      this.removeHeader(STORED_GZIP_ENCODING);
      this.setHeader("Content-Encoding", encoding);
    }
    return writeHead.apply(this, args);
  };
}

// What next.config.mjs makes Next add to every answer, for the answers sent without it.
const SECURITY_HEADERS = securityHeaders(true).map(({ key, value }) => [key, value]);

/**
 * A GET the response cache can answer as it is (lib/api/cached-answer.mjs), sent without Next:
 * its status, its kept headers, Next's security headers and its body. False when Next must answer.
 */
function sendCachedAnswer(req, res) {
  const hook = req.method === "GET" ? cachedAnswerHook() : undefined;
  if (!hook || !req.url) return false;
  const cached = hook(
    req.url,
    req.headers["if-none-match"],
    acceptsGzip(req.headers["accept-encoding"]),
  );
  if (!cached) return false;
  for (const [name, value] of [...SECURITY_HEADERS, ...cached.headers]) res.setHeader(name, value);
  res.setHeader(CACHED_ANSWER_HEADER, "hit");
  if (cached.body) res.setHeader("Content-Length", cached.body.byteLength);
  res.writeHead(cached.status);
  res.end(cached.body ?? undefined);
  return true;
}

/** A build or public file, from memory with its gzip made once (scripts/lib/static-files.mjs). */
function sendStaticFile(req, res) {
  const answer = staticFileAnswer({
    method: req.method,
    url: req.url,
    ifNoneMatch: req.headers["if-none-match"],
    range: req.headers.range,
    gzip: acceptsGzip(req.headers["accept-encoding"]),
  });
  if (!answer) return false;
  for (const [name, value] of [...SECURITY_HEADERS, ...answer.headers]) res.setHeader(name, value);
  res.writeHead(answer.status);
  res.end(answer.body ?? undefined);
  return true;
}

const server = http.createServer((req, res) => {
  if (!SUPPORTED_METHODS.includes(req.method ?? "")) {
    const { body, headers } = methodNotAllowed(req.method);
    res.writeHead(405, headers);
    res.end(body);
    return;
  }
  if (req.method === "POST" && PASSWORD_PATHS.has((req.url ?? "").split("?")[0])) {
    if (passwordRequests >= PASSWORD_REQUESTS_IN_FLIGHT) {
      // The body is not read: close the connection rather than leave it half-consumed.
      sendJson(
        res,
        429,
        {
          code: "too_many_requests",
          message: "The server is busy checking passwords: try again in 1 s.",
          details: { retryAfterSeconds: 1 },
        },
        {
          "Retry-After": "1",
          Connection: "close",
        },
      );
      return;
    }
    passwordRequests += 1;
    res.once("close", () => (passwordRequests -= 1));
  }
  if (!trustProxy) {
    // A client's own X-Forwarded-For is not believed: Next then sets it to the socket's address.
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
  if (sendStaticFile(req, res) || sendCachedAnswer(req, res)) return;
  passStoredGzip(req, res);
  void handle(req, res);
});
// CONNECT never reaches the request handler: Node hands over the raw socket, which would otherwise
// just be closed. (Methods Node's parser does not know, such as TRACK, get Node's own 400.)
server.on("connect", (req, socket) => {
  const { body, headers } = methodNotAllowed(req.method);
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head.join("")}Connection: close\r\n\r\n${body}`);
});
server.listen(port, hostname, () => {
  // Another `npm start` must not rebuild .next underneath this server (scripts/lib/build.ts).
  markServing({ host: hostname, port });
  console.log(`Serving on http://${hostname}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
