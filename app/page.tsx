import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { earlyViewScript } from "@/components/explorer/early-view";
import { earlyDrawState } from "@/lib/explorer/early-draw";
import { firstViewRequest } from "@/lib/explorer/view-urls";
import { parseViewState } from "@/lib/explorer/view-state";
import { getDb } from "@/lib/db/driver";
import { resolveActorRedirect } from "@/lib/graph/actor-redirects";
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

/** The explorer still opens when the database is down; its banner says so. */
async function survivorOf(focus: string): Promise<string | null> {
  try {
    return await resolveActorRedirect(getDb(), focus);
  } catch {
    return null;
  }
}

export default async function ExplorePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // The view's data is fetched from the HTML itself, while the explorer's scripts load and
  // hydrate (half a second on the reference machine), instead of after, and a large view is drawn
  // as soon as it is here (components/explorer/early-view.ts). The explorer reads its state from
  // the URL on the client as well.
  const params = toUrlParams(await searchParams);
  const state = parseViewState(params);
  // A merged actor's id: the same view around its survivor (307: an unmerge brings it back).
  const survivor = state.focus ? await survivorOf(state.focus) : null;
  if (survivor) {
    params.set("focus", survivor);
    redirect(`/?${params.toString()}`);
  }
  return (
    <>
      <script
        dangerouslySetInnerHTML={{
          __html: earlyViewScript(firstViewRequest(state), earlyDrawState(state)),
        }}
      />
      <Suspense fallback={<p className="graph-status">Loading the explorer…</p>}>
        <Explorer />
      </Suspense>
    </>
  );
}
