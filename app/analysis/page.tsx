import { NotBuiltYet } from "@/components/layout/not-built-yet";

export const metadata = { title: "Analysis" };

export default function AnalysisPage() {
  return (
    <NotBuiltYet title="Analysis">
      Rankings, paths of influence and signed-network analysis will live here.
    </NotBuiltYet>
  );
}
