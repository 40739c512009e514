import { NotBuiltYet } from "@/components/layout/not-built-yet";

export default function ExplorePage() {
  return (
    <NotBuiltYet title="Explore">
      The graph explorer will show actors and the passages behind every relationship.
    </NotBuiltYet>
  );
}
