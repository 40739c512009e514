import { type DatePeriod } from "@/lib/seed/schema";
import type { Random } from "@/lib/synthetic/random";
import { MONTH_NAMES } from "@/lib/domain/periods";
import { ACTOR_KINDS, type ActorKind } from "@/lib/domain/actor-kinds";
import {
  type HostilityKind,
  type InfluenceKind,
  type RelationshipFamily,
} from "@/lib/domain/relationship-families";

type Kinds = ActorKind[] | null;
type KindRule<K> = { kind: K; weight: number; sources: Kinds; targets: Kinds; verb: string };

const ANY: Kinds = null;
const NOT_COMMUNITY: ActorKind[] = ACTOR_KINDS.filter((kind) => kind !== "community");
const ARMED: ActorKind[] = ["military", "armed-group"];
const POWERS: ActorKind[] = ["state", "government-body", "military", "organisation"];

/** Which kinds of actor make each kind of claim, how often, and how a sentence says it. */
const INFLUENCE: KindRule<InfluenceKind>[] = [
  { kind: "supports", weight: 14, sources: ANY, targets: ANY, verb: "supports" },
  { kind: "cooperates-with", weight: 12, sources: ANY, targets: ANY, verb: "cooperates with" },
  {
    kind: "backs",
    weight: 10,
    sources: [...POWERS, "armed-group", "political-movement"],
    targets: ["armed-group", "political-movement", "person", "government-body", "community"],
    verb: "backs",
  },
  { kind: "pressures", weight: 9, sources: NOT_COMMUNITY, targets: ANY, verb: "pressures" },
  {
    kind: "negotiates-with",
    weight: 8,
    sources: NOT_COMMUNITY,
    targets: NOT_COMMUNITY,
    verb: "negotiates with",
  },
  {
    kind: "allies-with",
    weight: 6,
    sources: NOT_COMMUNITY,
    targets: NOT_COMMUNITY,
    verb: "is allied with",
  },
  {
    kind: "advises",
    weight: 5,
    sources: ["person", "organisation", "government-body"],
    targets: NOT_COMMUNITY,
    verb: "advises",
  },
  {
    kind: "funds-or-supplies",
    weight: 5,
    sources: [...POWERS, "armed-group"],
    targets: ANY,
    verb: "funds and supplies",
  },
  {
    kind: "cultivates",
    weight: 5,
    sources: ["state", "person", "organisation", "armed-group"],
    targets: ANY,
    verb: "cultivates ties with",
  },
  { kind: "encourages", weight: 4, sources: ANY, targets: ANY, verb: "encourages" },
  { kind: "courts", weight: 4, sources: NOT_COMMUNITY, targets: ANY, verb: "courts" },
  {
    kind: "commands",
    weight: 3,
    sources: ["person", "military", "government-body", "state"],
    targets: ARMED,
    verb: "commands",
  },
  {
    kind: "trains",
    weight: 3,
    sources: ["military", "armed-group", "state"],
    targets: ARMED,
    verb: "trains the forces of",
  },
];

const HOSTILITY: KindRule<HostilityKind>[] = [
  { kind: "opposes", weight: 14, sources: ANY, targets: ANY, verb: "opposes" },
  { kind: "criticises", weight: 12, sources: ANY, targets: ANY, verb: "criticises" },
  { kind: "rivals", weight: 8, sources: NOT_COMMUNITY, targets: NOT_COMMUNITY, verb: "rivals" },
  { kind: "threatens", weight: 7, sources: NOT_COMMUNITY, targets: ANY, verb: "threatens" },
  {
    kind: "attacks",
    weight: 6,
    sources: ["military", "armed-group", "state"],
    targets: ANY,
    verb: "attacks",
  },
  { kind: "fights", weight: 5, sources: ARMED, targets: [...ARMED, "state"], verb: "fights" },
  {
    kind: "protests-against",
    weight: 5,
    sources: ["community", "political-movement", "person"],
    targets: ANY,
    verb: "protests against",
  },
  {
    kind: "sanctions",
    weight: 4,
    sources: ["state", "government-body", "organisation"],
    targets: NOT_COMMUNITY,
    verb: "sanctions",
  },
  {
    kind: "rebuffs",
    weight: 4,
    sources: ["state", "person", "government-body", "political-movement"],
    targets: ANY,
    verb: "rebuffs",
  },
  {
    kind: "demands-withdrawal-of",
    weight: 3,
    sources: [
      "political-movement",
      "government-body",
      "community",
      "person",
      "state",
      "armed-group",
    ],
    targets: ["military", "state", "armed-group"],
    verb: "demands the withdrawal of",
  },
  {
    kind: "suspends-cooperation-with",
    weight: 3,
    sources: POWERS,
    targets: NOT_COMMUNITY,
    verb: "suspends cooperation with",
  },
  {
    kind: "exploits",
    weight: 3,
    sources: ["armed-group", "organisation", "state", "person"],
    targets: ANY,
    verb: "exploits",
  },
  {
    kind: "kills",
    weight: 2,
    sources: ["armed-group", "military", "state"],
    targets: ["person"],
    verb: "killed",
  },
];

