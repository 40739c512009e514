import { z } from "zod";
import { MAX_HOPS, MAX_PATHS } from "@/lib/api/params/paths";
import {
  COLOR_MODES,
  SIZE_METRICS,
  type ColorMode,
  type SizeMetric,
} from "@/lib/explorer/encoding";
import { VIEW_ACTORS_MAX } from "@/lib/layout/budget";
import { periodSchema } from "@/lib/domain/periods";
import { ACTOR_KINDS, type ActorKind } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES, type EdgeFamily } from "@/lib/domain/relationship-families";

export const LAYOUTS = ["fcose", "concentric", "breadthfirst"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface Position {
  x: number;
  y: number;
}

export type Selection = { type: "node" | "edge"; id: string } | null;

/** A passage open in the reader pane beside the graph. */
export interface Reading {
  documentId: string;
  passageId: string;
}

export const TOOLS = ["paths"] as const;
export type Tool = (typeof TOOLS)[number];

export const PATH_FAMILIES = ["influence", "hostility"] as const;
export type PathFamily = (typeof PATH_FAMILIES)[number];

/** Everything a shared link reproduces. Absent fields mean "the default". */
export interface ViewState {
  focus: string | null;
  depth: 1 | 2 | 3;
  families: EdgeFamily[];
  kinds: ActorKind[];
  minWeight: 1 | 2 | 3;
  from: string | null;
  to: string | null;
  undated: boolean;
  layout: Layout;
  selection: Selection;
  expanded: string[];
  positions: Record<string, Position>;
  view: "graph" | "list";
  reading: Reading | null;
  /** The research tool open in the side panel (the path finder). */
  tool: Tool | null;
  pathFrom: string | null;
  pathTo: string | null;
  pathK: number;
  pathMaxHops: number;
  pathFamilies: PathFamily[];
  pathDirected: boolean;
  /** Which of the paths found is drawn, 0-based (1-based in the URL). */
  pathIndex: number;
  sizeBy: SizeMetric;
  colorBy: ColorMode;
  /** Without a focus: show the graph's `limit` best-connected actors instead of the default view. */
  limit: number | null;
  /** A community of the large-graph summary, opened (0 gathers the small clusters). */
  community: number | null;
}

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  depth: 1,
  families: [...EDGE_FAMILIES],
  kinds: [...ACTOR_KINDS],
  minWeight: 1,
  from: null,
  to: null,
  undated: true,
  layout: "fcose",
  selection: null,
  expanded: [],
  positions: {},
  view: "graph",
  reading: null,
  tool: null,
  pathFrom: null,
  pathTo: null,
  pathK: 3,
  pathMaxHops: 4,
  pathFamilies: [...PATH_FAMILIES],
  pathDirected: false,
  pathIndex: 0,
  sizeBy: "influenceGiven",
  colorBy: "kind",
  limit: null,
  community: null,
};

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) => (text === "" ? [] : text.split(",")))
    .pipe(z.array(z.enum(values)));

// Each field is parsed on its own, so one bad parameter in a hand-edited link falls back to its
// default instead of discarding the whole view.
const fields = {
  focus: z.string().min(1),
  depth: z.coerce.number().int().min(1).max(3),
  families: list(EDGE_FAMILIES as unknown as [EdgeFamily, ...EdgeFamily[]]),
  kinds: list(ACTOR_KINDS as unknown as [ActorKind, ...ActorKind[]]),
  minWeight: z.coerce.number().int().min(1).max(3),
  from: periodSchema,
  to: periodSchema,
  undated: z.enum(["0", "1"]).transform((flag) => flag === "1"),
  layout: z.enum(LAYOUTS),
  selection: z
    .string()
    .regex(/^[ne]:.+/)
    .transform((text) => ({
      type: text.startsWith("n:") ? ("node" as const) : ("edge" as const),
      id: text.slice(2),
    })),
  expanded: z.string().transform((text) => text.split(",").filter(Boolean)),
  positions: z.string().transform(parsePositions),
  view: z.enum(["graph", "list"]),
  // `read=<documentId>|<passageId>`: document ids never contain a bar.
  reading: z
    .string()
    .regex(/^[^|]+\|.+$/)
    .transform((text) => {
      const bar = text.indexOf("|");
      return { documentId: text.slice(0, bar), passageId: text.slice(bar + 1) };
    }),
  tool: z.enum(TOOLS),
  pathFrom: z.string().min(1),
  pathTo: z.string().min(1),
  pathK: z.coerce.number().int().min(1).max(MAX_PATHS),
  pathMaxHops: z.coerce.number().int().min(1).max(MAX_HOPS),
  pathFamilies: list(PATH_FAMILIES).refine((families) => families.length > 0),
  pathDirected: z.enum(["0", "1"]).transform((flag) => flag === "1"),
  pathIndex: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PATHS)
    .transform((n) => n - 1),
  sizeBy: z.enum(SIZE_METRICS),
  colorBy: z.enum(COLOR_MODES),
  limit: z.coerce.number().int().min(1).max(VIEW_ACTORS_MAX),
  community: z.coerce.number().int().min(0),
};

