/**
 * Which audit entries `POST /api/history/{id}/revert` can undo: claim decisions and reverts of
 * them. Mention decisions re-run the analysis and teach aliases, so undoing one is the mention
 * tab's own "reopen", not a revert (yet).
 */
export const isRevertable = (entry: { action: string; outcome: string }): boolean =>
  entry.outcome === "ok" && (entry.action.startsWith("claim.") || entry.action === "revert");
