import { Suspense } from "react";
import { preload } from "react-dom";
import { Explorer } from "@/components/explorer/explorer";
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
  // The view's data is asked for in the HTML's head, so the browser fetches it while the
  // explorer's scripts load and hydrate (half a second on the reference machine) instead of after.
  const state = parseViewState(toUrlParams(await searchParams));
  preload(firstViewRequest(state), { as: "fetch", crossOrigin: "anonymous" });
  // The explorer reads its state from the URL on the client as well, and keeps it in step there.
  return (
    <Suspense fallback={<p className="graph-status">Loading the explorer…</p>}>
      <Explorer />
    </Suspense>
  );
}
