/** Characters the Lucene classic query parser treats as syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, "\\$&");
}

// The index's standard analyzer splits on anything but letters and digits, so the query does too:
// "al-Muhandis" must become the two indexed terms "al" and "muhandis".
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;
const MAX_TOKENS = 8;

export function searchTokens(input: string): string[] {
  const tokens = input
    .toLowerCase()
    .split(TOKEN_SEPARATOR)
    .filter((token) => token.length > 0);
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

/** Edits allowed for a typo: none for short tokens, where one edit turns "us" into "is". */
function fuzziness(token: string): number {
  if (token.length <= 2) return 0;
  return token.length <= 5 ? 1 : 2;
}

// Tokens this short ("al" in al-Muhandis, "s" in Iran's) only rank results when longer ones exist:
// the index keeps "Iran’s" as one term, so requiring "s" would find nothing.
const MIN_REQUIRED_LENGTH = 3;

/**
 * A typo-tolerant Lucene query: every token must match the name or an alias exactly (scored
 * highest), as a prefix (partial typing) or within one or two edits (misspelling).
 * Returns null when the input holds no searchable token.
 */
export function fuzzyQuery(input: string): string | null {
  const tokens = searchTokens(input);
  if (tokens.length === 0) return null;
  const anyLong = tokens.some((token) => token.length >= MIN_REQUIRED_LENGTH);
  const clauses = tokens.map((raw) => {
    const token = escapeLucene(raw);
    const alternatives = [`${token}^4`, `${token}*^2`];
    const edits = fuzziness(raw);
    if (edits > 0) alternatives.push(`${token}~${edits}`);
    const required = !anyLong || raw.length >= MIN_REQUIRED_LENGTH;
    return `${required ? "+" : ""}(${alternatives.join(" ")})`;
  });
  return clauses.join(" ");
}

/**
 * A query for running text (documents, passages): every token must occur, exactly. Typo
 * tolerance belongs to names; in a 10,000-word text it would match nearly every word.
 */
export function allTermsQuery(input: string): string | null {
  const tokens = searchTokens(input);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `+${escapeLucene(token)}`).join(" ");
}
