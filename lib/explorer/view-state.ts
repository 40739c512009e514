import { z } from "zod";
import { MAX_HOPS, MAX_PATHS } from "@/lib/api/params/paths";
import {
  COLOR_MODES,
  SIZE_METRICS,
  type ColorMode,
  type SizeMetric,
} from "@/lib/explorer/encoding";
import { VIEW_ACTORS_MAX } from "@/lib/layout/budget";
import { periodSchema } from "@/lib/domain/period-schema";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { EDGE_FAMILIES, RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

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

/** The research tools that can be open in the side panel (the path finder). */
export const TOOLS = ["paths"] as const;
export type Tool = (typeof TOOLS)[number];

/** One URL parameter of the view: its name, its value when absent, how it is read and written. */
interface ViewField<T> {
  key: string;
  default: T;
  /** Reads the parameter's text; a value it refuses falls back to the default. */
  schema: z.ZodType<T>;
  /** The parameter's text, or null to leave it out. A value equal to the default is always left out. */
  format: (value: T, view: { focus: string | null }) => string | null;
}

const field = <T>(spec: ViewField<T>) => spec;

const list = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .transform((text) => (text === "" ? [] : text.split(",")))
    .pipe(z.array(z.enum(values as readonly [T, ...T[]])));

const joined = (items: readonly string[]) => items.join(",");
const flag = z.enum(["0", "1"]).transform((text) => text === "1");
const formatFlag = (on: boolean) => (on ? "1" : "0");
const anyText = (text: string | null) => text || null;
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max);

/**
 * Everything a shared link reproduces, one row per URL parameter, in the order they are written.
 * The view state's type, its defaults, parsing, checking and serialising all derive from it.
 */
export const VIEW_FIELDS = {
  focus: field<string | null>({
    key: "focus",
    default: null,
    schema: z.string().min(1),
    format: anyText,
  }),
  depth: field<1 | 2 | 3>({
    key: "depth",
    default: 1,
    schema: int(1, 3).transform((n) => n as 1 | 2 | 3),
    // Depth only means something around a focus.
    format: (depth, view) => (view.focus ? String(depth) : null),
  }),
  families: field({
    key: "families",
    default: [...EDGE_FAMILIES],
    schema: list(EDGE_FAMILIES),
    format: joined,
  }),
  kinds: field({
    key: "kinds",
    default: [...ACTOR_KINDS],
    schema: list(ACTOR_KINDS),
    format: joined,
  }),
  minWeight: field<1 | 2 | 3>({
    key: "minWeight",
    default: 1,
    schema: int(1, 3).transform((n) => n as 1 | 2 | 3),
    format: String,
  }),
  from: field<string | null>({ key: "from", default: null, schema: periodSchema, format: anyText }),
  to: field<string | null>({ key: "to", default: null, schema: periodSchema, format: anyText }),
  undated: field({ key: "undated", default: true, schema: flag, format: formatFlag }),
  layout: field<Layout>({
    key: "layout",
    default: "fcose",
    schema: z.enum(LAYOUTS),
    format: String,
  }),
  selection: field<Selection>({
    key: "sel",
    default: null,
    schema: z
      .string()
      .regex(/^[ne]:.+/)
      .transform((text) => ({
        type: text.startsWith("n:") ? ("node" as const) : ("edge" as const),
        id: text.slice(2),
      })),
    format: (selection) => selection && `${selection.type[0]}:${selection.id}`,
  }),
  // An entry is an actor id, with `*` when all its neighbours were added.
  expanded: field<string[]>({
    key: "expand",
    default: [],
    schema: z.string().transform((text) => text.split(",").filter(Boolean)),
    format: joined,
  }),
  positions: field<Record<string, Position>>({
    key: "pos",
    default: {},
    schema: z.string().transform(parsePositions),
    format: formatPositions,
  }),
  view: field<"graph" | "list">({
    key: "view",
    default: "graph",
    schema: z.enum(["graph", "list"]),
    format: String,
  }),
  // `read=<documentId>|<passageId>`: document ids never contain a bar.
  reading: field<Reading | null>({
    key: "read",
    default: null,
    schema: z
      .string()
      .regex(/^[^|]+\|.+$/)
      .transform((text) => {
        const bar = text.indexOf("|");
        return { documentId: text.slice(0, bar), passageId: text.slice(bar + 1) };
      }),
    format: (reading) => reading && `${reading.documentId}|${reading.passageId}`,
  }),
  tool: field<Tool | null>({ key: "tool", default: null, schema: z.enum(TOOLS), format: anyText }),
  pathFrom: field<string | null>({
    key: "pathFrom",
    default: null,
    schema: z.string().min(1),
    format: anyText,
  }),
  pathTo: field<string | null>({
    key: "pathTo",
    default: null,
    schema: z.string().min(1),
    format: anyText,
  }),
  pathK: field<number>({ key: "k", default: 3, schema: int(1, MAX_PATHS), format: String }),
  pathMaxHops: field<number>({
    key: "maxHops",
    default: 4,
    schema: int(1, MAX_HOPS),
    format: String,
  }),
  pathFamilies: field({
    key: "pathFamilies",
    default: [...RELATIONSHIP_FAMILIES],
    schema: list(RELATIONSHIP_FAMILIES).refine((families) => families.length > 0),
    format: joined,
  }),
  pathDirected: field({ key: "directed", default: false, schema: flag, format: formatFlag }),
  // Which of the paths found is drawn: 0-based here, 1-based in the URL.
  pathIndex: field<number>({
    key: "path",
    default: 0,
    schema: int(1, MAX_PATHS).transform((n) => n - 1),
    format: (index) => (index > 0 ? String(index + 1) : null),
  }),
  sizeBy: field<SizeMetric>({
    key: "size",
    default: "influenceGiven",
    schema: z.enum(SIZE_METRICS),
    format: String,
  }),
  colorBy: field<ColorMode>({
    key: "color",
    default: "kind",
    schema: z.enum(COLOR_MODES),
    format: String,
  }),
  // Without a focus: show the graph's `limit` best-connected actors instead of the default view;
  // with one, its neighbourhood cut to `limit` actors instead of WHOLE_GRAPH_LIMIT ("show more").
  limit: field<number | null>({
    key: "limit",
    default: null,
    schema: int(1, VIEW_ACTORS_MAX),
    format: (limit) => (limit === null ? null : String(limit)),
  }),
  // A community of the large-graph summary, opened (0 gathers the small clusters).
  community: field<number | null>({
    key: "community",
    default: null,
    schema: int(0),
    format: (community) => (community === null ? null : String(community)),
  }),
};

