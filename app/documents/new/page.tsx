import { CuratorGate } from "@/components/curation/curator-gate";
import { NewDocument } from "@/components/curation/new-document/new-document";
import "@/components/curation/curation.css";

export const metadata = { title: "Add a document" };
export const dynamic = "force-dynamic";

export default function NewDocumentPage() {
  return (
    <CuratorGate purpose="add a document">
      {(session) => (
        <div className="curation-page">
          <h1>Add a document</h1>
          <p className="lead">
            Paste it, upload it or give its address. Check the text and what it is, mark where the
            article itself starts and ends, then freeze it to review the actors it names.
          </p>
          <NewDocument csrfToken={session.csrfToken} />
        </div>
      )}
    </CuratorGate>
  );
}
