import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/lib/db/driver";
import { listDocuments } from "@/lib/graph/documents";
import "@/components/reader/reader.css";
import { formatPeriod } from "@/lib/domain/periods";

export const metadata = { title: "Documents" };

export default async function DocumentsPage() {
  await connection();
  const { documents } = await listDocuments(getDb(), { limit: 200, offset: 0 });
  return (
    <section className="documents-list">
      <h1>Documents</h1>
      <p>
        The sources the graph is built from. Open one to read it with every cited passage
        highlighted.
      </p>
      {documents.length === 0 ? (
        <p>No documents yet: seed the graph with `npm run seed`.</p>
      ) : (
        <ul>
          {documents.map((document) => (
            <li key={document.id}>
              <h2>
                <Link href={`/documents/${encodeURIComponent(document.id)}`}>{document.title}</Link>
              </h2>
              {document.subtitle && <p>{document.subtitle}</p>}
              <p className="reader-meta">
                {[
                  document.publisher,
                  document.section,
                  document.published && formatPeriod(document.published),
                ]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                · {document.passageCount} cited passages
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
