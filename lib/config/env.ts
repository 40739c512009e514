import { z } from "zod";

const boltUri = z
  .string()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
    "must be a bolt:// or neo4j:// URI (optionally +s or +ssc)",
  );

// Account names double as file names for history and saved queries, hence the narrow pattern.
export const usernameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{1,31}$/, "must be 2-32 lowercase letters, digits, _ or -");

// A switch: 1, true or yes turn it on; unset, empty, 0, false or no leave it off.
const onOff = z
  .enum(["1", "true", "yes", "0", "false", "no", ""])
  .default("")
  .transform((value) => ["1", "true", "yes"].includes(value));

/** Every environment variable the app and its scripts read. */
export const envSchema = z.object({
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP_INITIAL: z
    .string()
    .regex(/^\d+[kmg]$/i, "must be a JVM size such as 512m")
    .default("512m"),
  NEO4J_HEAP_MAX: z
    .string()
    .regex(/^\d+[kmg]$/i, "must be a JVM size such as 1g")
    .default("1g"),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(128),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where the app listens (scripts/serve.mjs reads it too): loopback unless said otherwise.
  HOST: z.string().min(1).default("127.0.0.1"),
  // Behind a proxy that sets X-Forwarded-For: the client address is its first entry. Otherwise a
  // client's own header is dropped (scripts/serve.mjs) and the socket's address is used.
  ATLAS_TRUST_PROXY: onOff,
  // The configured accounts (docs/admin-console.md): each is created only when its password is set.
  // With no admin password, the first start prints a one-time setup link instead.
  ATLAS_ADMIN_USER: usernameSchema.default("admin"),
  ATLAS_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  ATLAS_ANALYST_USER: usernameSchema.default("analyst"),
  ATLAS_ANALYST_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  // A session ends this long after sign-in however busy (absolute), or after this long unused (idle).
  ATLAS_SESSION_TTL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(480),
  ATLAS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120),
  // How long one instance may reuse a session lookup: at most a second, so a logout, disable or
  // password change anywhere is refused by every instance within that. 0: look up every request.
  ATLAS_SESSION_CACHE_MS: z.coerce.number().int().min(0).max(1_000).default(500),
  // Public reads' answers kept in memory per graph version (lib/graph/cached-read.ts), MiB. 0: off.
  ATLAS_RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(64),
  ATLAS_COOKIE_SECURE: z.enum(["auto", "always", "never"]).default("auto"),
  ATLAS_PUBLIC_ORIGIN: z.url().optional(),
  // Console write mode may LOAD CSV from literal http(s):// URLs (the database fetches them), each
  // query's URLs confirmed by the admin. Off unless set; file URLs are refused either way.
  ATLAS_ALLOW_LOAD_CSV_URLS: onOff,
  ATLAS_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  ATLAS_CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  ATLAS_CYPHER_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(10_000)
    .max(100_000_000)
    .default(5_000_000),
  // Console queries per signed-in user (per address when signed out): a token bucket.
  ATLAS_CYPHER_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  ATLAS_CYPHER_RATE_BURST: z.coerce.number().int().min(1).max(1_000_000).default(60),
  // Sign-in attempts per client address, right or wrong: each costs a deliberately slow password
  // hash, so a stream of made-up user names (which the per-name throttle never sees twice) is
  // bounded too. A token bucket.
  ATLAS_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  ATLAS_LOGIN_RATE_BURST: z.coerce.number().int().min(1).max(1_000_000).default(30),
  // Saved views (docs/research-tools.md#saved-views--apiviews): separate pools, so a flood of
  // anonymous saves never blocks signed-in users. Counted in Neo4j, so they hold across instances.
  ATLAS_VIEWS_PER_USER_MAX: z.coerce.number().int().min(1).max(100_000).default(500),
  ATLAS_VIEWS_ANONYMOUS_MAX: z.coerce.number().int().min(0).max(1_000_000).default(5_000),
  ATLAS_VIEWS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(20),
  // Documents for curation (docs/curation.md): the largest upload or fetched file, and the most
  // characters of text one document may hold once extracted.
  ATLAS_DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  ATLAS_DOCUMENT_MAX_CHARS: z.coerce.number().int().min(1_000).max(20_000_000).default(2_000_000),
  // Fetching a document from a URL: the whole exchange, redirects included, ends after this long.
  ATLAS_URL_FETCH_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(10_000),
  // host:port pairs fetched even though they resolve to a private or loopback address (a local
  // fixture server in tests, an intranet site on purpose). Empty, the default: none.
  ATLAS_URL_FETCH_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(\[[0-9a-f:.]+\]|[^\s:[\]]+):\d{1,5}$/, "must be host:port"))),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings (e.g. `NEO4J_URI=` in a shell) mean "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when no NEO4J_URI is set and the app talks to the project's own local Neo4j. */
  local: boolean;
}

export function neo4jConnection(env: Env): Neo4jConnection {
  if (!env.NEO4J_PASSWORD) {
    throw new ConfigError(
      "NEO4J_PASSWORD is not set: run `npm start` (or `npm run db:start`) once to generate it into .env.local, or set it for your server",
    );
  }
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
    local: env.NEO4J_URI === undefined,
  };
}
