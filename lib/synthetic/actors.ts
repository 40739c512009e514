import type { ActorEntry } from "@/lib/seed/schema";
import type { Random } from "@/lib/synthetic/random";
import { slugify } from "@/lib/domain/ids";
import { wordRegistry, type WordRegistry } from "@/lib/synthetic/words";
import { type ActorKind } from "@/lib/domain/actor-kinds";

/** An actor with what the generator needs to place it: its country's index among the states. */
export interface SyntheticActor extends ActorEntry {
  countryIndex: number;
}

/** Shares of the non-state kinds; states come first and are counted apart. */
const KIND_SHARES: ReadonlyArray<readonly [Exclude<ActorKind, "state">, number]> = [
  ["person", 42],
  ["government-body", 12],
  ["armed-group", 10],
  ["political-movement", 10],
  ["organisation", 10],
  ["military", 8],
  ["community", 8],
];

/** About one state per hundred actors, between 3 and 200, like a region's real map. */
export function stateCount(actors: number): number {
  return Math.min(200, Math.max(3, Math.round(actors / 100)));
}

const PORTFOLIOS = ["Interior", "Defence", "Foreign Affairs", "Finance", "Oil", "Justice", "Trade"];
const PROFESSIONS = [
  "politician",
  "cleric",
  "militia leader",
  "diplomat",
  "general",
  "businessman",
  "journalist",
  "tribal leader",
  "activist",
  "judge",
];

type Place = { state: string; region: string };
type NameTemplate = (place: Place, word: () => string) => string;

const TEMPLATES: Record<Exclude<ActorKind, "state" | "person">, NameTemplate[]> = {
  "government-body": [
    ({ state }) => `${state} Parliament`,
    ({ state }) => `${state} Cabinet`,
    ({ state }) => `${state} Supreme Court`,
    ({ state }) => `${state} Central Bank`,
    ({ state }) => `${state} Intelligence Directorate`,
    ({ state }, word) => `${state} Ministry of ${word()}`,
    ({ region }) => `${region} Provincial Council`,
    ({ region }) => `${region} Governorate`,
    ({ region }) => `${region} Water Authority`,
  ],
  military: [
    ({ state }) => `${state} Armed Forces`,
    ({ state }) => `${state} Navy`,
    ({ state }) => `${state} Air Force`,
    ({ state }) => `${state} Republican Guard`,
    ({ region }) => `${region} Command`,
    ({ region }) => `${region} Border Brigade`,
    ({ region }) => `${region} Armoured Division`,
  ],
  "armed-group": [
    ({ region }) => `${region} Liberation Front`,
    ({ region }) => `Brigades of ${region}`,
    ({ region }) => `${region} Defence Units`,
    ({ region }) => `${region} Popular Resistance`,
    ({ region }) => `${region} Martyrs Battalion`,
    ({ region }) => `Army of ${region}`,
  ],
  "political-movement": [
    ({ region }) => `${region} Workers Party`,
    ({ region }) => `${region} Movement`,
    ({ region }) => `National ${region} Alliance`,
    ({ region }) => `${region} Democratic Union`,
    ({ region }) => `Party of ${region} Renewal`,
  ],
  organisation: [
    ({ region }) => `${region} Foundation`,
    ({ region }) => `${region} Chamber of Commerce`,
    ({ region }) => `${region} Media Group`,
    ({ region }) => `${region} Relief Society`,
    ({ region }) => `${region} Energy Company`,
    ({ state }) => `${state} Council of Elders`,
  ],
  community: [
    ({ region }) => `${region} tribal elders`,
    ({ region }) => `${region} farmers`,
    ({ region }) => `${region} students`,
    ({ region }) => `${region} displaced families`,
    ({ region }) => `${region} merchants`,
  ],
};

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "An" : "A"} ${noun}`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
}

/** Portfolios first, then invented ones, so ministry names stay unique in a big graph. */
function portfolioWord(random: Random, words: WordRegistry): string {
  return random.chance(0.7) ? random.pick(PORTFOLIOS) : `${words.fresh("place")} Affairs`;
}

/**
 * `count` actors in arrival order: the states first (preferential attachment makes the earliest
 * actors the hubs, as states are in a real influence network), then the other kinds mixed.
 * Every actor but a state has a country (one of the states, big ones more often) and a region.
 */
export function generateActors(count: number, random: Random): SyntheticActor[] {
  const words = wordRegistry(random);
  const names = new Set<string>();
  const ids = new Set<string>();
  const states = Array.from({ length: stateCount(count) }, () => ({
    name: words.fresh("place"),
    capital: words.fresh("place"),
    regions: [] as string[],
  }));
  // A country's chance to be picked falls with its rank (Zipf), so a few countries are crowded.
  const countryWeights = states.map((_, i) => [i, 1 / (i + 1)] as const);
  const givenNames = Array.from({ length: 300 }, () => words.fresh("person"));
  const surnames: string[] = [];
  const surnamePool = Math.max(40, Math.ceil(count / 25));

  const unique = (propose: () => string): string => {
    for (let attempt = 0; attempt < 25; attempt++) {
      const name = propose();
      if (!names.has(name)) return name;
    }
    return "";
  };
  const uniqueId = (name: string): string => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  const actors: SyntheticActor[] = states.map((state, i) => {
    names.add(state.name);
    return {
      id: uniqueId(state.name),
      name: state.name,
      aliases: [state.capital],
      kind: "state",
      description: `A state of the synthetic region, governed from ${state.capital}.`,
      countryIndex: i,
    };
  });

  while (actors.length < count) {
    const kind = random.weighted(KIND_SHARES);
    const countryIndex = random.weighted(countryWeights);
    const state = states[countryIndex]!;
    if (state.regions.length === 0 || random.chance(0.12)) state.regions.push(words.fresh("place"));
    const place = { state: state.name, region: random.pick(state.regions) };
    let name: string;
    let aliases: string[];
    let description: string;
    if (kind === "person") {
      const person = () => {
        if (surnames.length < surnamePool && (surnames.length === 0 || random.chance(0.3))) {
          surnames.push(words.fresh("person"));
        }
        return [random.pick(givenNames), random.pick(surnames)] as const;
      };
      let parts = person();
      name = unique(() => (parts = person()).join(" "));
      // Too many people share the common names: give this one a surname of their own.
      if (name === "") name = (parts = [parts[0], words.fresh("person")]).join(" ");
      aliases = [parts[1]];
      description = `${withArticle(random.pick(PROFESSIONS))} from ${state.name}.`;
    } else {
      const templates = TEMPLATES[kind];
      name = unique(() => random.pick(templates)(place, () => portfolioWord(random, words)));
      // The country's names are taken: found a new region, whose names are all free.
      while (name === "" || names.has(name)) {
        const region = words.fresh("place");
        state.regions.push(region);
        name = random.pick(templates)({ ...place, region }, () => portfolioWord(random, words));
      }
      const acronym = initials(name);
      aliases = acronym.length >= 2 ? [acronym] : [];
      description = `${withArticle(kind.replace("-", " "))} of ${state.name}.`;
    }
    names.add(name);
    actors.push({
      id: uniqueId(name),
      name,
      aliases,
      kind,
      description,
      country: state.name,
      countryIndex,
    });
  }
  return actors;
}
