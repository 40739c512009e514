// The production server: Next's request handler behind a gate for methods no page or route
// answers. Next builds a fetch Request for every request, and fetch refuses TRACE and TRACK, so
// without this gate they end as a 500 with a stack in the log. Plain JS: `node` runs it directly.
import http from "node:http";
import next from "next";
import { markServing } from "./lib/serving.mjs";

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

const server = http.createServer((req, res) => {
  if (!SUPPORTED_METHODS.includes(req.method ?? "")) {
    const { body, headers } = methodNotAllowed(req.method);
    res.writeHead(405, headers);
    res.end(body);
    return;
  }
  if (!trustProxy) {
    // A client's own X-Forwarded-For is not believed: Next then sets it to the socket's address.
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
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
