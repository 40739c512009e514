import { AUDIT_REF_LABEL } from "@/lib/audit/audit-about";
import { AUDIT_ENTRY_LABEL } from "@/lib/audit/audit-entries";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { RelationshipFamily } from "@/lib/domain/relationship-families";
import type { Db } from "@/lib/db/session";

/**
 * The graph's shape in Neo4j, in one place: labels, relationship types and the schema statements.
 * Identifiers here are fixed strings, never user input, so they may be interpolated into Cypher.
 */
export const RELATIONSHIP_TYPES = {
  influence: "INFLUENCES",
  hostility: "HOSTILE_TO",
} as const satisfies Record<RelationshipFamily, string>;
export const MEMBERSHIP_TYPE = "MEMBER_OF";
/**
 * `(:Actor)-[:KNOWN_AS_IN {aliases}]->(:Document)`: names that mean the actor only inside one
 * document ("the president"); the reader links them there, and nothing else searches them.
 */
export const LOCAL_ALIAS_TYPE = "KNOWN_AS_IN";
/**
 * Curation (docs/curation.md): `(:Mention)-[:IN]->(:Document)`, `-[:REFERS_TO]->(:Actor)` once
 * linked; `(:Alias)-[:ALIAS_OF]->(:Actor)`, `-[:LEARNED_FROM]->(:Mention)`; the judgements that
 * keep a rejected suggestion from coming back; `(:Document)-[:COPY_OF]->(:Document)`.
 */
export const MENTION_LABEL = "Mention";
export const ALIAS_LABEL = "Alias";
export const MENTION_JUDGEMENT_LABEL = "MentionJudgement";
export const NAME_JUDGEMENT_LABEL = "NameJudgement";
export const COPY_OF_TYPE = "COPY_OF";
/** `(:Document)-[:SUPERSEDES {at, by, report}]->(:Document)`: a corrected text and the one it replaces. */
export const SUPERSEDES_TYPE = "SUPERSEDES";
/**
 * `(:Claim)-[:SUBJECT]->(:Actor)`, `-[:OBJECT]->(:Actor)`, `-[:CITES {rank}]->(:Passage)` (once
 * accepted), `-[:IN]->(:Document)`: the unit of curation; the edges are its projection
 * (lib/curation/evidence.ts, lib/curation/claim-edges.ts).
 */
export const CLAIM_LABEL = "Claim";
/**
 * `(:ActorMerge {id, survivorId, mergedId, mergedProps, moved, by, at, undoneBy, undoneAt})`: one
 * merge of two actors, with what it moved (JSON), so it can be undone; `(:ActorRedirect {id, to,
 * mergeId})` stands for the merged actor's id, so its URLs answer with the survivor
 * (lib/curation/merge-actors.ts, lib/graph/actor-redirects.ts). Not an `Actor`.
 */
export const ACTOR_MERGE_LABEL = "ActorMerge";
export const ACTOR_REDIRECT_LABEL = "ActorRedirect";
/** `(:Passage)-[:MENTIONS]->(:Actor)`: the actors a seed passage names. */
export const PASSAGE_MENTIONS_TYPE = "MENTIONS";
export const CURATION_LABELS = [
  CLAIM_LABEL,
  ACTOR_MERGE_LABEL,
  ACTOR_REDIRECT_LABEL,
  MENTION_LABEL,
  ALIAS_LABEL,
  MENTION_JUDGEMENT_LABEL,
  NAME_JUDGEMENT_LABEL,
] as const;
/** What freezing adds to a `(:Document)` (lib/curation/freeze.ts, lib/seed/curation-import.ts). */
export const CURATION_DOCUMENT_PROPERTIES = [
  "origin",
  "format",
  "sha256",
  "textSha256",
  "sketch",
  "addedBy",
  "addedAt",
  "frozenAt",
  "frozenBy",
  "version",
] as const;
/** Named explorer views researchers saved: beside the influence graph, never part of it. */
export const SAVED_VIEW_LABEL = "SavedView";
/**
 * `(:SavedViewQuota {pool})`, one per pool of saved views ("anonymous", "user:<name>"): a save
 * locks it before counting, so the pool's caps hold however many instances save at once.
 */
export const SAVED_VIEW_QUOTA_LABEL = "SavedViewQuota";
/** The one node whose version every graph write bumps (lib/graph/graph-version.ts). */
export const GRAPH_VERSION_LABEL = "GraphVersion";

/**
 * The console's per-user records: `(:QueryHistory)` one per distinct query a user ran,
 * `(:SavedQuery)` their named queries, and `(:QueryLibrary {owner})`, one per user, which a save
 * locks so that one user's records change one transaction at a time (caps hold under concurrency).
 */
export const QUERY_HISTORY_LABEL = "QueryHistory";
export const SAVED_QUERY_LABEL = "SavedQuery";
export const QUERY_LIBRARY_LABEL = "QueryLibrary";
/**
 * Records about the graph, not part of it: a re-seed keeps them, and graphChecksum leaves them out
 * (reading the graph adds history; db:dump still writes them, sessions aside, and db:load restores
 * them).
 */
