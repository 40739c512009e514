import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { parseEnv } from "@/lib/config/env";
import { blockedAddressClass } from "@/lib/documents/blocked-address";
import { ExtractionError } from "@/lib/documents/errors";

// A URL typed by a curator is fetched by the server, inside its network: every hop's host is
// resolved here, refused if any of its addresses is internal, and the connection is pinned to the
// address checked (a custom lookup), so a DNS answer that changes between check and connect
// (rebinding) cannot redirect it. Redirects are followed by hand for the same reason.

export const FETCHABLE_CONTENT_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** host:port pairs allowed even on internal addresses (ATLAS_URL_FETCH_ALLOW_HOSTS). */
  allowHosts?: string[];
  maxRedirects?: number;
}

export interface FetchedDocument {
  bytes: Uint8Array;
  contentType: string;
  finalUrl: string;
}

type Hop =
  { kind: "redirect"; location: string } | ({ kind: "body" } & Omit<FetchedDocument, "finalUrl">);

const MAX_REDIRECTS = 5;

function fail(
  code:
    | "url_invalid"
    | "url_not_allowed"
    | "url_fetch_failed"
    | "url_timeout"
    | "url_too_large"
    | "url_content_type",
  message: string,
  url: string,
) {
  return new ExtractionError(code, "url", message, { url });
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail("url_invalid", `${text} is not a URL.`, text);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fail(
      "url_not_allowed",
      `${text}: only http:// and https:// URLs can be fetched, not ${url.protocol}`,
      text,
    );
  }
  if (url.username || url.password) {
    throw fail(
      "url_not_allowed",
      `${text}: a URL with a user name or password is not fetched.`,
      text,
    );
  }
  return url;
}

function hostPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}

/** The address to connect to, after checking every address the host resolves to. */
async function checkedAddress(
  url: URL,
  allowHosts: string[],
  deadline: number,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      // The time cap covers the lookup too: a resolver that never answers must not hold the request.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(fail("url_timeout", `${url.href}: ${host} did not resolve in time.`, url.href)),
          Math.max(0, deadline - Date.now()),
        );
      });
      addresses = await Promise.race([
        dnsLookup(host, { all: true, verbatim: true }),
        late,
      ]).finally(() => clearTimeout(timer));
    } catch (error) {
      if (error instanceof ExtractionError) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? "lookup failed";
      throw fail(
        "url_fetch_failed",
        `${url.href}: the host ${host} could not be resolved (${code}).`,
        url.href,
      );
    }
  }
  const first = addresses[0];
  if (!first)
    throw fail("url_fetch_failed", `${url.href}: the host ${host} has no address.`, url.href);
  if (allowHosts.includes(hostPort(url))) return first;
  for (const { address } of addresses) {
    const blocked = blockedAddressClass(address);
    if (blocked) {
      throw fail(
        "url_not_allowed",
        `${url.href}: ${host} resolves to ${address}, ${blocked}, which is never fetched.`,
        url.href,
      );
    }
  }
  return first;
}

function mediaType(header: string | undefined): string {
  return header?.split(";")[0]?.trim().toLowerCase() ?? "";
}

function requestOnce(
  url: URL,
  pinned: { address: string; family: number },
  deadline: number,
  maxBytes: number,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    };
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const request = client.request(
      url,
      {
        method: "GET",
        lookup,
        agent: false,
        headers: {
          accept: FETCHABLE_CONTENT_TYPES.join(", "),
          "accept-encoding": "identity",
          "user-agent": "InfluenceAtlas/1 (document import)",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.destroy();
          settle(() => resolve({ kind: "redirect", location }));
          return;
        }
        if (status < 200 || status >= 300) {
          response.destroy();
          settle(() =>
            reject(fail("url_fetch_failed", `${url.href} answered HTTP ${status}.`, url.href)),
          );
          return;
        }
        const contentType = response.headers["content-type"] ?? "";
        if (!FETCHABLE_CONTENT_TYPES.includes(mediaType(contentType))) {
          response.destroy();
          const what = contentType ? `is ${mediaType(contentType)}` : "has no content type";
          settle(() =>
            reject(
              fail(
                "url_content_type",
                `${url.href} ${what}; only HTML, plain text, Markdown, PDF and .docx are fetched.`,
                url.href,
              ),
            ),
          );
          return;
        }
        const tooLarge = () =>
          fail(
            "url_too_large",
            `${url.href} is larger than the limit of ${maxBytes} bytes (ATLAS_DOCUMENT_MAX_BYTES).`,
            url.href,
          );
        if (Number(response.headers["content-length"]) > maxBytes) {
          response.destroy();
          settle(() => reject(tooLarge()));
          return;
        }
        const chunks: Buffer[] = [];
        let total = 0;
        response.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) {
            response.destroy();
            settle(() => reject(tooLarge()));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () =>
          settle(() =>
            resolve({ kind: "body", bytes: new Uint8Array(Buffer.concat(chunks)), contentType }),
          ),
        );
        response.on("error", (error) =>
          settle(() => reject(fail("url_fetch_failed", `${url.href}: ${error.message}`, url.href))),
        );
      },
    );
    const timer = setTimeout(
      () => {
        settle(() => reject(fail("url_timeout", `${url.href} did not answer in time.`, url.href)));
        request.destroy();
      },
      Math.max(0, deadline - Date.now()),
    );
    request.on("error", (error) =>
      settle(() =>
        reject(
          fail("url_fetch_failed", `${url.href} could not be fetched: ${error.message}`, url.href),
        ),
      ),
    );
    request.end();
  });
}

/** Fetches a document for extraction, refusing internal addresses at every redirect. */
export async function fetchDocumentUrl(
  text: string,
  options: FetchOptions = {},
): Promise<FetchedDocument> {
  const env = parseEnv();
  const timeoutMs = options.timeoutMs ?? env.ATLAS_URL_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? env.ATLAS_DOCUMENT_MAX_BYTES;
  const allowHosts = options.allowHosts ?? env.ATLAS_URL_FETCH_ALLOW_HOSTS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const deadline = Date.now() + timeoutMs;
  let url = parseHttpUrl(text);
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const address = await checkedAddress(url, allowHosts, deadline);
    if (Date.now() >= deadline)
      throw fail("url_timeout", `${url.href} did not answer in time.`, url.href);
    const answer = await requestOnce(url, address, deadline, maxBytes);
    if (answer.kind === "body")
      return { bytes: answer.bytes, contentType: answer.contentType, finalUrl: url.href };
    let next: string;
    try {
      next = new URL(answer.location, url).href;
    } catch {
      throw fail("url_fetch_failed", `${url.href} redirects to an invalid URL.`, url.href);
    }
    url = parseHttpUrl(next);
  }
  throw fail("url_fetch_failed", `${text} redirects more than ${maxRedirects} times.`, text);
}
