import {
  EDGE_FAMILIES,
  HOSTILITY_KINDS,
  INFLUENCE_KINDS,
  type EdgeFamily,
} from "@/lib/domain/relationship-families";
import type { TextSpan } from "@/lib/curation/citation-span";
import type { ClaimDecisionRequest, CreateClaimRequest } from "@/lib/curation/schemas";
import type { ClaimPolarity, ClaimView, EdgeEvidence } from "@/lib/curation/types";

/*
 * The claim editor's state as pure functions: a draft from a claim or a selection, what it still
 * lacks, the changes an accept or an edit sends, the kinds it offers.
 */

export interface ClaimActor {
  id: string;
  name: string;
}

export interface ClaimDraft {
  subject: ClaimActor | null;
  object: ClaimActor | null;
  family: EdgeFamily | null;
  kind: string | null;
  polarity: ClaimPolarity;
  hedged: boolean;
  weight: number | null;
  summary: string;
  citations: TextSpan[];
  /** The existing edge this claim corroborates or disputes; null: its own edge of its kind. */
  edgeId: string | null;
}

/** Roles a membership is often recorded with; any other is typed in. */
export const MEMBERSHIP_KIND_SUGGESTIONS = [
  "member",
  "commander",
  "deputy commander",
  "leader",
  "founder",
  "spokesperson",
] as const;

