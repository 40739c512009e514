import { mentionFinder } from "@/lib/seed/mentions";
import type { ActorEntry } from "@/lib/seed/schema";
import { isPeriod, periodEnd, periodStart } from "@/lib/domain/periods";

const actor = (id: string, name: string, aliases: string[] = []): ActorEntry => ({
  id,
  name,
  aliases,
  kind: "person",
  description: "A test actor.",
});

describe("periods", () => {
  it.each([
    ["2020", "2020-01-01", "2020-12-31"],
    ["2020-02", "2020-02-01", "2020-02-29"],
    ["2019-02", "2019-02-01", "2019-02-28"],
    ["2020-01-05", "2020-01-05", "2020-01-05"],
  ])("%s runs from %s to %s", (period, start, end) => {
    expect(periodStart(period)).toBe(start);
    expect(periodEnd(period)).toBe(end);
  });

  it.each(["2020-13", "2020-00", "2019-02-29", "2020-1", "20", "January 2020", "2020-01-05T00"])(
    "rejects %s",
    (period) => expect(isPeriod(period)).toBe(false),
  );
});

describe("mentionFinder", () => {
  const find = mentionFinder([
    actor("trump", "Donald Trump", ["Trump"]),
    actor("administration", "Trump Administration", ["Trump officials"]),
    actor("iran", "Iran", ["Tehran"]),
    actor("islamic-state", "Islamic State", ["IS"]),
  ]);

  it("prefers the longest name, so a name inside another is not counted twice", () => {
    expect(find("the Trump Administration decided", "doc")).toEqual(["administration"]);
    expect(find("Trump officials and Trump", "doc")).toEqual(["administration", "trump"]);
  });

  it("matches whole words only, case-sensitively", () => {
    expect(find("Iranian gas; THIS is", "doc")).toEqual([]);
    expect(find("the US-Iran conflict and IS––and Tehran’s", "doc")).toEqual([
      "iran",
      "islamic-state",
    ]);
  });

  it("matches a local alias only in its own document, a global alias everywhere", () => {
    const scoped = mentionFinder([
      {
        ...actor("trump", "Donald Trump", ["Trump"]),
        localAliases: [{ document: "doc-a", aliases: ["the president"] }],
      },
    ]);
    expect(scoped("as the president said", "doc-a")).toEqual(["trump"]);
    expect(scoped("as the president said", "doc-b")).toEqual([]);
    expect(scoped("Trump, as the president said", "doc-b")).toEqual(["trump"]);
  });
});
