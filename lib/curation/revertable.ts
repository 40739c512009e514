/**
 * What `POST /api/history/{id}/revert` does with an entry (docs/curation.md "History and
 * revert"): claim decisions and mention decisions are put back by their own kind of revert, and a
 * revert of either is reverted the same way (its `params.kind`; reverts written before mention
 * reverts existed were all of claims); a merge is undone by unmerging it, an unmerge by merging
 * again. Anything else (documents, accounts, the console) is not revertable. Pure, for the
 * history lists' Revert buttons too.
 */
export type RevertKind = "claims" | "mentions" | "merge" | "unmerge";

export function revertKind(entry: {
  action: string;
  outcome: string;
  params?: unknown;
}): RevertKind | null {
  if (entry.outcome !== "ok") return null;
  if (entry.action.startsWith("claim.")) return "claims";
  if (entry.action.startsWith("mention.")) return "mentions";
  if (entry.action === "actor.merge") return "merge";
  if (entry.action === "actor.unmerge") return "unmerge";
  if (entry.action === "revert") {
    const kind = (entry.params as { kind?: unknown } | null)?.kind;
    return kind === "mentions" ? "mentions" : "claims";
  }
  return null;
}

export const isRevertable = (entry: { action: string; outcome: string; params?: unknown }) =>
  revertKind(entry) !== null;
