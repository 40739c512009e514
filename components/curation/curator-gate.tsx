import type { ReactNode } from "react";
import { LoginForm } from "@/components/admin/login-form";
import { canCurate } from "@/lib/auth/can-curate";
import { pageSession } from "@/lib/auth/page-session";
import type { Session } from "@/lib/auth/session-token";

export interface CuratorGateProps {
  /** What the page is for, in the sign-in heading: "add a document". */
  purpose: string;
  children: (session: Session) => ReactNode;
}

/** Curation pages: the sign-in form when signed out (as /admin), a refusal for other roles. */
export async function CuratorGate({ purpose, children }: CuratorGateProps) {
  const session = await pageSession();
  if (!session) {
    return (
      <LoginForm
        title={`Sign in to ${purpose}`}
        intro="Curators and admins add and review documents."
      />
    );
  }
  if (!canCurate(session.role)) {
    return (
      <section className="curation-page">
        <h1>Curators only</h1>
        <p>
          Adding and reviewing documents needs the <strong>curator</strong> role; you are signed in
          as {session.username} ({session.role}). Ask an admin if you need it.
        </p>
      </section>
    );
  }
  return children(session);
}
