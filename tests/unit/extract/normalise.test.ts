import { normaliseText } from "@/lib/documents/extract/normalise";

describe("normaliseText", () => {
  it("joins wrapped lines, removes end-of-line hyphenation and keeps paragraphs", () => {
    const raw =
      "The ministry said on Tuesday that the talks on the\n" +
      "nuclear programme would resume next week, and that influ-\n" +
      "ence from Tehran was not a factor.\n" +
      "\n" +
      "A second paragraph follows here.";
    const { text, report } = normaliseText(raw);
    expect(text).toBe(
      "The ministry said on Tuesday that the talks on the nuclear programme would resume next " +
        "week, and that influence from Tehran was not a factor.\n\nA second paragraph follows here.",
    );
    expect(report).toEqual({
      linesJoined: 2,
      hyphenationsRemoved: 1,
      whitespaceCollapsed: 0,
      controlCharactersRemoved: 0,
      paragraphs: 2,
      characters: text.length,
    });
  });

  it("counts collapsed whitespace, removed control characters and CRLF line ends", () => {
    const raw = "  First\t\tline  of\u00a0text.\u0007\r\n\r\n\r\n\r\nSecond\u200b paragraph.  ";
    const { text, report } = normaliseText(raw);
    expect(text).toBe("First line of text.\n\nSecond paragraph.");
    // "\t\t", "  " inside, the no-break space; both trimmed line edges; the extra blank lines.
    expect(report.whitespaceCollapsed).toBe(3 + 2 + 1);
    expect(report.controlCharactersRemoved).toBe(2);
    expect(report.linesJoined).toBe(0);
    expect(report.paragraphs).toBe(2);
  });

  it("keeps pasted paragraphs separated by single line breaks", () => {
    const paragraphs = [
      "Iran's foreign minister said the strike was an act of international terrorism and that the United States would bear responsibility for all consequences of its rogue adventurism.",
      "Iraq's parliament voted on Sunday to ask the government to end the presence of foreign troops.",
      "Short one.",
    ];
    const { text, report } = normaliseText(paragraphs.join("\n"));
    expect(text).toBe(paragraphs.join("\n\n"));
    expect(report.linesJoined).toBe(0);
  });

  it("keeps short sentence-final lines as paragraph ends in hard-wrapped text", () => {
    const raw =
      "The first paragraph is wrapped at a width of about sixty\n" +
      "characters and ends here.\n" +
      "The second one starts on the very next line without a gap\n" +
      "and ends as well.";
    const { text, report } = normaliseText(raw);
    expect(text.split("\n\n")).toHaveLength(2);
    expect(report.linesJoined).toBe(2);
  });

  it("removes a hyphen only between a letter and a lower-case letter", () => {
    expect(normaliseText("the pro-\nIranian militias").text).toBe("the pro- Iranian militias");
    expect(normaliseText("in 2019-\n2020 the").text).toBe("in 2019- 2020 the");
    expect(normaliseText("influ-\nence").report.hyphenationsRemoved).toBe(1);
  });

  it("keeps list items and headings on their own", () => {
    const { text } = normaliseText("# Heading\nIntro text\n- one\n- two");
    expect(text).toBe("# Heading\n\nIntro text\n\n- one\n\n- two");
  });

  it("applies NFC", () => {
    expect(normaliseText("Soleimani cafe\u0301").text).toBe("Soleimani café");
  });
});
