import { segmentMentions } from "@/lib/reader/mention-segments";

const TEXT = "Menu\n\nTehran said Iran would answer.\nWashington waited.";

describe("segmentMentions", () => {
  it("cuts the body into paragraphs of plain runs and mentions, outside the body left out", () => {
    const body = { start: 6, end: TEXT.length };
    const tehran = { id: "m1", start: 6, end: 12 };
    const iran = { id: "m2", start: 18, end: 22 };
    const washington = { id: "m3", start: 37, end: 47 };
    const paragraphs = segmentMentions(TEXT, body, [washington, iran, tehran]);
    expect(paragraphs).toEqual([
      {
        start: 6,
        segments: [
          { start: 6, text: "Tehran", mentionId: "m1" },
          { start: 12, text: " said ", mentionId: null },
          { start: 18, text: "Iran", mentionId: "m2" },
          { start: 22, text: " would answer.", mentionId: null },
        ],
      },
      {
        start: 37,
        segments: [
          { start: 37, text: "Washington", mentionId: "m3" },
          { start: 47, text: " waited.", mentionId: null },
        ],
      },
    ]);
  });

  it("leaves out a mention that overlaps an earlier one", () => {
    const [paragraph] = segmentMentions("Qassem Soleimani", { start: 0, end: 16 }, [
      { id: "whole", start: 0, end: 16 },
      { id: "part", start: 7, end: 16 },
    ]);
    expect(paragraph?.segments).toEqual([
      { start: 0, text: "Qassem Soleimani", mentionId: "whole" },
    ]);
  });
});
