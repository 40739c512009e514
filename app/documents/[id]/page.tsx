import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentText } from "@/components/reader/document-text";
import { PassageClaims } from "@/components/reader/passage-claims";
import { ScrollToPassage } from "@/components/reader/scroll-to-passage";
import { STATUS_LABELS } from "@/components/curation/documents/document-list";
import { getCuratedDocument } from "@/lib/curation/documents";
import { getDb } from "@/lib/db/driver";
import { getDocument } from "@/lib/graph/documents";
import { getRelationship } from "@/lib/graph/relationships";
import "@/components/reader/reader.css";
import { formatPeriod } from "@/lib/domain/periods";

interface ReaderPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ passage?: string | string[] }>;
}

export async function generateMetadata({ params }: ReaderPageProps): Promise<Metadata> {
  const { id } = await params;
  const detail = await getDocument(getDb(), id).catch(() => null);
  return { title: detail?.document.title ?? "Document" };
}

export default async function ReaderPage({ params, searchParams }: ReaderPageProps) {
  const { id } = await params;
  const { passage } = await searchParams;
  const detail = await getDocument(getDb(), id);
  if (!detail) notFound();
  const { document, passages, actors } = detail;
  const curated = await getCuratedDocument(getDb(), id);
  const current = passages.find((p) => p.id === passage) ?? null;
  const claims = current
    ? (
        await Promise.all(
          [...current.relationshipIds, ...current.membershipIds].map((claimId) =>
            getRelationship(getDb(), claimId),
          ),
        )
      ).filter((claim) => claim !== null)
    : [];
  return (
    <div className="reader">
      <article className="reader-article" aria-labelledby="document-title">
        <p className="reader-crumbs">
          <Link href="/documents">Documents</Link>
          {document.section ? ` · ${document.section}` : ""}
        </p>
        <h1 id="document-title">{document.title}</h1>
        {document.subtitle && <p className="reader-subtitle">{document.subtitle}</p>}
        <p className="reader-meta">
          {document.publisher}
          {document.published ? ` · ${formatPeriod(document.published)}` : ""}
          {document.publishedYearInferred ? " (year inferred)" : ""}
        </p>
        <p className="reader-meta">
          {STATUS_LABELS[curated.status]}
          {curated.reviewed ? ` by ${curated.reviewed.by}` : ""} · {curated.counts.linked} mentions
          linked · claims {curated.counts.claimsAccepted} accepted, {curated.counts.claimsRejected}{" "}
          rejected, {curated.counts.claimsDeferred} deferred
        </p>
        <p className="reader-key">
          <mark className="passage">Highlighted</mark> passages are cited by relationships in the
          graph ({passages.length}); <span className="mention-sample">underlined names</span> open
          the actor in the graph.
        </p>
        <DocumentText detail={detail} currentPassage={current?.id ?? null} />
      </article>
      <aside className="reader-aside" aria-label="About this document">
        {current && <PassageClaims claims={claims} />}
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading">Actors mentioned ({actors.length})</h2>
          <ul className="reader-actors">
            {actors.map((actor) => (
              <li key={actor.id}>
                <Link
                  href={`/?focus=${encodeURIComponent(actor.id)}&sel=n:${encodeURIComponent(actor.id)}`}
                >
                  {actor.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </aside>
      {current && <ScrollToPassage passageId={current.id} />}
    </div>
  );
}