export function draftFromClaim(claim: ClaimView): ClaimDraft {
  return {
    subject: claim.subject,
    object: claim.object,
    family: claim.family,
    kind: claim.kind,
    polarity: claim.polarity,
    hedged: claim.hedged,
    weight: claim.weight,
    summary: claim.summary ?? "",
    citations: claim.citations.map(({ start, end }) => ({ start, end })),
    edgeId: claim.edgeId,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The actors whose names the span contains, in the order they first appear. */
export function actorsInSpan(text: string, span: TextSpan, actors: ClaimActor[]): ClaimActor[] {
  const slice = text.slice(span.start, span.end);
  return actors
    .filter((actor) => actor.name.trim().length >= 2)
    .map((actor) => {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(actor.name.trim())}(?![\\p{L}\\p{N}])`,
        "iu",
      );
      return { actor, at: slice.search(pattern) };
    })
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at || b.actor.name.length - a.actor.name.length)
    .map(({ actor }) => actor);
}

/** A claim by hand from a selection: subject and object the first two actors it names. */
export function draftFromSelection(text: string, span: TextSpan, actors: ClaimActor[]): ClaimDraft {
  const named = actorsInSpan(text, span, actors);
  return {
    subject: named[0] ?? null,
    object: named[1] ?? null,
    family: null,
    kind: null,
    polarity: "asserts",
    hedged: false,
    weight: null,
    summary: "",
    citations: [span],
    edgeId: null,
  };
}

/** What the draft lacks before it can be saved, for the disabled button to say. */
export function missingForSave(draft: ClaimDraft): string[] {
  return [
    draft.citations.length === 0 && "a citation",
    !draft.subject && "a subject",
    !draft.object && "an object",
    !draft.family && "a family",
    !draft.kind?.trim() && "a kind",
    draft.weight === null && "a weight",
  ].filter((item): item is string => typeof item === "string");
}

/** "Needs a subject and a kind." */
export function missingSentence(missing: string[]): string {
  if (missing.length === 0) return "";
  const last = missing.at(-1);
  const list = missing.length === 1 ? last : `${missing.slice(0, -1).join(", ")} and ${last}`;
  return `Needs ${list}.`;
}

/** The create body, once nothing is missing. */
export function createRequestOf(draft: ClaimDraft): CreateClaimRequest | null {
  const { subject, object, family, kind, weight } = draft;
  if (!subject || !object || !family || !kind?.trim() || weight === null) return null;
  if (draft.citations.length === 0) return null;
  return {
    subjectId: subject.id,
    objectId: object.id,
    family,
    kind: kind.trim(),
    polarity: draft.polarity,
    hedged: draft.hedged,
    weight,
    summary: draft.summary.trim() || null,
    citations: draft.citations.map(({ start, end }) => ({ start, end })),
    edgeId: draft.edgeId,
  };
}

export type ClaimChanges = NonNullable<
  Extract<ClaimDecisionRequest, { action: "edit" }>["changes"]
>;

/** The fields the draft changes on the claim (only those), for an accept's or an edit's `changes`. */
export function draftChanges(claim: ClaimView, draft: ClaimDraft): ClaimChanges {
  const changes: ClaimChanges = {};
  if (draft.subject && draft.subject.id !== claim.subject.id) changes.subjectId = draft.subject.id;
  if (draft.object && draft.object.id !== claim.object.id) changes.objectId = draft.object.id;
  if (draft.family && draft.family !== claim.family) changes.family = draft.family;
  const kind = draft.kind?.trim();
  if (kind && kind !== claim.kind) changes.kind = kind;
  if (draft.polarity !== claim.polarity) changes.polarity = draft.polarity;
  if (draft.hedged !== claim.hedged) changes.hedged = draft.hedged;
  if (draft.weight !== null && draft.weight !== claim.weight) changes.weight = draft.weight;
  const summary = draft.summary.trim() || null;
  if (summary !== (claim.summary ?? null)) changes.summary = summary;
  const cited = (spans: TextSpan[]) => spans.map(({ start, end }) => `${start}-${end}`).join(",");
  if (draft.citations.length > 0 && cited(draft.citations) !== cited(claim.citations)) {
    changes.citations = draft.citations.map(({ start, end }) => ({ start, end }));
  }
  if (draft.edgeId !== claim.edgeId) changes.edgeId = draft.edgeId;
  return changes;
}

/** The family a kind names: the lists are disjoint; anything else is a membership role. */
export function familyOfKind(kind: string): EdgeFamily {
  if ((INFLUENCE_KINDS as readonly string[]).includes(kind)) return "influence";
  if ((HOSTILITY_KINDS as readonly string[]).includes(kind)) return "hostility";
  return "membership";
}

const FAMILY_KINDS: Record<EdgeFamily, readonly string[]> = {
  influence: INFLUENCE_KINDS,
  hostility: HOSTILITY_KINDS,
  membership: MEMBERSHIP_KIND_SUGGESTIONS,
};

export interface KindOption {
  kind: string;
  family: EdgeFamily;
  recent: boolean;
}

/**
 * The kinds the picker lists for a family (every family's when none is chosen yet): the recent
 * ones first, most recent first, then the family's own in their order; `query` keeps those that
 * contain it.
 */
export function kindOptions(
  family: EdgeFamily | null,
  recentKinds: string[],
  query: string,
): KindOption[] {
  const families = family ? [family] : EDGE_FAMILIES;
  const fits = (kind: string) => families.includes(familyOfKind(kind));
  const seen = new Set<string>();
  const options: KindOption[] = [];
  for (const kind of recentKinds) {
    if (!seen.has(kind) && fits(kind))
      options.push({ kind, family: familyOfKind(kind), recent: true });
    seen.add(kind);
  }
  for (const each of families) {
    for (const kind of FAMILY_KINDS[each]) {
      if (!seen.has(kind)) options.push({ kind, family: each, recent: false });
      seen.add(kind);
    }
  }
  const needle = query.trim().toLowerCase();
  return needle ? options.filter((option) => option.kind.toLowerCase().includes(needle)) : options;
}

/** `f`: the next family; a kind that does not belong to it is cleared. */
export function cycleFamily(draft: ClaimDraft): ClaimDraft {
  const index = draft.family ? EDGE_FAMILIES.indexOf(draft.family) : -1;
  const family = EDGE_FAMILIES[(index + 1) % EDGE_FAMILIES.length] ?? "influence";
  return withFamily(draft, family);
}

export function withFamily(draft: ClaimDraft, family: EdgeFamily): ClaimDraft {
  const kind = draft.kind && familyOfKind(draft.kind) === family ? draft.kind : null;
  return { ...draft, family, kind, edgeId: null };
}

/** A kind chosen from the list sets its family too. */
export function withKind(draft: ClaimDraft, kind: string, family?: EdgeFamily): ClaimDraft {
  const chosen = family ?? (draft.family === "membership" ? "membership" : familyOfKind(kind));
  return { ...draft, kind, family: chosen, edgeId: null };
}

/** `s`: subject and object change places; an edge chosen for the old direction no longer fits. */
export function swapDirection(draft: ClaimDraft): ClaimDraft {
  return { ...draft, subject: draft.object, object: draft.subject, edgeId: null };
}

export type EvidenceChoice = "corroborate" | "dispute" | "another";

/**
 * What the claim does to an edge already on the pair: corroborate it (its kind, this edge), dispute
 * it (polarity denies, this edge) or stand as another kind (no edge chosen).
 */
export function chooseEvidence(
  draft: ClaimDraft,
  choice: EvidenceChoice,
  edge: EdgeEvidence | null,
): ClaimDraft {
  if (choice === "another" || !edge) {
    return {
      ...draft,
      edgeId: null,
      polarity: draft.polarity === "denies" ? "asserts" : draft.polarity,
    };
  }
  return {
    ...draft,
    family: edge.family,
    kind: edge.kind,
    edgeId: edge.id,
    polarity:
      choice === "dispute" ? "denies" : draft.polarity === "denies" ? "asserts" : draft.polarity,
  };
}

/** The choice the draft stands for, read back for the radio buttons. */
export function evidenceChoiceOf(draft: ClaimDraft, edgeId: string): EvidenceChoice | null {
  if (draft.edgeId !== edgeId) return null;
  return draft.polarity === "denies" ? "dispute" : "corroborate";
}

export type ClaimFormField =
  | "citations"
  | "subject"
  | "object"
  | "family"
  | "kind"
  | "weight"
  | "polarity"
  | "summary"
  | "edgeId"
  | "reason";

const FIELD_NAMES: Record<string, ClaimFormField> = {
  citations: "citations",
  subjectId: "subject",
  objectId: "object",
  family: "family",
  kind: "kind",
  weight: "weight",
  polarity: "polarity",
  hedged: "polarity",
  summary: "summary",
  edgeId: "edgeId",
  reason: "reason",
};

/** The editor field an API error names ("changes.citations.0.end" → citations). */
export function claimFormField(field: string | null): ClaimFormField | null {
  if (!field) return null;
  const parts = field.split(".").filter((part) => part !== "changes" && part !== "body");
  return FIELD_NAMES[parts[0] ?? ""] ?? null;
}
