import fc from "fast-check";
import { escapeLucene, fuzzyQuery, searchTokens } from "@/lib/graph/lucene";

describe("Lucene query building", () => {
  it("escapes every character the query parser treats as syntax", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it("splits input where the standard analyzer does, lower-cased and without repeats", () => {
    expect(searchTokens("Abu Mahdi al-Muhandis")).toEqual(["abu", "mahdi", "al", "muhandis"]);
    expect(searchTokens("  IRAN iran  ")).toEqual(["iran"]);
    expect(searchTokens("Iran’s")).toEqual(["iran", "s"]);
  });

  it("asks for every token exactly, as a prefix, or with typos scaled to its length", () => {
    expect(fuzzyQuery("Popular Mob")).toBe(
      "+(popular^4 popular*^2 popular~2) +(mob^4 mob*^2 mob~1)",
    );
    expect(fuzzyQuery("US")).toBe("+(us^4 us*^2)");
  });

  it("never lets input act as query syntax", () => {
    const safe = /^(\+?\([\p{L}\p{N}]+\^4 [\p{L}\p{N}]+\*\^2( [\p{L}\p{N}]+~[12])?\) ?)+$/u;
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (input) => {
        const query = fuzzyQuery(input);
        return query === null ? searchTokens(input).length === 0 : safe.test(query);
      }),
    );
    expect(fuzzyQuery('AND "OR" (NOT*) ~x')).toBe(
      "+(and^4 and*^2 and~1) (or^4 or*^2) +(not^4 not*^2 not~1) (x^4 x*^2)",
    );
  });

  it("requires short tokens only when there is no longer one", () => {
    expect(fuzzyQuery("al-Muhandis")).toBe("(al^4 al*^2) +(muhandis^4 muhandis*^2 muhandis~2)");
    expect(fuzzyQuery("US IS")).toBe("+(us^4 us*^2) +(is^4 is*^2)");
  });

  it("has no query for input without letters or digits", () => {
    expect(fuzzyQuery("-- !! ??")).toBeNull();
  });
});
