import type { ChangeEntry } from "@/lib/audit/audit-history";

type State = {
  id: string;
  status?: string;
  subjectId?: string;
  objectId?: string;
  kind?: string | null;
  actorId?: string | null;
};

const list = (value: unknown): State[] =>
  Array.isArray(value) ? (value as State[]).filter((s) => s && typeof s.id === "string") : [];

/** The states an entry recorded after it: a claim entry's `after.claims`, a mention entry's list. */
const afterStates = (entry: ChangeEntry): State[] =>
  Array.isArray(entry.after)
    ? list(entry.after)
    : list((entry.after as { claims?: unknown } | null)?.claims);

const label = (state: State) =>
  state.subjectId
    ? `${state.subjectId} → ${state.objectId}${state.kind ? ` (${state.kind})` : ""}`
    : state.id;

/** One line per thing an entry changed: "united-states → iran (sanctions): proposed → accepted". */
export function historyLines(entry: ChangeEntry): string[] {
  const before = new Map(list(entry.before).map((state) => [state.id, state]));
  const lines = afterStates(entry).map((now) => {
    const was = before.get(now.id);
    const from = was ? (was.status ?? "?") : "new";
    const linked = now.actorId && now.actorId !== was?.actorId ? `, linked to ${now.actorId}` : "";
    return `${label(now)}: ${from} → ${now.status ?? "?"}${linked}`;
  });
  const params = entry.params as {
    entryId?: string;
    action?: string;
    revertOf?: string;
    survivorId?: string;
    mergedId?: string;
    mergeId?: string;
  } | null;
  if (entry.action === "actor.merge") {
    lines.unshift(`${params?.mergedId ?? "?"} merged into ${params?.survivorId ?? "?"}`);
  }
  if (entry.action === "actor.unmerge") lines.unshift(`undoes the merge ${params?.mergeId ?? "?"}`);
  if (entry.action === "revert") {
    lines.unshift(`reverts ${params?.action ?? "an entry"} (${params?.entryId ?? "?"})`);
  }
  if (params?.revertOf) lines.push(`reverts the entry ${params.revertOf}`);
  return lines;
}
