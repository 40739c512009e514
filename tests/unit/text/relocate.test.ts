import { relocateSpans } from "@/lib/text/relocate";

const span = (text: string, needle: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(needle, at + 1);
  return { start: at, end: at + needle.length };
};
const whole = (text: string) => ({ start: 0, end: text.length });

describe("relocateSpans", () => {
  const before = "Iran backs the militias. Tehran denied it. Later Iran said nothing at all.";
  it("moves spans whose text and context are found once, with their new offsets", () => {
    const after = `A correction was added at the top. ${before}`;
    const spans = [span(before, "Tehran"), span(before, "Iran", 1)];
    const moved = relocateSpans(before, whole(before), after, whole(after), spans);
    expect(moved.map((m) => m.moved)).toEqual([true, true]);
    for (const m of moved) {
      if (!m.moved) throw new Error("not moved");
      expect(after.slice(m.to.start, m.to.end)).toBe(before.slice(m.span.start, m.span.end));
    }
    // The second "Iran" is placed by its context, not confused with the first.
    const second = moved[1]!;
    expect(second.moved && second.to.start).toBe(after.indexOf("Later Iran") + "Later ".length);
  });

  it("sends a span to review when its text is gone or only ambiguous matches remain", () => {
    const after = "Iran backs the militias, it said. Iran said nothing. Iran waited.";
    const moved = relocateSpans(before, whole(before), after, whole(after), [
      span(before, "Tehran"),
      span(before, "Iran", 1),
    ]);
    expect(moved.map((m) => (m.moved ? "moved" : m.reason))).toEqual([
      "its text is not in the corrected version",
      "its words changed around it, and its text occurs 3 times",
    ]);
  });

  it("only looks inside the new body", () => {
    const after = `Tehran in a footer.\n\nThe body. ${before.replace("Tehran", "Iran’s government")}`;
    const body = { start: after.indexOf("The body."), end: after.length };
    const [tehran] = relocateSpans(before, whole(before), after, body, [span(before, "Tehran")]);
    expect(tehran!.moved).toBe(false);
  });
});
