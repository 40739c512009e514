import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SeedError, loadSeed } from "@/lib/seed/load";
import { ACTOR_KINDS } from "@/lib/domain/actor-kinds";
import { INFLUENCE_KINDS } from "@/lib/domain/relationship-families";

type Entry = Record<string, unknown>;
type FileName =
  "document.json" | "document.txt" | "actors.json" | "relationships.json" | "memberships.json";
type Folder = {
  document: Entry;
  text: string;
  actors: Entry[];
  relationships: Entry[];
  memberships: Entry[];
  /** Raw file contents that replace the above; null leaves the file out. */
  raw: Partial<Record<FileName, string | null>>;
};

const TEXT = [
  "Teaser: Alpha praises Gamma.",
  "Start of article. Alpha backs Beta. Beta criticises Alpha. Alpha met Beta. Alpha met Beta.",
  "End of article.",
  "Footer: Alpha praises Gamma.",
].join("\n");

function validFolder(id = "doc-a"): Folder {
  return {
    document: {
      id,
      title: "A test document",
      sourceFile: `${id}.txt`,
      body: { startQuote: "Start of article.", endQuote: "End of article." },
    },
    text: TEXT,
    actors: [
      { id: "alpha", name: "Alpha", aliases: [], kind: "state", description: "A state." },
      { id: "beta", name: "Beta", aliases: [], kind: "armed-group", description: "A militia." },
      { id: "gamma", name: "Gamma", aliases: ["G."], kind: "person", description: "A person." },
    ],
    relationships: [
      {
        id: "alpha-backs-beta",
        source: "alpha",
        target: "beta",
        family: "influence",
        kind: "backs",
        weight: 2,
        summary: "Alpha backs Beta.",
        date: { start: "2020-02", yearInferred: true, label: "February" },
        citations: [{ quote: "Alpha backs Beta." }],
      },
    ],
    memberships: [
      {
        id: "gamma-in-alpha",
        member: "gamma",
        group: "alpha",
        role: "member",
        citations: [{ quote: "Alpha met Beta.", occurrence: 2 }],
      },
    ],
    raw: {},
  };
}

async function writeFolder(root: string, folder: Folder): Promise<void> {
  const dir = path.join(root, String(folder.document.id));
  await mkdir(dir, { recursive: true });
  const contents: Record<FileName, string | null> = {
    "document.json": JSON.stringify(folder.document, null, 2),
    "document.txt": folder.text,
    "actors.json": JSON.stringify(folder.actors, null, 2),
    "relationships.json": JSON.stringify(folder.relationships, null, 2),
    "memberships.json": JSON.stringify(folder.memberships, null, 2),
    ...folder.raw,
  };
  for (const [name, content] of Object.entries(contents)) {
    if (content !== null) await writeFile(path.join(dir, name), content);
  }
}

async function seedIssues(root: string): Promise<string[]> {
  try {
    await loadSeed(root);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    const { issues, message } = error as SeedError;
    expect(message).toBe(issues.join("\n"));
    return issues;
  }
  throw new Error("expected loadSeed to reject the seed");
}

let root: string;
const file = (name: FileName, folder = "doc-a") =>
  path.relative(process.cwd(), path.join(root, folder, name));
