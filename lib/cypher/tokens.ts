export type TokenKind = "word" | "quoted" | "string" | "parameter" | "number" | "symbol";

export interface Token {
  kind: TokenKind;
  /** Word text upper-cased; a quoted identifier or string without its quotes. */
  text: string;
  /** The text as written (words keep their case here). */
  raw: string;
  offset: number;
}

/**
 * A small Cypher lexer for the safety check: it only has to tell keywords apart from what merely
 * looks like them inside comments, string literals and `backticked` names. Anything it does not
 * understand becomes a one-character symbol, which errs towards refusing.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (query.startsWith("//", i)) {
      const end = query.indexOf("\n", i);
      i = end === -1 ? query.length : end;
    } else if (query.startsWith("/*", i)) {
      const end = query.indexOf("*/", i + 2);
      i = end === -1 ? query.length : end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      const [text, next] = readQuoted(query, i, c);
      tokens.push({ kind: c === "`" ? "quoted" : "string", text, raw: text, offset: i });
      i = next;
    } else if (c === "$") {
      const match = /^\$(`[^`]*`|[\p{L}\p{N}_]*)/u.exec(query.slice(i))!;
      tokens.push({ kind: "parameter", text: match[0], raw: match[0], offset: i });
      i += match[0].length;
    } else if (/[\p{L}_]/u.test(c)) {
      const match = /^[\p{L}\p{N}_]+/u.exec(query.slice(i))!;
      tokens.push({ kind: "word", text: match[0].toUpperCase(), raw: match[0], offset: i });
      i += match[0].length;
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9][0-9a-zA-Z_.]*/.exec(query.slice(i))!;
      tokens.push({ kind: "number", text: match[0], raw: match[0], offset: i });
      i += match[0].length;
    } else {
      tokens.push({ kind: "symbol", text: c, raw: c, offset: i });
      i++;
    }
  }
  return tokens;
}

function readQuoted(query: string, start: number, quote: string): [string, number] {
  let text = "";
  let i = start + 1;
  while (i < query.length) {
    const c = query[i]!;
    if (c === "\\" && quote !== "`") {
      text += query[i + 1] ?? "";
      i += 2;
    } else if (quote === "`" && c === quote && query[i + 1] === quote) {
      // A doubled backtick is a backtick inside the name.
      text += quote;
      i += 2;
    } else if (c === quote) {
      return [text, i + 1];
    } else {
      text += c;
      i++;
    }
  }
  return [text, query.length];
}
