import { CuratorGate } from "@/components/curation/curator-gate";
import { ReviewWorkspace } from "@/components/curation/review/review-workspace";
import "@/components/reader/reader.css";
import "@/components/curation/curation.css";

export const metadata = { title: "Review mentions" };
export const dynamic = "force-dynamic";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
}

export default async function ReviewPage({ params }: ReviewPageProps) {
  const { id } = await params;
  return (
    <CuratorGate purpose="review a document">
      {(session) => (
        <div className="curation-page wide">
          <h1>Review the names in a document</h1>
          <ReviewWorkspace documentId={id} csrfToken={session.csrfToken} />
        </div>
      )}
    </CuratorGate>
  );
}