export const USER_LABEL = "User";
/** Server-side sessions: never dumped, so a restore cannot bring a logged-out session back. */
export const SESSION_LABEL = "Session";
/**
 * One-time sign-up links (lib/auth/invitations.ts): never dumped either, so a restore cannot bring
 * back a pending link, or one that was revoked or used (the user it made is dumped with the users).
 */
export const INVITATION_LABEL = "Invitation";
/**
 * `(:AnalysisJob {key})`, one per whole-graph analysis and graph version (lib/analysis/job-store.ts):
 * its lease, progress and finished result, shared by every instance. Derived from the graph, so
 * never dumped; a new version's job deletes the older ones.
 */
export const ANALYSIS_JOB_LABEL = "AnalysisJob";
/** What db:dump leaves out. */
export const UNDUMPED_LABELS = [SESSION_LABEL, INVITATION_LABEL, ANALYSIS_JOB_LABEL] as const;

export const RECORD_LABELS = [
  USER_LABEL,
  SESSION_LABEL,
  INVITATION_LABEL,
  SAVED_VIEW_LABEL,
  SAVED_VIEW_QUOTA_LABEL,
  AUDIT_ENTRY_LABEL,
  AUDIT_REF_LABEL,
  QUERY_HISTORY_LABEL,
  SAVED_QUERY_LABEL,
  QUERY_LIBRARY_LABEL,
  ANALYSIS_JOB_LABEL,
] as const;

/** Every actor also carries the label of its kind, so a query can match `(:State)` directly. */
export const ACTOR_KIND_LABELS = {
  person: "Person",
  state: "State",
  "government-body": "GovernmentBody",
  military: "Military",
  organisation: "Organisation",
  "armed-group": "ArmedGroup",
  "political-movement": "PoliticalMovement",
  community: "Community",
} as const satisfies Record<ActorKind, string>;

export const ACTOR_FULLTEXT_INDEX = "actor_names";
export const PASSAGE_FULLTEXT_INDEX = "passage_text";
export const DOCUMENT_FULLTEXT_INDEX = "document_text";

