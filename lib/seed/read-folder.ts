import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { readJson, readText } from "@/lib/seed/read-json";
import {
  ActorsFileSchema,
  DecisionsFileSchema,
  DocumentFileSchema,
  MembershipsFileSchema,
  RelationshipsFileSchema,
  type ActorEntry,
  type DecisionEntry,
  type DocumentFile,
  type MembershipEntry,
  type RelationshipEntry,
} from "@/lib/seed/schema";
import { formatIssue } from "@/lib/seed/seed-error";
import { zodIssueLines } from "@/lib/seed/zod-issues";

export const SEED_FILES = {
  document: "document.json",
  text: "document.txt",
  actors: "actors.json",
  relationships: "relationships.json",
  memberships: "memberships.json",
  /** Optional: a curator's remembered judgements on names (lib/seed/schema.ts). */
  decisions: "decisions.json",
} as const;

export type DocumentFolder = {
  dir: string;
  document: DocumentFile;
  text: string;
  actors: ActorEntry[];
  relationships: RelationshipEntry[];
  memberships: MembershipEntry[];
  decisions: DecisionEntry[];
};

async function readSeedFile<T>(
  file: string,
  schema: z.ZodType<T>,
  issues: string[],
  noun?: string,
): Promise<T | undefined> {
  const json = await readJson(file);
  if (!json.ok) {
    issues.push(json.issue);
    return undefined;
  }
  const parsed = schema.safeParse(json.value, { reportInput: true });
  if (parsed.success) return parsed.data;
  issues.push(...zodIssueLines(file, parsed.error, json.value, noun));
  return undefined;
}

/** Reads and schema-checks one document folder, adding a line to `issues` for each problem. */
export async function readDocumentFolder(
  dir: string,
  issues: string[],
): Promise<DocumentFolder | undefined> {
  const file = (name: string) => path.join(dir, name);
  const before = issues.length;

  const document = await readSeedFile(file(SEED_FILES.document), DocumentFileSchema, issues);
  const text = await readText(file(SEED_FILES.text));
  if (!text.ok) issues.push(text.issue);
  const actors = await readSeedFile(file(SEED_FILES.actors), ActorsFileSchema, issues, "actor");
  const relationships = await readSeedFile(
    file(SEED_FILES.relationships),
    RelationshipsFileSchema,
    issues,
    "rel",
  );
  const memberships = await readSeedFile(
    file(SEED_FILES.memberships),
    MembershipsFileSchema,
    issues,
    "membership",
  );

  const decisions = existsSync(file(SEED_FILES.decisions))
    ? await readSeedFile(file(SEED_FILES.decisions), DecisionsFileSchema, issues, "decision")
    : [];

  const folderName = path.basename(dir);
  if (document && document.id !== folderName) {
    issues.push(
      formatIssue(
        { file: file(SEED_FILES.document), field: "id" },
        `must equal the folder name "${folderName}"`,
      ),
    );
  }

  if (
    issues.length > before ||
    !document ||
    !text.ok ||
    !actors ||
    !relationships ||
    !memberships ||
    !decisions
  ) {
    return undefined;
  }
  return { dir, document, text: text.value, actors, relationships, memberships, decisions };
}
