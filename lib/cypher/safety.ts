import { procedureAllowed } from "@/lib/cypher/procedures";
import { tokenize, type Token } from "@/lib/cypher/tokens";

export type QueryMode = "read" | "write";

export interface Refusal {
  code: "admin_command" | "procedure_not_allowed" | "load_csv" | "read_only";
  message: string;
}

// Server administration: users, roles, privileges, databases, aliases, servers, settings and
// other sessions' transactions. Refused in every mode, whatever the EXPLAIN plan says.
const ADMIN_VERBS = new Set([
  ..."CREATE ALTER DROP RENAME SHOW START STOP ENABLE DEALLOCATE REALLOCATE DRYRUN".split(" "),
  ..."GRANT REVOKE DENY TERMINATE".split(" "),
]);
const ADMIN_QUALIFIERS = new Set(
  "OR REPLACE CURRENT COMPOSITE ALL POPULATED HOME DEFAULT IF NOT EXISTS".split(" "),
);
const ADMIN_NOUNS = new Set(
  [
    "USER USERS ROLE ROLES PRIVILEGE PRIVILEGES DATABASE DATABASES ALIAS ALIASES",
    "SERVER SERVERS SETTING SETTINGS TRANSACTION TRANSACTIONS",
  ]
    .join(" ")
    .split(" "),
);
// Clauses that only ever start administration commands, or switch to another database.
const ADMIN_ONLY_STARTS = new Set(
  "GRANT REVOKE DENY TERMINATE ENABLE DEALLOCATE REALLOCATE DRYRUN START STOP RENAME ALTER USE".split(
    " ",
  ),
);
const SHOW_QUALIFIERS = new Set(
  [
    "ALL RANGE FULLTEXT TEXT POINT VECTOR LOOKUP BTREE NODE REL RELATIONSHIP UNIQUE UNIQUENESS",
    "EXIST EXISTENCE PROPERTY KEY TYPE BUILT BUILTIN IN USER DEFINED",
  ]
    .join(" ")
    .split(" "),
);
const SHOW_ALLOWED = new Set(
  "INDEX INDEXES CONSTRAINT CONSTRAINTS PROCEDURE PROCEDURES FUNCTION FUNCTIONS".split(" "),
);

const isWord = (token: Token | undefined, text?: string): boolean =>
  token?.kind === "word" && (text === undefined || token.text === text);

export interface Prefix {
  /** EXPLAIN or PROFILE written by the user, and where, so a pre-flight EXPLAIN can replace it. */
  keyword: "EXPLAIN" | "PROFILE" | null;
  offset: number;
  /** Index of the first token of the statement proper. */
  start: number;
}

/** Reads `CYPHER <options>` and `EXPLAIN` / `PROFILE` ahead of the statement. */
export function readPrefix(tokens: Token[]): Prefix {
  let i = 0;
  let keyword: Prefix["keyword"] = null;
  let offset = -1;
  for (;;) {
    const token = tokens[i];
    if (isWord(token, "CYPHER")) {
      i++;
      while (tokens[i]?.kind === "number" || tokens[i + 1]?.text === "=") {
        i += tokens[i]?.kind === "number" ? 1 : 3;
      }
    } else if (!keyword && (isWord(token, "EXPLAIN") || isWord(token, "PROFILE"))) {
      keyword = token!.text as "EXPLAIN" | "PROFILE";
      offset = token!.offset;
      i++;
    } else {
      return { keyword, offset, start: i };
    }
  }
}

function procedureName(tokens: Token[], from: number): string | null {
  const parts: string[] = [];
  let i = from;
  while (tokens[i]?.kind === "word" || tokens[i]?.kind === "quoted") {
    const token = tokens[i]!;
    parts.push(token.raw);
    if (tokens[i + 1]?.text !== ".") break;
    i += 2;
  }
  return parts.length ? parts.join(".") : null;
}

function checkShow(tokens: Token[], at: number): Refusal | null {
  let i = at + 1;
  while (isWord(tokens[i]) && SHOW_QUALIFIERS.has(tokens[i]!.text)) i++;
  if (isWord(tokens[i]) && SHOW_ALLOWED.has(tokens[i]!.text)) return null;
  return {
    code: "admin_command",
    message:
      "Only SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are allowed here; server administration is refused.",
  };
}

export interface SafetyOptions {
  /** ATLAS_ALLOW_LOAD_CSV_URLS: write mode may LOAD CSV from a literal http(s):// URL. */
  allowLoadCsvUrls?: boolean;
}

export const LOAD_CSV_URLS_SETTING = "ATLAS_ALLOW_LOAD_CSV_URLS";

/** One LOAD CSV clause whose source is a literal URL, and the variable its rows are bound to. */
export interface LoadCsvClause {
  url: string;
  alias: string;
}

