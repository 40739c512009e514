import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import "@/components/explorer/explorer.css";

export default function ExplorePage() {
  // The explorer reads its state from the URL, which only the browser knows at first paint.
  return (
    <Suspense fallback={<p className="graph-status">Loading the explorer…</p>}>
      <Explorer />
    </Suspense>
  );
}