type Fields = typeof VIEW_FIELDS;
type FieldName = keyof Fields;

/** Everything a shared link reproduces. Absent parameters mean "the default". */
export type ViewState = { [K in FieldName]: Fields[K]["default"] };

const FIELD_NAMES = Object.keys(VIEW_FIELDS) as FieldName[];
const fieldOf = (name: FieldName) => VIEW_FIELDS[name] as ViewField<unknown>;
const FIELD_BY_KEY = new Map(FIELD_NAMES.map((name) => [fieldOf(name).key, fieldOf(name)]));

const copy = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

export const DEFAULT_VIEW: ViewState = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, copy(fieldOf(name).default)]),
) as ViewState;

// Each field is parsed on its own, so one bad parameter in a hand-edited link falls back to its
// default instead of discarding the whole view.
export function parseViewState(params: URLSearchParams): ViewState {
  return Object.fromEntries(
    FIELD_NAMES.map((name) => {
      const spec = fieldOf(name);
      const raw = params.get(spec.key);
      const parsed = raw === null ? null : spec.schema.safeParse(raw);
      return [name, parsed?.success ? parsed.data : copy(spec.default)];
    }),
  ) as ViewState;
}

/**
 * What a stored view may not hold: parameters the explorer does not know and values it would
 * drop (parseViewState forgives both in a hand-edited link; a saved view is checked instead).
 */
export function viewStateIssues(params: URLSearchParams): string[] {
  return [...new Set(params.keys())].flatMap((key) => {
    const spec = FIELD_BY_KEY.get(key);
    if (!spec) return [`"${key}" is not a view parameter`];
    const valid = params.getAll(key).every((value) => spec.schema.safeParse(value).success);
    return valid ? [] : [`"${key}" has a value the explorer cannot use`];
  });
}

export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FIELD_NAMES) {
    const spec = fieldOf(name);
    const value: unknown = state[name];
    if (sameValue(value, spec.default)) continue;
    const text = spec.format(value, state);
    if (text !== null) params.set(spec.key, text);
  }
  return params;
}

export function viewHref(state: ViewState): string {
  const query = serializeViewState(state).toString();
  return query ? `/?${query}` : "/";
}

/** Lists compare as sets (the order of checked filters means nothing); records by their entries. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item) => b.includes(item));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return a === b;
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