const PARAM: Record<keyof ViewState, string> = {
  focus: "focus",
  depth: "depth",
  families: "families",
  kinds: "kinds",
  minWeight: "minWeight",
  from: "from",
  to: "to",
  undated: "undated",
  layout: "layout",
  selection: "sel",
  expanded: "expand",
  positions: "pos",
  view: "view",
  reading: "read",
  tool: "tool",
  pathFrom: "pathFrom",
  pathTo: "pathTo",
  pathK: "k",
  pathMaxHops: "maxHops",
  pathFamilies: "pathFamilies",
  pathDirected: "directed",
  pathIndex: "path",
  sizeBy: "size",
  colorBy: "color",
  limit: "limit",
  community: "community",
};

export function parseViewState(params: URLSearchParams): ViewState {
  const state: Record<string, unknown> = { ...DEFAULT_VIEW };
  for (const [key, schema] of Object.entries(fields)) {
    const raw = params.get(PARAM[key as keyof ViewState]);
    if (raw === null) continue;
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (parsed.success) state[key] = parsed.data;
  }
  return state as unknown as ViewState;
}

/**
 * What a stored view may not hold: parameters the explorer does not know and values it would
 * drop (parseViewState forgives both in a hand-edited link; a saved view is checked instead).
 */
export function viewStateIssues(params: URLSearchParams): string[] {
  const fieldOf = new Map(Object.entries(PARAM).map(([field, name]) => [name, field]));
  return [...new Set(params.keys())].flatMap((name) => {
    const field = fieldOf.get(name) as keyof typeof fields | undefined;
    if (!field) return [`"${name}" is not a view parameter`];
    const valid = params.getAll(name).every((value) => fields[field].safeParse(value).success);
    return valid ? [] : [`"${name}" has a value the explorer cannot use`];
  });
}

export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: keyof ViewState, value: string) => params.set(PARAM[key], value);
  if (state.focus) set("focus", state.focus);
  if (state.focus && state.depth !== DEFAULT_VIEW.depth) set("depth", String(state.depth));
  if (!sameSet(state.families, DEFAULT_VIEW.families)) set("families", state.families.join(","));
  if (!sameSet(state.kinds, DEFAULT_VIEW.kinds)) set("kinds", state.kinds.join(","));
  if (state.minWeight !== 1) set("minWeight", String(state.minWeight));
  if (state.from) set("from", state.from);
  if (state.to) set("to", state.to);
  if (!state.undated) set("undated", "0");
  if (state.layout !== DEFAULT_VIEW.layout) set("layout", state.layout);
  if (state.selection) set("selection", `${state.selection.type[0]}:${state.selection.id}`);
  if (state.expanded.length > 0) set("expanded", state.expanded.join(","));
  if (Object.keys(state.positions).length > 0) set("positions", formatPositions(state.positions));
  if (state.view !== "graph") set("view", state.view);
  if (state.reading) set("reading", `${state.reading.documentId}|${state.reading.passageId}`);
  if (state.tool) set("tool", state.tool);
  if (state.pathFrom) set("pathFrom", state.pathFrom);
  if (state.pathTo) set("pathTo", state.pathTo);
  if (state.pathK !== DEFAULT_VIEW.pathK) set("pathK", String(state.pathK));
  if (state.pathMaxHops !== DEFAULT_VIEW.pathMaxHops) set("pathMaxHops", String(state.pathMaxHops));
  if (!sameSet(state.pathFamilies, DEFAULT_VIEW.pathFamilies)) {
    set("pathFamilies", state.pathFamilies.join(","));
  }
  if (state.pathDirected) set("pathDirected", "1");
  if (state.pathIndex > 0) set("pathIndex", String(state.pathIndex + 1));
  if (state.sizeBy !== DEFAULT_VIEW.sizeBy) set("sizeBy", state.sizeBy);
  if (state.colorBy !== DEFAULT_VIEW.colorBy) set("colorBy", state.colorBy);
  if (state.limit !== null) set("limit", String(state.limit));
  if (state.community !== null) set("community", String(state.community));
  return params;
}

export function viewHref(state: ViewState): string {
  const query = serializeViewState(state).toString();
  return query ? `/?${query}` : "/";
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

// Positions travel as `id_x_y` joined by `.`: ids are kebab-case slugs and coordinates whole
// numbers, so neither sign occurs in them, and URLSearchParams leaves both unescaped.
function formatPositions(positions: Record<string, Position>): string {
  return Object.entries(positions)
    .map(([id, { x, y }]) => `${id}_${Math.round(x)}_${Math.round(y)}`)
    .join(".");
}

function parsePositions(text: string): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const entry of text.split(".")) {
    const [id, x, y] = entry.split("_");
    const px = Number(x);
    const py = Number(y);
    if (id && Number.isFinite(px) && Number.isFinite(py) && x !== "" && y !== "") {
      positions[id] = { x: px, y: py };
    }
  }
  return positions;
}