/** Who acts on whom more often: the stronger kind is usually the source. */
const POWER: Record<ActorKind, number> = {
  state: 7,
  military: 6,
  "government-body": 5,
  "armed-group": 4,
  organisation: 3,
  "political-movement": 2,
  person: 1,
  community: 0,
};

export interface ClaimShape {
  family: RelationshipFamily;
  kind: InfluenceKind | HostilityKind;
  verb: string;
  weight: 1 | 2 | 3;
  /** Source and target, by which end of the edge acts. */
  sourceIsOlder: boolean;
  date?: DatePeriod;
}

const allows = (kinds: Kinds, kind: ActorKind) => kinds === null || kinds.includes(kind);

/** The family, kind, strength, direction and date of the claim an edge records. */
export function shapeClaim(older: ActorKind, newer: ActorKind, random: Random): ClaimShape {
  const olderActs =
    POWER[older] === POWER[newer]
      ? random.chance(0.5)
      : random.chance(POWER[older] > POWER[newer] ? 0.7 : 0.3);
  const [source, target] = olderActs ? [older, newer] : [newer, older];
  const family: RelationshipFamily = random.chance(0.38) ? "hostility" : "influence";
  const rules: KindRule<InfluenceKind | HostilityKind>[] =
    family === "influence" ? INFLUENCE : HOSTILITY;
  const fitting = rules.filter(
    (rule) => allows(rule.sources, source) && allows(rule.targets, target),
  );
  const rule = fitting[random.weighted(fitting.map((r, i) => [i, r.weight] as const))]!;
  const weight = random.weighted([
    [1, 20],
    [2, 55],
    [3, 25],
  ] as const);
  return {
    family,
    kind: rule.kind,
    verb: rule.verb,
    weight,
    sourceIsOlder: olderActs,
    ...(random.chance(0.45) && { date: claimDate(random) }),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as precise as a source would give it: a year, a month or a day, sometimes a span. */
export function claimDate(random: Random): DatePeriod {
  // Recent years more often: sources write about the present.
  const year = 2024 - Math.floor(Math.pow(random.next(), 1.8) * 30);
  const precision = random.weighted([
    ["year", 25],
    ["month", 50],
    ["day", 25],
  ] as const);
  const month = random.int(1, 12);
  const yearInferred = random.chance(0.1);
  if (precision === "year") {
    const end = random.chance(0.3) ? String(Math.min(2024, year + random.int(1, 4))) : undefined;
    return { start: String(year), ...(end && end !== String(year) && { end }), yearInferred };
  }
  if (precision === "month") {
    const label = random.chance(0.4)
      ? `${random.pick(["early ", "mid-", "late "])}${MONTH_NAMES[month - 1]}`
      : undefined;
    return { start: `${year}-${pad(month)}`, yearInferred, ...(label && { label }) };
  }
  const day = random.int(1, 28);
  return { start: `${year}-${pad(month)}-${pad(day)}`, yearInferred };
}

/** How the claim's sentence dates it, in the words a text would use. */
export function datePhrase(date: DatePeriod | undefined): string {
  if (!date) return "";
  if (date.label) return ` in ${date.label}`;
  const [year, month, day] = date.start.split("-");
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (date.end) return ` between ${year} and ${date.end.slice(0, 4)}`;
  if (day) return ` on ${Number(day)} ${monthName} ${year}`;
  if (monthName) return ` in ${monthName} ${year}`;
  return ` in ${year}`;
}

const HEDGED = ["Some observers claim that {S} {V} {T}{D}.", "It is alleged that {S} {V} {T}{D}."];
const PLAIN = [
  "{S} {V} {T}{D}, according to local sources.",
  "Reports indicate that {S} {V} {T}{D}.",
  "Analysts note that {S} {V} {T}{D}.",
];
const FIRM = [
  "Officials confirm that {S} {V} {T}{D}.",
  "{S} {V} {T}{D}, as all sides acknowledge.",
];

/** The sentence of the synthetic text that a claim cites. */
export function claimSentence(
  shape: ClaimShape,
  source: string,
  target: string,
  random: Random,
): string {
  const templates = shape.weight === 1 ? HEDGED : shape.weight === 2 ? PLAIN : FIRM;
  return random
    .pick(templates)
    .replace("{S}", source)
    .replace("{V}", shape.verb)
    .replace("{T}", target)
    .replace("{D}", datePhrase(shape.date));
}

/** A second, looser sentence that some claims also cite. */
export function echoSentence(family: RelationshipFamily, source: string, target: string): string {
  return family === "influence"
    ? `Ties between ${source} and ${target} have grown closer.`
    : `The rift between ${source} and ${target} has deepened.`;
}

export function membershipSentence(
  member: string,
  role: string,
  group: string,
  random: Random,
): string {
  return random.chance(0.5)
    ? `${member} serves as ${role} of ${group}.`
    : `${member}, ${role} of ${group}, spoke to reporters.`;
}
