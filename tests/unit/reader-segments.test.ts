import type { ActorSummary, Passage } from "@/lib/graph/types";
import { findMentions, segmentDocument } from "@/lib/reader/segments";

const text = "Header\n\nThe president met Iran. Then Iran and the US talked.\nLast line here.";
const body = { start: 8, end: text.length };
const at = (fragment: string) => text.indexOf(fragment);

const passage = (id: string, fragment: string, actorIds: string[]): Passage => ({
  id,
  start: at(fragment),
  end: at(fragment) + fragment.length,
  actorIds,
  relationshipIds: [],
  membershipIds: [],
});

const actors: ActorSummary[] = [
  { id: "iran", name: "Iran", kind: "state", aliases: [], description: "" },
  { id: "us", name: "United States", kind: "state", aliases: ["the US", "US"], description: "" },
  {
    id: "trump",
    name: "Donald Trump",
    kind: "person",
    aliases: ["The president"],
    description: "",
  },
];

describe("reader segments", () => {
  const passages = [
    passage("p1", "The president met Iran.", ["iran"]),
    passage("p2", "Iran. Then Iran and the US", ["iran", "us"]),
  ];

  it("links only the actors a passage mentions, longest alias first", () => {
    const mentions = findMentions(text, passages, actors);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.actorId])).toEqual([
      ["Iran", "iran"],
      ["Iran", "iran"],
      ["the US", "us"],
    ]);
  });

  it("splits the body into paragraphs and cuts where passages overlap", () => {
    const paragraphs = segmentDocument(text, body, passages, actors);
    expect(paragraphs).toHaveLength(2);
    const first = paragraphs[0]?.segments ?? [];
    expect(first.map((s) => s.text).join("")).toBe(
      "The president met Iran. Then Iran and the US talked.",
    );
    const overlap = first.find((s) => s.text === "Iran");
    expect(overlap?.passageIds).toEqual(["p1", "p2"]);
    expect(overlap?.actorId).toBe("iran");
    expect(first.at(-1)).toMatchObject({ text: " talked.", passageIds: [] });
    expect(paragraphs[1]?.segments).toEqual([
      {
        start: at("Last"),
        end: text.length,
        text: "Last line here.",
        passageIds: [],
        actorId: null,
      },
    ]);
  });
});
