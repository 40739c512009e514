import { NotBuiltYet } from "@/components/layout/not-built-yet";

export const metadata = { title: "Admin" };

export default function AdminPage() {
  return (
    <NotBuiltYet title="Admin">
      The Cypher console for analysts (read-only unless an admin says otherwise) will live here.
    </NotBuiltYet>
  );
}