export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE",
  "CREATE CONSTRAINT influences_id IF NOT EXISTS FOR ()-[r:INFLUENCES]-() REQUIRE r.id IS UNIQUE",
  "CREATE CONSTRAINT hostile_to_id IF NOT EXISTS FOR ()-[r:HOSTILE_TO]-() REQUIRE r.id IS UNIQUE",
  "CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE",
  `CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) REQUIRE v.id IS UNIQUE`,
  `CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:${GRAPH_VERSION_LABEL}) REQUIRE v.id IS UNIQUE`,
  // Two instances MERGE-ing one analysis job create one node, never two; older versions' jobs go.
  `CREATE CONSTRAINT analysis_job_key IF NOT EXISTS FOR (j:${ANALYSIS_JOB_LABEL}) REQUIRE j.key IS UNIQUE`,
  `CREATE INDEX analysis_job_analysis IF NOT EXISTS FOR (j:${ANALYSIS_JOB_LABEL}) ON (j.analysis)`,
  // The list of saved views is read newest first.
  `CREATE INDEX saved_view_created IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) ON (v.createdAt)`,
  // A pool's views are counted by pool; an address's by its hash and time; a user's listed by owner.
  `CREATE INDEX saved_view_pool IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) ON (v.pool)`,
  `CREATE INDEX saved_view_address IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) ON (v.addressHash, v.createdAt)`,
  `CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) ON (v.owner, v.createdAt)`,
  `CREATE CONSTRAINT saved_view_quota_pool IF NOT EXISTS FOR (q:${SAVED_VIEW_QUOTA_LABEL}) REQUIRE q.pool IS UNIQUE`,
  `CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) REQUIRE a.id IS UNIQUE`,
  // The audit is read newest first, by user, outcome or action.
  `CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) ON (a.at)`,
  `CREATE INDEX audit_entry_user IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) ON (a.user)`,
  // One thing's history (lib/audit/audit-about.ts), newest first; a revert looks the entry up by id.
  `CREATE INDEX audit_ref_ref_at IF NOT EXISTS FOR (r:${AUDIT_REF_LABEL}) ON (r.ref, r.at)`,
  `CREATE CONSTRAINT query_library_owner IF NOT EXISTS FOR (l:${QUERY_LIBRARY_LABEL}) REQUIRE l.owner IS UNIQUE`,
  // A history entry's key hashes its owner and query: running a query again updates its entry.
  `CREATE CONSTRAINT query_history_key IF NOT EXISTS FOR (h:${QUERY_HISTORY_LABEL}) REQUIRE h.key IS UNIQUE`,
  `CREATE INDEX query_history_owner IF NOT EXISTS FOR (h:${QUERY_HISTORY_LABEL}) ON (h.owner)`,
  `CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (s:${SAVED_QUERY_LABEL}) REQUIRE s.id IS UNIQUE`,
  `CREATE INDEX saved_query_owner IF NOT EXISTS FOR (s:${SAVED_QUERY_LABEL}) ON (s.owner)`,
  // Accounts and their server-side sessions (lib/auth): the constraints make concurrent MERGEs
  // from several instances create one node, never two.
  "CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE",
  "CREATE CONSTRAINT session_id_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.idHash IS UNIQUE",
  "CREATE INDEX session_username IF NOT EXISTS FOR (s:Session) ON (s.username)",
  "CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt)",
  // The fixed id "setup" makes two first starts create one setup invitation; links find theirs by hash.
  `CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:${INVITATION_LABEL}) REQUIRE i.id IS UNIQUE`,
  `CREATE CONSTRAINT invitation_token_hash IF NOT EXISTS FOR (i:${INVITATION_LABEL}) REQUIRE i.tokenHash IS UNIQUE`,
  // A frozen document's body and whole text are unique by hash: two freezes of one text, on any
  // number of instances, cannot both commit. Drafts have no hash (nulls are not compared).
  "CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE",
  "CREATE INDEX document_text_sha256 IF NOT EXISTS FOR (d:Document) ON (d.textSha256)",
  "CREATE INDEX document_added IF NOT EXISTS FOR (d:Document) ON (d.addedAt)",
  // The document list, newest first (lib/graph/documents.ts).
  "CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)",
  `CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:${MENTION_LABEL}) REQUIRE m.id IS UNIQUE`,
  // A document's mentions are counted by status (the list) and read whole (the review).
  `CREATE INDEX mention_document IF NOT EXISTS FOR (m:${MENTION_LABEL}) ON (m.documentId)`,
  `CREATE INDEX mention_document_status IF NOT EXISTS FOR (m:${MENTION_LABEL}) ON (m.documentId, m.status)`,
  `CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (a:${ALIAS_LABEL}) REQUIRE a.id IS UNIQUE`,
  `CREATE CONSTRAINT mention_judgement_id IF NOT EXISTS FOR (j:${MENTION_JUDGEMENT_LABEL}) REQUIRE j.id IS UNIQUE`,
  `CREATE INDEX mention_judgement_document IF NOT EXISTS FOR (j:${MENTION_JUDGEMENT_LABEL}) ON (j.documentId)`,
  `CREATE CONSTRAINT name_judgement_id IF NOT EXISTS FOR (j:${NAME_JUDGEMENT_LABEL}) REQUIRE j.id IS UNIQUE`,
  `CREATE CONSTRAINT actor_merge_id IF NOT EXISTS FOR (m:${ACTOR_MERGE_LABEL}) REQUIRE m.id IS UNIQUE`,
  `CREATE INDEX actor_merge_at IF NOT EXISTS FOR (m:${ACTOR_MERGE_LABEL}) ON (m.at)`,
  // One redirect per old id: a second merge of a merged id cannot commit twice.
  `CREATE CONSTRAINT actor_redirect_id IF NOT EXISTS FOR (r:${ACTOR_REDIRECT_LABEL}) REQUIRE r.id IS UNIQUE`,
  `CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:${CLAIM_LABEL}) REQUIRE c.id IS UNIQUE`,
  // A proposal is found again by its key (document, span, pair): a rejected one stays rejected.
  `CREATE CONSTRAINT claim_proposal_key IF NOT EXISTS FOR (c:${CLAIM_LABEL}) REQUIRE c.proposalKey IS UNIQUE`,
  `CREATE INDEX claim_document IF NOT EXISTS FOR (c:${CLAIM_LABEL}) ON (c.documentId)`,
  // A pair's claims are read by subject (and object) whenever its edges are recomputed.
  `CREATE INDEX claim_subject IF NOT EXISTS FOR (c:${CLAIM_LABEL}) ON (c.subjectId)`,
  `CREATE INDEX claim_edge IF NOT EXISTS FOR (c:${CLAIM_LABEL}) ON (c.edgeId)`,
  `CREATE FULLTEXT INDEX ${DOCUMENT_FULLTEXT_INDEX} IF NOT EXISTS FOR (d:Document) ON EACH [d.text, d.title]`,
  "CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)",
  // Lets the actor list page through names in index order instead of sorting every actor.
  "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
  // The same for one kind: without it, listing the states of a 100k-actor graph reads every name.
  "CREATE INDEX actor_kind_name IF NOT EXISTS FOR (a:Actor) ON (a.kind, a.name)",
  "CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.documentId)",
  `CREATE FULLTEXT INDEX ${ACTOR_FULLTEXT_INDEX} IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]`,
  `CREATE FULLTEXT INDEX ${PASSAGE_FULLTEXT_INDEX} IF NOT EXISTS FOR (p:Passage) ON EACH [p.text]`,
];

/** Creates the constraints and indexes the queries rely on, and waits until they are online. */
export async function ensureSchema(db: Db): Promise<void> {
  // Schema statements cannot share a transaction with data writes; each is idempotent.
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
}
