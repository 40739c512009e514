import { NotBuiltYet } from "@/components/layout/not-built-yet";

export const metadata = { title: "Documents" };

export default function DocumentsPage() {
  return (
    <NotBuiltYet title="Documents">
      The reader will list the source documents and highlight every passage a relationship cites.
    </NotBuiltYet>
  );
}