const rel = (f: Folder) => f.relationships[0]!;
const citation = (entry: Entry) => (entry.citations as Entry[])[0]!;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "atlas-seed-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("loadSeed rejects a bad seed, naming file, entry and field", () => {
  const cases: Array<{ name: string; mutate: (f: Folder) => void; expected: () => string }> = [
    {
      name: "malformed JSON",
      mutate: (f) => {
        f.raw["actors.json"] = '[\n  {\n    "id": "alpha",\n  }\n]';
      },
      expected: () =>
        `${file("actors.json")}: invalid JSON at line 4, column 3: Expected double-quoted property name`,
    },
    {
      name: "missing file",
      mutate: (f) => {
        f.raw["memberships.json"] = null;
      },
      expected: () => `${file("memberships.json")}: file not found`,
    },
    {
      name: "missing field",
      mutate: (f) => {
        delete f.actors[0]!.description;
      },
      expected: () => `${file("actors.json")}: actor "alpha": description: required`,
    },
    {
      name: "entry without an id is named by index",
      mutate: (f) => {
        delete f.actors[1]!.id;
      },
      expected: () => `${file("actors.json")}: actor [1]: id: required`,
    },
    {
      name: "unknown field",
      mutate: (f) => {
        citation(rel(f)).occurence = 1;
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": citations[0]: Unrecognized key: "occurence"`,
    },
    {
      name: "bad actor kind",
      mutate: (f) => {
        f.actors[0]!.kind = "nation";
      },
      expected: () =>
        `${file("actors.json")}: actor "alpha": kind: Invalid option: expected one of ${ACTOR_KINDS.map((k) => `"${k}"`).join("|")}`,
    },
    {
      name: "relationship kind from the other family",
      mutate: (f) => {
        rel(f).kind = "attacks";
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": kind: Invalid option: expected one of ${INFLUENCE_KINDS.map((k) => `"${k}"`).join("|")}`,
    },
    {
      name: "weight out of range",
      mutate: (f) => {
        rel(f).weight = 4;
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": weight: Too big: expected number to be <=3`,
    },
    {
      name: "impossible date",
      mutate: (f) => {
        rel(f).date = { start: "2019-02-29", yearInferred: false };
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": date.start: must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date`,
    },
    {
      name: "date ending before it starts",
      mutate: (f) => {
        rel(f).date = { start: "2020-02", end: "2020-01-31", yearInferred: false };
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": date.end: must not begin before start`,
    },
    {
      name: "document id differing from its folder",
      mutate: (f) => {
        f.raw["document.json"] = JSON.stringify({ ...f.document, id: "doc-b" });
      },
      expected: () => `${file("document.json")}: id: must equal the folder name "doc-a"`,
    },
    {
      name: "duplicate id",
      mutate: (f) => {
        f.actors.push({ ...f.actors[1]! });
      },
      expected: () =>
        `${file("actors.json")}: actor "beta": id: duplicate id, first defined in ${file("actors.json")}`,
    },
    {
      name: "unknown endpoint",
      mutate: (f) => {
        rel(f).target = "delta";
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": target: unknown actor "delta"`,
    },
    {
      name: "local aliases naming an unknown document",
      mutate: (f) => {
        f.actors[0]!.localAliases = [{ document: "doc-z", aliases: ["the state"] }];
      },
      expected: () =>
        `${file("actors.json")}: actor "alpha": localAliases[0].document: unknown document "doc-z"`,
    },
    {
      name: "local alias repeating a global alias",
      mutate: (f) => {
        f.actors[2]!.localAliases = [{ document: "doc-a", aliases: ["the person", "G."] }];
      },
      expected: () =>
        `${file("actors.json")}: actor "gamma": localAliases[0].aliases[1]: "G." is already a name or global alias`,
    },
    {
      name: "self-loop",
      mutate: (f) => {
        f.memberships[0]!.group = "gamma";
      },
      expected: () =>
        `${file("memberships.json")}: membership "gamma-in-alpha": group: same actor as member ("gamma")`,
    },
    {
      name: "quote not found",
      mutate: (f) => {
        citation(rel(f)).quote = "Alpha backs  Beta.";
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": citations[0]: quote not found in document text`,
    },
    {
      name: "ambiguous quote",
      mutate: (f) => {
        delete citation(f.memberships[0]!).occurrence;
      },
      expected: () =>
        `${file("memberships.json")}: membership "gamma-in-alpha": citations[0]: quote occurs 2 times in the article body; add "occurrence" (1-2)`,
    },
    {
      name: "occurrence out of range",
      mutate: (f) => {
        citation(f.memberships[0]!).occurrence = 3;
      },
      expected: () =>
        `${file("memberships.json")}: membership "gamma-in-alpha": citations[0]: occurrence 3 is out of range: quote occurs 2 times in the article body`,
    },
    {
      name: "citation outside the body",
      mutate: (f) => {
        citation(rel(f)).quote = "Alpha praises Gamma.";
      },
      expected: () =>
        `${file("relationships.json")}: rel "alpha-backs-beta": citations[0]: quote found only outside the article body`,
    },
    {
      name: "body start quote not found",
      mutate: (f) => {
        f.document.body = { startQuote: "Beginning.", endQuote: "End of article." };
      },
      expected: () => `${file("document.json")}: body.startQuote: not found in document.txt`,
    },
  ];

  it.each(cases)("$name", async ({ mutate, expected }) => {
    const folder = validFolder();
    mutate(folder);
    await writeFolder(root, folder);
    expect(await seedIssues(root)).toEqual([expected()]);
  });

  it("rejects an actor defined again in a later document", async () => {
    const second = validFolder("doc-b");
    second.actors = [second.actors[0]!];
    second.relationships = [];
    second.memberships = [];
    await writeFolder(root, validFolder());
    await writeFolder(root, second);
    expect(await seedIssues(root)).toEqual([
      `${file("actors.json", "doc-b")}: actor "alpha": id: duplicate id, first defined in ${file("actors.json")}`,
    ]);
  });

  it("lists every problem, one per line", async () => {
    const folder = validFolder();
    rel(folder).weight = 0;
    folder.actors[2]!.kind = "individual";
    await writeFolder(root, folder);
    const issues = await seedIssues(root);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/actors\.json: actor "gamma": kind: /);
    expect(issues[1]).toMatch(/relationships\.json: rel "alpha-backs-beta": weight: Too small/);
  });
});

describe("loadSeed on a valid seed", () => {
  it("computes offsets, passages, mentions and dates", async () => {
    await writeFolder(root, validFolder());
    const bundle = await loadSeed(root);
    const bodyStart = TEXT.indexOf("Start of article.");
    const backs = TEXT.indexOf("Alpha backs Beta.");
    const secondMeeting = TEXT.lastIndexOf("Alpha met Beta.");

    expect(bundle.documents).toEqual([
      {
        id: "doc-a",
        title: "A test document",
        sourceFile: "doc-a.txt",
        text: TEXT,
        bodyStart,
        bodyEnd: TEXT.indexOf("End of article.") + "End of article.".length,
        // No decisions.json in the folder: no remembered judgements.
        decisions: [],
      },
    ]);
    expect(bundle.relationships).toEqual([
      expect.objectContaining({
        id: "alpha-backs-beta",
        dateStart: "2020-02-01",
        dateEnd: "2020-02-29",
        dateLabel: "February",
        yearInferred: true,
        passageIds: [`doc-a:${backs}-${backs + 17}`],
        documentIds: ["doc-a"],
      }),
    ]);
    expect(bundle.passages).toContainEqual({
      id: `doc-a:${secondMeeting}-${secondMeeting + 15}`,
      documentId: "doc-a",
      start: secondMeeting,
      end: secondMeeting + 15,
      text: "Alpha met Beta.",
      actorIds: ["alpha", "beta", "gamma"],
    });
    expect(bundle.actors.map((actor) => [actor.id, actor.documentIds])).toEqual([
      ["alpha", ["doc-a"]],
      ["beta", ["doc-a"]],
      ["gamma", ["doc-a"]],
    ]);
  });

  it("tags a passage with a local alias only in its own document, a global alias in any", async () => {
    const first = validFolder();
    first.text = TEXT.replace("Alpha backs Beta.", "Alpha backs Beta, says the person.");
    first.relationships = [
      { ...rel(first), citations: [{ quote: "Alpha backs Beta, says the person." }] },
    ];
    first.actors[2] = {
      ...first.actors[2]!,
      localAliases: [{ document: "doc-a", aliases: ["the person"] }],
    };
    const second = validFolder("doc-b");
    second.text = "Start of article. Beta fears the person. G. agrees. End of article.";
    second.actors = [];
    second.memberships = [];
    second.relationships = [
      {
        ...rel(second),
        id: "beta-fears-alpha",
        source: "beta",
        target: "alpha",
        family: "hostility",
        kind: "opposes",
        citations: [{ quote: "Beta fears the person." }, { quote: "G. agrees." }],
      },
    ];
    await writeFolder(root, first);
    await writeFolder(root, second);
    const bundle = await loadSeed(root);
    const passage = (text: string) => bundle.passages.find((p) => p.text === text)?.actorIds;

    expect(passage("Alpha backs Beta, says the person.")).toEqual(["alpha", "beta", "gamma"]);
    expect(passage("Beta fears the person.")).toEqual(["alpha", "beta"]);
    expect(passage("G. agrees.")).toEqual(["alpha", "beta", "gamma"]);
    expect(bundle.actors.find((a) => a.id === "gamma")?.documentIds).toEqual(["doc-a", "doc-b"]);
  });
});
