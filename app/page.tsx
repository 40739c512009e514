import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { earlyViewScript } from "@/components/explorer/early-view";
import { firstViewRequest } from "@/lib/explorer/view-urls";
import { parseViewState } from "@/lib/explorer/view-state";
import "@/components/explorer/explorer.css";

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(searchParams: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, one);
    }
  }
  return params;
}

export default async function ExplorePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // The view's data is fetched from the HTML itself, while the explorer's scripts load and
  // hydrate (half a second on the reference machine), instead of after (components/explorer/
  // early-view.ts). The explorer reads its state from the URL on the client as well.
  const state = parseViewState(toUrlParams(await searchParams));
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: earlyViewScript(firstViewRequest(state)) }} />
      <Suspense fallback={<p className="graph-status">Loading the explorer…</p>}>
        <Explorer />
      </Suspense>
    </>
  );
}
