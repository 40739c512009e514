import { readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { createDraft } from "@/lib/curation/documents";
import { decideMentions } from "@/lib/curation/decisions";
import { freezeDocument } from "@/lib/curation/freeze";
import { getDocumentMentions } from "@/lib/curation/mentions";
import { readRows, type Db } from "@/lib/db/session";
import { exportDocumentFolder, type SeedFolderFiles } from "@/lib/seed/export-folder";
import { SEED_FILES } from "@/lib/seed/read-folder";
import { SEED_DIR, seedGraph } from "@/lib/seed/run-seed";
import { RECORD_LABELS } from "@/lib/graph/schema";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

// Its own database: the suite re-seeds from exported folders.
jest.setTimeout(300_000);
let own: OwnNeo4j;

beforeAll(async () => {
  own = await startOwnNeo4j();
});
afterAll(() => own?.close());

const SEED_ID = "f662abb57264ea17";
// When a thing was done, not what it is: these differ between any two imports.
const TIMES = new Set(["addedAt", "frozenAt", "decidedAt", "createdAt", "at"]);

/** The whole graph but its records, as sorted lines: labels, properties, endpoints. */
async function graphSnapshot(db: Db): Promise<string[]> {
  const clean = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(props)
          .filter(([key]) => !TIMES.has(key))
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    );
  const nodes = await readRows(
    db,
    `MATCH (n) WHERE NOT n:${RECORD_LABELS.join("|")} AND NOT n:GraphVersion
     RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await readRows(
    db,
    `MATCH (a)-[r]->(b) WHERE NOT a:${RECORD_LABELS.join("|")}
     RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
            properties(r) AS props`,
  );
  return [
    ...nodes.map(
      (row) =>
        `N ${(row.labels as string[]).sort().join(":")} ${clean(row.props as Record<string, unknown>)}`,
    ),
    ...rels.map(
      (row) =>
        `R ${String(row.type)} ${String(row.from)}->${String(row.to)} ${clean(row.props as Record<string, unknown>)}`,
    ),
  ].sort();
}

async function writeFolder(files: SeedFolderFiles): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "atlas-export-"));
  const dir = path.join(root, files.document.id);
  await mkdir(dir);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(dir, SEED_FILES.document), json(files.document));
  writeFileSync(path.join(dir, SEED_FILES.text), files.text);
  writeFileSync(path.join(dir, SEED_FILES.actors), json(files.actors));
  writeFileSync(path.join(dir, SEED_FILES.relationships), json(files.relationships));
  writeFileSync(path.join(dir, SEED_FILES.memberships), json(files.memberships));
  if (files.decisions.length > 0) {
    writeFileSync(path.join(dir, SEED_FILES.decisions), json(files.decisions));
  }
  return root;
}

describe("seed:export", () => {
  it("exports the seeded article so that importing the export gives the same graph", async () => {
    await seedGraph(own.db, { reset: true, dir: SEED_DIR });
    const seeded = await graphSnapshot(own.db);
    // The seed import went through the curation model: a frozen document, mentions, aliases.
    expect(seeded.some((line) => line.startsWith("N Mention "))).toBe(true);
    expect(seeded.some((line) => line.startsWith("N Alias "))).toBe(true);
    const root = await writeFolder(await exportDocumentFolder(own.db, SEED_ID));
    await seedGraph(own.db, { reset: true, dir: root });
    const imported = await graphSnapshot(own.db);
    expect(imported.length).toBe(seeded.length);
    expect(imported).toEqual(seeded);
  });

  it("keeps a curator's decisions on an app-made document through export and import", async () => {
    await seedGraph(own.db, { reset: true, dir: SEED_DIR });
    const curator: AuditActor = { user: "curator-x", role: "curator", sessionId: null, ip: null };
    const text = readFileSync(
      path.join(__dirname, "../fixtures/curation/second-article.txt"),
      "utf8",
    );
    const draft = await createDraft(own.db, curator, {
      text,
      metadata: {
        title: "Baghdad weighs its options",
        subtitle: null,
        section: null,
        publisher: "Test Wire",
        author: null,
        published: "2020-03",
        publishedYearInferred: false,
        url: null,
        language: "en",
      },
      origin: "paste",
      format: "text",
      sourceFile: null,
    });
    await freezeDocument(own.db, curator, draft.id, { version: 0 });
    const groups = async () => (await getDocumentMentions(own.db, draft.id)).groups;
    const find = async (surface: string) => (await groups()).find((g) => g.surface === surface)!;
    const refs = (g: { mentions: { id: string; version: number }[] }) =>
      g.mentions.map(({ id, version }) => ({ id, version }));
    await decideMentions(own.db, curator, draft.id, {
      action: "new_actor",
      mentions: refs(await find("Layla Hassan")),
      actor: { name: "Layla Hassan", kind: "person", description: "Director of a research group." },
    });
    await decideMentions(own.db, curator, draft.id, {
      action: "link",
      mentions: refs(await find("Erbil")),
      actorId: "iraq",
    });
    await decideMentions(own.db, curator, draft.id, {
      action: "not_actor",
      mentions: refs(await find("Najaf")),
    });
    const state = (m: { id: string; status: string; actorId: string | null }) =>
      `${m.id} ${m.status} ${m.actorId ?? ""}`;
    const decidedMentions = (await groups()).flatMap((g) => g.mentions).filter((m) => m.decidedBy);
    const decided = decidedMentions.map(state).sort();
    expect(decided.length).toBeGreaterThanOrEqual(3);

    const root = await writeFolder(await exportDocumentFolder(own.db, draft.id));
    await seedGraph(own.db, { reset: true, dir: root });
    // Imported, the same mentions stand as decided (by the seed's import now, not by hand).
    const ids = new Set(decidedMentions.map((m) => m.id));
    const after = (await groups())
      .flatMap((g) => g.mentions)
      .filter((m) => ids.has(m.id))
      .map(state)
      .sort();
    expect(after).toEqual(decided);
  });
});
