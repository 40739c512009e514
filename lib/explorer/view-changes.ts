import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { EdgeFamily } from "@/lib/domain/relationship-families";
import { DEFAULT_VIEW, type Position, type ViewState } from "@/lib/explorer/view-state";

/**
 * A change to the view: the fields it sets, or a function of the view it changes. A function is
 * applied to the latest view, including changes whose navigation has not landed yet, so two quick
 * changes (two drags, two expansions) never undo each other.
 */
export type ViewChange = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

export function applyViewChange(view: ViewState, change: ViewChange): ViewState {
  return { ...view, ...(typeof change === "function" ? change(view) : change) };
}

/** A view of the whole graph (or its summary) replaces the focus, expansions and drags. */
const FRESH_VIEW: Partial<ViewState> = {
  focus: null,
  selection: null,
  expanded: [],
  positions: {},
  limit: null,
  community: null,
};

/** Focusing on an actor: its neighbourhood afresh, with the actor selected. */
export function focusOn(actorId: string): Partial<ViewState> {
  return { ...FRESH_VIEW, focus: actorId, selection: { type: "node", id: actorId } };
}

/** Back to the overview at depth 1; the filters, encodings and tools stay as they are. */
export const RESET_VIEW: Partial<ViewState> = { ...FRESH_VIEW, depth: DEFAULT_VIEW.depth };

/** One part of a large graph: a community of its summary, its `limit` best-connected actors, or (neither) the summary. */
export function openPart(part: { community?: number; limit?: number }): Partial<ViewState> {
  return { ...FRESH_VIEW, community: part.community ?? null, limit: part.limit ?? null };
}

/**
 * Adding an actor's neighbours to the view (`all`: every one, not only the strongest), with the
 * actor selected. Expanding it again replaces its earlier entry.
 */
export function expandActor(actorId: string, all = false): ViewChange {
  return (view) => ({
    expanded: [
      ...view.expanded.filter((entry) => entry.replace(/\*$/, "") !== actorId),
      all ? `${actorId}*` : actorId,
    ],
    selection: { type: "node", id: actorId },
  });
}

/** An actor dragged to `position`: it stays there through later layouts and in the link. */
export function moveActor(actorId: string, position: Position): ViewChange {
  return (view) => ({ positions: { ...view.positions, [actorId]: position } });
}

/** The filters back to showing everything. */
export const CLEAR_FILTERS: Partial<ViewState> = {
  families: DEFAULT_VIEW.families,
  kinds: DEFAULT_VIEW.kinds,
  minWeight: DEFAULT_VIEW.minWeight,
  from: DEFAULT_VIEW.from,
  to: DEFAULT_VIEW.to,
  undated: DEFAULT_VIEW.undated,
};

export const HOSTILITY_ONLY: Partial<ViewState> = { families: ["hostility"] };

/** Showing (`on`) or hiding one relationship family. */
export function toggleFamily(family: EdgeFamily, on: boolean): ViewChange {
  return (view) => ({ families: toggled(view.families, family, on) });
}

/** Showing (`on`) or hiding one kind of actor. */
export function toggleKind(kind: ActorKind, on: boolean): ViewChange {
  return (view) => ({ kinds: toggled(view.kinds, kind, on) });
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const others = list.filter((x) => x !== item);
  return on ? [...others, item] : others;
}
