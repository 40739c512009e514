import { Neo4jError } from "neo4j-driver";
import { z } from "zod";
import { noStoreResponse } from "@/lib/api/read-response";
import { ConfigError } from "@/lib/config/env";
import { describeDbError } from "@/lib/db/health";

export class ApiError extends Error {
  /** Extra response headers, such as Retry-After. */
  headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class BadRequest extends ApiError {
  constructor(message: string, details?: unknown) {
    super(400, "bad_request", message, details);
  }
}

export class NotFound extends ApiError {
  constructor(message: string) {
    super(404, "not_found", message);
  }
}

export class Forbidden extends ApiError {
  constructor(message: string, code = "forbidden", details?: unknown) {
    super(403, code, message, details);
  }
}

export class Unauthorized extends ApiError {
  constructor(message = "Sign in first.") {
    super(401, "unauthorized", message);
  }
}

export class Conflict extends ApiError {
  constructor(code: string, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

export class TooManyRequests extends ApiError {
  constructor(message: string, retryAfterSeconds: number) {
    super(429, "too_many_requests", message, { retryAfterSeconds });
    this.headers = { "Retry-After": String(retryAfterSeconds) };
  }
}

export class PayloadTooLarge extends ApiError {
  constructor(readonly maxBytes: number) {
    super(
      413,
      "payload_too_large",
      `The request body is larger than the limit of ${maxBytes} bytes.`,
      { maxBytes },
    );
  }
}

export class UnsupportedMediaType extends ApiError {
  constructor(contentType: string) {
    super(
      415,
      "unsupported_media_type",
      `The request body must be sent as Content-Type: application/json, not ${contentType}.`,
    );
  }
}

export class DatabaseUnavailable extends ApiError {
  constructor(message: string) {
    super(503, "database_unavailable", message);
  }
}

/** Names every failing field: `limit: must be at most 10000; depth: expected a number`. */
export function badRequestFrom(error: z.ZodError, where = "parameter"): BadRequest {
  const issues = error.issues.map((issue) => ({
    [where]: issue.path.join(".") || "(root)",
    message: issue.message,
  }));
  const summary = error.issues
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  return new BadRequest(`Invalid ${where}: ${summary}`, issues);
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

function isDatabaseDown(error: unknown): boolean {
  if (error instanceof ConfigError) return true;
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || /connection|acquisition/i.test(error.message);
  }
  return false;
}

/** The one place where any thrown value becomes a JSON response. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) return errorResponse(badRequestFrom(error));
  if (error instanceof ApiError) {
    return noStoreResponse(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status, headers: error.headers },
    );
  }
  if (isDatabaseDown(error)) {
    // The public message leaves out the address; the log keeps the driver's whole message.
    console.warn("Database unavailable:", error instanceof Error ? error.message : error);
    return errorResponse(
      new DatabaseUnavailable(`Database unavailable: ${describeDbError(error)}`),
    );
  }
  console.error("Unhandled error in API route", error);
  return noStoreResponse(
    { error: { code: "internal_error", message: "Something went wrong on our side." } },
    { status: 500 },
  );
}
