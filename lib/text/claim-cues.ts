import type {
  HostilityKind,
  InfluenceKind,
  RelationshipFamily,
} from "@/lib/domain/relationship-families";

/*
 * The cue lexicon of claim proposals. It is conservative on purpose: a wrong kind proposed is
 * worse than none, because a curator who accepts at speed keeps it, while a missing kind costs one
 * keystroke. So a word is listed only when, in news and analysis prose, it names one kind of tie
 * whoever uses it: "attacked" is an attack, but "armed" is not listed (it is mostly the adjective
 * of "armed groups"), nor "pressure" (the "maximum pressure campaign" is a sanction), nor "led"
 * or "support" as a noun ("popular support" names no actor's act). Event nouns ("the killing",
 * "sanctions") come only with the preposition that names the target ("attacks on"), since bare
 * they are mostly context ("since the assassination of …"). A sentence whose cues name two kinds
 * proposes no kind at all (lib/text/claim-proposals.ts). Phrases are matched word by
 * word, whole and case-insensitively (lib/text/sentence-cues.ts).
 */
const INFLUENCE_CUES: Partial<Record<InfluenceKind, string[]>> = {
  advises: ["advised", "advises", "advising", "advisor to", "adviser to"],
  "allies-with": ["allied with", "allies with", "alliance with"],
  backs: ["backed", "backs", "backing"],
  commands: ["commanded", "commands"],
  courts: ["courted", "courts", "courting", "mend fences", "mended fences"],
  cultivates: ["cultivate", "cultivated", "cultivates", "cultivating"],
  encourages: ["encouraged", "encourages", "encouraging", "urged", "urges", "incited"],
  // Not "funds" or "supplies": as nouns ("gas supplies") they name goods, not who gives them.
  "funds-or-supplies": ["funded", "funding", "financed", "supplied", "supplying"],
  "negotiates-with": [
    "negotiated",
    "negotiates",
    "negotiations with",
    "talks with",
    "met with",
    // Longer than "struck" and "strike", so a deal is no attack.
    "struck a deal",
    "strike a deal",
  ],
  pressures: ["pressured", "pressures", "pressuring", "pressed"],
  supports: ["supported", "supports", "supporting"],
  trains: ["trained", "trains", "training of"],
};

const HOSTILITY_CUES: Partial<Record<HostilityKind, string[]>> = {
  attacks: [
    "attacked",
    "attacking",
    "struck",
    "bombed",
    ...["attack", "attacks", "strike", "strikes"].flatMap((n) => [`${n} on`, `${n} against`]),
  ],
  criticises: [
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "criticism of",
    "condemned",
    "denounced",
  ],
  "demands-withdrawal-of": [
    "expel",
    "expelled",
    "expelling",
    ...["call", "calls", "called", "calling"].flatMap((verb) => [
      `${verb} for the ouster of`,
      `${verb} for the withdrawal of`,
    ]),
    "demanded the withdrawal of",
  ],
  exploits: ["extorted", "extorts", "exploited", "exploits"],
  fights: ["fought", "fights", "fight against", "fighting against", "war against"],
  kills: ["killed", "kills", "assassinated", "assassinates"],
  opposes: ["opposed", "opposes", "opposing", "opposition to"],
  "protests-against": [
    "protested against",
    "protests against",
    "protesting against",
    "demonstrated against",
    "demonstrations against",
  ],
  rebuffs: ["rebuffed", "rebuffs", "rejected"],
  rivals: ["rival", "rivals", "rivalry"],
  sanctions: ["sanctioned", "sanctioning", "sanctions on", "sanctions against"],
  "suspends-cooperation-with": [
    "suspended cooperation",
    "suspend cooperation",
    "halted cooperation",
  ],
  threatens: ["threatened", "threatens", "threatening", "threats against", "threat to"],
};

/** "rejected claims that …" denies; it is no rebuff, so it is read before the cues and hides them. */
const REFUTED = ["claims", "claim", "reports", "allegations", "accusations", "suggestions"];
export const NEGATIONS = [
  "denied",
  "denies",
  "deny",
  "denying",
  "not",
  "never",
  "refused to",
  "refuses to",
  "no longer",
  "cannot",
  "n't",
  ...["rejected", "dismissed"].flatMap((verb) =>
    REFUTED.flatMap((noun) => [`${verb} ${noun} that`, `${verb} the ${noun} that`]),
  ),
];
/** Phrases that look like a negation or a cue and are neither: blanked before both are sought. */
export const DECOYS = ["not only", "as opposed to"];

export const HEDGES = [
  "allegedly",
  "reportedly",
  "purportedly",
  "seemed to",
  "seems to",
  "appeared to",
  "appears to",
  "is said to",
  "are said to",
  "was said to",
  "were said to",
  "may have",
  "might have",
  "suspected",
];

/** Verbs of saying that follow their speaker ("Keane said"); "claims" is left out, as a noun. */
export const SAYING = ["said", "says", "told", "tells", "claimed", "stated"];
/** Phrases that precede their speaker ("according to US officials"). */
export const SAYING_BEFORE = ["according to"];
/** A speaker is the words before the verb back to punctuation or one of these. */
export const SPEAKER_STOPS = new Set(
  "and but or nor that which who whom while as when after before because since although though if so then than where whereas also is are was were be been being has have had".split(
    " ",
  ),
);
export const SPEAKER_WORDS = 6;

export type Cue = { family: RelationshipFamily; kind: string };

/** Every cue phrase and the kind it names. */
export const CUES: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  ...Object.entries(INFLUENCE_CUES).flatMap(([kind, words]) =>
    words.map((word): [string, Cue] => [word, { family: "influence", kind }]),
  ),
  ...Object.entries(HOSTILITY_CUES).flatMap(([kind, words]) =>
    words.map((word): [string, Cue] => [word, { family: "hostility", kind }]),
  ),
]);
