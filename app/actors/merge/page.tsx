import { CuratorGate } from "@/components/curation/curator-gate";
import { MergeWorkspace } from "@/components/curation/merge/merge-workspace";
import "@/components/curation/curation.css";

export const metadata = { title: "Merge actors" };
export const dynamic = "force-dynamic";

export default function MergeActorsPage() {
  return (
    <CuratorGate purpose="merge actors">
      {(session) => (
        <div className="curation-page">
          <h1>Merge two actors</h1>
          <p>
            Choose the actor that stays and the one merged into it. Its mentions, claims and aliases
            move to the one that stays, its edges are recomputed, and its old address leads there. A
            merge can be undone below.
          </p>
          <MergeWorkspace csrfToken={session.csrfToken} />
        </div>
      )}
    </CuratorGate>
  );
}
