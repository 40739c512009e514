import { findDates } from "@/lib/text/dates";

const datesIn = (text: string, published: string | null) =>
  findDates(text, { start: 0, end: text.length }, published).map((d) => [d.text, d.value]);

describe("findDates", () => {
  it.each([
    ["On January 5, the strike", "2020-02", [["January 5", "2020-01-05"]]],
    ["in early January", "2020-02", [["early January", "2020-01"]]],
    ["since late November", "2020-02", [["late November", "2019-11"]]],
    ["by February 12", "2020-02", [["February 12", "2020-02-12"]]],
    ["in December", "2020-02-15", [["December", "2019-12"]]],
    ["last October", "2020-02", [["last October", "2019-10"]]],
    ["the previous year", "2020-02", [["the previous year", "2019"]]],
    ["since the 2003 invasion", "2020-02", [["2003", "2003"]]],
    ["on January 30, 2019", "2020", [["January 30, 2019", "2019-01-30"]]],
    ["on 5 January, 2020 it began", "2020-03", [["5 January, 2020", "2020-01-05"]]],
    ["in mid-February", "2020-03", [["mid-February", "2020-02"]]],
    ["on February 30", "2020-03", []],
  ])("%s, published %s", (text, published, expected) => {
    expect(datesIn(text, published)).toEqual(expected);
  });

  it("never dates after the publication, and skips ranges", () => {
    expect(datesIn("plans for 2022 and the 2003-2006 war", "2020-02")).toEqual([]);
  });

  it("dates only written years without a publication date", () => {
    expect(datesIn("On January 5 in 2019", null)).toEqual([["2019", "2019"]]);
  });

  it("gives offsets into the whole text", () => {
    const text = "Intro. Then on January 5 it happened.";
    const [date] = findDates(text, { start: 7, end: text.length }, "2020-02");
    expect(text.slice(date!.start, date!.end)).toBe("January 5");
  });
});
