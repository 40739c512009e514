import type { MentionGroup, MentionStatus } from "@/lib/curation/types";

export const STATUS_NAMES: Record<MentionStatus, string> = {
  open: "open",
  suggested: "suggested",
  linked: "linked",
  rejected: "not an actor",
};

/** Undecided groups first, then in the order they first appear in the text. */
const STATUS_ORDER: Record<MentionStatus, number> = {
  suggested: 0,
  open: 1,
  linked: 2,
  rejected: 3,
};

export function groupKey(group: MentionGroup): string {
  return `${group.status}\u0000${group.actorId ?? ""}\u0000${group.surface}`;
}

export function sortGroups(groups: MentionGroup[]): MentionGroup[] {
  const first = (group: MentionGroup) => Math.min(...group.mentions.map((m) => m.start));
  return [...groups].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || first(a) - first(b),
  );
}

/** "Tehran ×7 → Iran · alias 'Tehran'" */
export function groupLabel(group: MentionGroup, actorName: string | null): string {
  const target = actorName ? ` → ${actorName}` : "";
  return `${group.surface} ×${group.mentions.length}${target} · ${group.reason}`;
}

export function isDecided(status: MentionStatus): boolean {
  return status === "linked" || status === "rejected";
}