/**
 * The clause at `at` when its source is a literal http(s):// URL followed by AS: no escapes (the
 * text shown to the admin is the text Neo4j fetches) and no expression around it.
 */
function literalSource(query: string, tokens: Token[], at: number): LoadCsvClause | null {
  let i = at + 2;
  while (isWord(tokens[i], "WITH") || isWord(tokens[i], "HEADERS")) i++;
  const source = isWord(tokens[i], "FROM") ? tokens[i + 1] : undefined;
  const alias = tokens[i + 3];
  if (source?.kind !== "string" || !isWord(tokens[i + 2], "AS") || !alias) return null;
  const start = source.offset + 1;
  const written = query.slice(start, start + source.text.length);
  const closed = query[start + source.text.length] === query[source.offset];
  if (written !== source.text || !closed || !/^https?:\/\/[^\s\\]+$/i.test(written)) return null;
  return { url: written, alias: alias.raw };
}

function checkLoadCsv(
  query: string,
  tokens: Token[],
  at: number,
  mode: QueryMode,
  options: SafetyOptions,
): Refusal | null {
  if (mode === "read") {
    return {
      code: "load_csv",
      message: "LOAD CSV reads outside data: it is refused in read mode.",
    };
  }
  if (literalSource(query, tokens, at) === null) {
    return {
      code: "load_csv",
      message:
        "LOAD CSV may only read from a literal http(s):// URL without escapes; file URLs, parameters and expressions are refused.",
    };
  }
  if (!options.allowLoadCsvUrls) {
    return {
      code: "load_csv",
      message: `LOAD CSV from a URL makes the database fetch it, and it is off on this server: set ${LOAD_CSV_URLS_SETTING} to allow it (each query's URLs are then confirmed).`,
    };
  }
  return null;
}

const isLoadCsv = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  const afterDot = prev?.kind === "symbol" && (prev.text === "." || prev.text === ":");
  return !afterDot && isWord(tokens[i], "LOAD") && isWord(tokens[i + 1], "CSV");
};

/** Every LOAD CSV clause with a literal URL, in order (a clause without one is refused). */
export function loadCsvClauses(query: string): LoadCsvClause[] {
  const tokens = tokenize(query);
  const clauses: LoadCsvClause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const clause = isLoadCsv(tokens, i) ? literalSource(query, tokens, i) : null;
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** The keyword half of the safety check; the EXPLAIN plan half is checkPlan. */
export function checkQueryText(
  query: string,
  mode: QueryMode,
  options: SafetyOptions = {},
): Refusal | null {
  const tokens = tokenize(query);
  const { start } = readPrefix(tokens);
  const first = tokens[start];
  if (isWord(first) && ADMIN_ONLY_STARTS.has(first!.text)) {
    return {
      code: "admin_command",
      message: `${first!.text} is a server-administration or database-switching command: refused.`,
    };
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word") continue;
    // A keyword right after "." or ":" is a property, label or name part, not a clause.
    const prev = tokens[i - 1];
    if (prev?.kind === "symbol" && (prev.text === "." || prev.text === ":")) continue;
    if (token.text === "SHOW" && isWord(tokens[i + 1])) {
      const refusal = checkShow(tokens, i);
      if (refusal) return refusal;
    } else if (ADMIN_VERBS.has(token.text)) {
      let j = i + 1;
      while (isWord(tokens[j]) && ADMIN_QUALIFIERS.has(tokens[j]!.text)) j++;
      if (isWord(tokens[j]) && ADMIN_NOUNS.has(tokens[j]!.text)) {
        return {
          code: "admin_command",
          message: `${token.text} … ${tokens[j]!.text}: server administration is refused in every mode.`,
        };
      }
    } else if (
      token.text === "CALL" &&
      tokens[i + 1]?.text !== "{" &&
      tokens[i + 1]?.text !== "("
    ) {
      const name = procedureName(tokens, i + 1);
      if (name && !procedureAllowed(name, mode)) {
        return {
          code: "procedure_not_allowed",
          message: `Procedure ${name} is not on the ${mode}-mode allow-list.`,
        };
      }
    } else if (isLoadCsv(tokens, i)) {
      const refusal = checkLoadCsv(query, tokens, i, mode, options);
      if (refusal) return refusal;
    }
  }
  return null;
}

export type QueryType = "r" | "w" | "rw" | "s";

export function checkQueryType(queryType: string, mode: QueryMode): Refusal | null {
  if (mode === "read" && queryType !== "r") {
    return {
      code: "read_only",
      message: `This query would write (query type "${queryType}"): read mode only runs read queries. An admin can switch to write mode.`,
    };
  }
  return null;
}
