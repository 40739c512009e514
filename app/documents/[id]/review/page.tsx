import Link from "next/link";
import { CuratorGate } from "@/components/curation/curator-gate";
import { DocumentChangesProvider } from "@/components/curation/review/document-changes";
import { FinishReview } from "@/components/curation/review/finish-review";
import { ReviewTabs } from "@/components/curation/review/review-tabs";
import "@/components/reader/reader.css";
import "@/components/curation/curation.css";

export const metadata = { title: "Review a document" };
export const dynamic = "force-dynamic";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string | string[] }>;
}

export default async function ReviewPage({ params, searchParams }: ReviewPageProps) {
  const { id } = await params;
  const { tab } = await searchParams;
  return (
    <CuratorGate purpose="review a document">
      {(session) => (
        <div className="curation-page wide">
          <h1>Review a document: the names it mentions and what it claims</h1>
          <p>
            Two actors that are one? <Link href="/actors/merge">Merge actors</Link>.
          </p>
          <DocumentChangesProvider>
            <FinishReview documentId={id} csrfToken={session.csrfToken} />
            <ReviewTabs
              documentId={id}
              csrfToken={session.csrfToken}
              initialTab={tab === "claims" || tab === "history" ? tab : "mentions"}
            />
          </DocumentChangesProvider>
        </div>
      )}
    </CuratorGate>
  );
}
