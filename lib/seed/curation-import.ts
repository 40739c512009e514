import type { ManagedTransaction } from "neo4j-driver";
import { recordAudit } from "@/lib/audit/audit-entries";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { aliasId } from "@/lib/curation/aliases";
import { judgementId } from "@/lib/curation/decisions";
import { sha256Hex } from "@/lib/curation/freeze";
import { storeClaimProposals } from "@/lib/curation/claims";
import { analyseAndStore } from "@/lib/curation/mentions";
import { ALIAS_LABEL, MENTION_JUDGEMENT_LABEL, MENTION_LABEL } from "@/lib/graph/schema";
import type { SeedBundle } from "@/lib/seed/types";
import { fingerprint } from "@/lib/text/fingerprint";

/** Who the seed's decisions are by: the curators who wrote graph-seed/. */
export const SEED_CURATOR: AuditActor = {
  user: "seed",
  role: "curator",
  sessionId: null,
  ip: null,
};

/**
 * Writes the seed's curation through the app's own path, in the seed's transaction: each
 * document frozen and hashed as a curator's would be; each actor's `aliases` strong `Alias`
 * nodes and its `localAliases` weak ones; the analysis run on every document; and then the
 * decisions the seed files record — a weak alias listed for a document confirmed there (its
 * mentions linked), decisions.json's judgements remembered.
 */
export async function importSeedCuration(
  tx: ManagedTransaction,
  bundle: SeedBundle,
): Promise<void> {
  const now = new Date().toISOString();
  for (const document of bundle.documents) {
    const body = document.text.slice(document.bodyStart, document.bodyEnd);
    const { sha256, sketch } = fingerprint(body);
    await tx.run(
      `MATCH (d:Document {id: $id})
       SET d.origin = 'seed', d.format = 'text', d.sha256 = $sha256,
           d.textSha256 = $textSha256, d.sketch = $sketch, d.addedBy = $by, d.addedAt = $now,
           d.frozenAt = $now, d.frozenBy = $by, d.version = 0`,
      {
        id: document.id,
        sha256,
        textSha256: sha256Hex(document.text),
        sketch,
        by: SEED_CURATOR.user,
        now,
      },
    );
  }
  const aliases = bundle.actors.flatMap((actor) => [
    ...actor.aliases.map((text, rank) => ({
      actorId: actor.id,
      text,
      strength: "strong",
      documentId: null as string | null,
      rank,
    })),
    ...(actor.localAliases ?? []).flatMap(({ document, aliases: texts }) =>
      texts.map((text, rank) => ({
        actorId: actor.id,
        text,
        strength: "weak",
        documentId: document,
        rank,
      })),
    ),
  ]);
  await tx.run(
    `UNWIND $aliases AS row
     MATCH (a:Actor {id: row.actorId})
     MERGE (alias:${ALIAS_LABEL} {id: row.id})
     SET alias.text = row.text, alias.strength = row.strength, alias.rank = row.rank,
         alias.addedBy = $by, alias.addedAt = $now
     MERGE (alias)-[:ALIAS_OF]->(a)`,
    {
      aliases: aliases.map((alias) => ({ ...alias, id: aliasId(alias.actorId, alias.text) })),
      by: SEED_CURATOR.user,
      now,
    },
  );
  for (const document of bundle.documents) {
    await tx.run(
      `UNWIND $decisions AS row
       MERGE (j:${MENTION_JUDGEMENT_LABEL} {id: row.id})
       SET j.documentId = $documentId, j.surface = row.surface, j.verdict = row.verdict,
           j.actorId = row.actorId, j.by = $by, j.at = $now`,
      {
        documentId: document.id,
        decisions: document.decisions.map((decision) => ({
          id: judgementId(
            document.id,
            decision.surface,
            decision.verdict,
            decision.actorId ?? null,
          ),
          surface: decision.surface,
          verdict: decision.verdict,
          actorId: decision.actorId ?? null,
        })),
        by: SEED_CURATOR.user,
        now,
      },
    );
    const { counts } = await analyseAndStore(tx, document.id);
    // The seed's weak aliases were confirmed in their document by the seed's curators.
    const weakHere = aliases
      .filter((alias) => alias.documentId === document.id)
      .map(({ actorId, text }) => ({ actorId, text }));
    await tx.run(
      `UNWIND $weakHere AS row
       MATCH (m:${MENTION_LABEL} {documentId: $documentId, text: row.text, candidateId: row.actorId})
       WHERE m.status = 'suggested' AND m.decidedBy IS NULL
       MATCH (a:Actor {id: row.actorId})
       MERGE (m)-[:REFERS_TO]->(a)
       SET m.status = 'linked', m.decidedBy = $by, m.decidedAt = $now, m.version = m.version + 1`,
      { weakHere, documentId: document.id, by: SEED_CURATOR.user, now },
    );
    // Every seed alias names the first mention it was confirmed by.
    await tx.run(
      `UNWIND $aliases AS row
       MATCH (alias:${ALIAS_LABEL} {id: row.id})
       WHERE NOT EXISTS { (alias)-[:LEARNED_FROM]->() }
       CALL (alias, row) {
         MATCH (m:${MENTION_LABEL} {documentId: $documentId, text: row.text, status: 'linked'})
         RETURN m ORDER BY m.start LIMIT 1
       }
       MERGE (alias)-[:LEARNED_FROM]->(m)`,
      {
        aliases: aliases.map((alias) => ({
          id: aliasId(alias.actorId, alias.text),
          text: alias.text,
        })),
        documentId: document.id,
      },
    );
    await storeClaimProposals(tx, document.id);
    await recordAudit(tx, {
      ...SEED_CURATOR,
      action: "document.import",
      target: document.id,
      after: {
        sha256: fingerprint(document.text.slice(document.bodyStart, document.bodyEnd)).sha256,
        counts,
      },
      outcome: "ok",
    });
  }
  // No projection here: writeSeed set Actor.aliases and KNOWN_AS_IN from the same files, in the
  // files' order, which is what the projection keeps (by rank) once a curator changes an actor.
}
