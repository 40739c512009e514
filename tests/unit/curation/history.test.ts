import { aboutRefs } from "@/lib/audit/audit-about";
import { entryHistoryQuerySchema } from "@/lib/curation/history-params";
import { historyLines } from "@/lib/curation/history-lines";
import { isRevertable, revertKind } from "@/lib/curation/revertable";

describe("the history's parts", () => {
  it("names each thing an entry is about once, empties dropped", () => {
    expect(
      aboutRefs({ documents: ["d"], actors: ["iran", "iran", null], edges: ["e", undefined] }),
    ).toEqual(["document:d", "actor:iran", "edge:e"]);
    expect(aboutRefs(undefined)).toEqual([]);
    expect(aboutRefs({ entries: ["e1", null] })).toEqual(["entry:e1"]);
  });

  it("reads one subject (relationship → edge), or none for the feed", () => {
    expect(entryHistoryQuerySchema.parse({ relationship: "a-b", user: "u" })).toEqual({
      about: { kind: "edge", id: "a-b" },
      user: "u",
      limit: 50,
      offset: 0,
    });
    expect(entryHistoryQuerySchema.parse({}).about).toBeUndefined();
    const two = entryHistoryQuerySchema.safeParse({ document: "d", claim: "c" });
    expect(two.success).toBe(false);
    expect(two.error?.issues[0]).toMatchObject({ path: ["claim"] });
  });

  it("describes what changed, and which entries can be reverted", () => {
    const entry = {
      id: "x",
      at: "2020-01-01T00:00:00.000Z",
      user: "u",
      role: "curator",
      action: "revert",
      target: "d",
      before: [{ id: "c", status: "accepted" }],
      after: {
        claims: [
          { id: "c", status: "proposed", subjectId: "iran", objectId: "iraq", kind: "backs" },
        ],
      },
      params: { entryId: "y", action: "claim.accept" },
      outcome: "ok" as const,
      revertedBy: null,
    };
    expect(historyLines(entry)).toEqual([
      "reverts claim.accept (y)",
      "iran → iraq (backs): accepted → proposed",
    ]);
    expect(revertKind(entry)).toBe("claims");
    expect(revertKind({ action: "mention.link", outcome: "ok" })).toBe("mentions");
    expect(
      revertKind({ action: "revert", outcome: "ok", params: { entryId: "z", kind: "mentions" } }),
    ).toBe("mentions");
    expect(revertKind({ action: "actor.merge", outcome: "ok" })).toBe("merge");
    expect(revertKind({ action: "actor.unmerge", outcome: "ok" })).toBe("unmerge");
    expect(isRevertable({ action: "document.freeze", outcome: "ok" })).toBe(false);
    expect(isRevertable({ action: "actor.create", outcome: "ok" })).toBe(false);
    expect(isRevertable({ action: "claim.accept", outcome: "error" })).toBe(false);
  });
});
