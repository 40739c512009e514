import type { SeedReport } from "@/lib/seed/run-seed";

export function printSeedReport(report: SeedReport): void {
  const { files, database } = report;
  console.log(
    `Seeded from files: ${files.documents} document(s), ${files.actors} actors, ${files.relationships} relationships, ${files.memberships} memberships, ${files.passages} passages.`,
  );
  console.log(`  actors by kind: ${JSON.stringify(report.byKind)}`);
  console.log(`  relationships by family: ${JSON.stringify(report.byFamily)}`);
  console.log(
    `Database now holds: ${database.documents} document(s), ${database.actors} actors, ${database.passages} passages, ` +
      `${database.relationships.influence} INFLUENCES, ${database.relationships.hostility} HOSTILE_TO, ${database.memberships} MEMBER_OF.`,
  );
}
