import Link from "next/link";
import { connection } from "next/server";
import { DocumentList, STATUS_LABELS } from "@/components/curation/documents/document-list";
import { canCurate } from "@/lib/auth/can-curate";
import { pageSession } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db/driver";
import { listCuratedDocuments } from "@/lib/curation/documents";
import { DOCUMENT_STATUSES, type DocumentStatus } from "@/lib/curation/schemas";
import "@/components/reader/reader.css";
import "@/components/curation/curation.css";

export const metadata = { title: "Documents" };

interface DocumentsPageProps {
  searchParams: Promise<{ q?: string | string[]; status?: string | string[] }>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DocumentsPage({ searchParams }: DocumentsPageProps) {
  await connection();
  const params = await searchParams;
  const q = one(params.q)?.trim() ?? "";
  const asked = one(params.status) ?? "";
  const status = DOCUMENT_STATUSES.find((known) => known === asked) as DocumentStatus | undefined;
  const session = await pageSession().catch(() => null);
  const curator = session !== null && canCurate(session.role);
  const { documents: shown } = await listCuratedDocuments(getDb(), {
    q: q || undefined,
    status,
    limit: 200,
    offset: 0,
    includeDrafts: curator,
  });
  return (
    <section className="documents-list">
      <h1>Documents</h1>
      <p>
        The sources the graph is built from. Open one to read it with every cited passage
        highlighted.
      </p>
      <div className="documents-tools">
        <form role="search" action="/documents" aria-label="Search the documents">
          <label htmlFor="documents-q">Search</label>
          <input id="documents-q" name="q" type="search" defaultValue={q} />
          <label htmlFor="documents-status">Status</label>
          <select id="documents-status" name="status" defaultValue={status ?? ""}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit">Search</button>
        </form>
        {curator && <Link href="/documents/new">Add a document</Link>}
      </div>
      {shown.length === 0 && !q && !status ? (
        <p>No documents yet: seed the graph with `npm run seed`.</p>
      ) : shown.length === 0 ? (
        <p>No document matches.</p>
      ) : (
        <DocumentList documents={shown} curator={curator} />
      )}
    </section>
  );
}
