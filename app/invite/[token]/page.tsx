import type { Metadata } from "next";
import { InviteForm } from "@/components/admin/invite-form";
import {
  findInvitationByToken,
  invitationTokenSchema,
  type Invitation,
} from "@/lib/auth/invitations";
import { getDb } from "@/lib/db/driver";
import styles from "@/components/admin/users.module.css";

// The token is in the URL: no referrer leaves this page, and no search engine keeps it.
export const metadata: Metadata = {
  title: "Invitation",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};
export const dynamic = "force-dynamic";

const ENDED: Record<Exclude<Invitation["state"], "pending">, string> = {
  expired: "This invitation has expired. Ask an admin for a new link.",
  used: "This invitation was used already: each link creates one account. Sign in at /admin.",
  revoked: "This invitation was revoked. Ask an admin for a new link.",
};

async function lookUp(token: string): Promise<Invitation | null | "unavailable"> {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  return findInvitationByToken(getDb(), token).catch(() => "unavailable" as const);
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await lookUp(token);
  let problem: string | null = null;
  if (invitation === "unavailable") problem = "The database is not answering: try again soon.";
  else if (!invitation)
    problem = "This invitation does not exist. Check the link, or ask an admin for a new one.";
  else if (invitation.state !== "pending") problem = ENDED[invitation.state];
  return (
    <div className={styles.page}>
      <h1>Create your Influence Atlas account</h1>
      {problem !== null || invitation === null || invitation === "unavailable" ? (
        <p role="alert" className={styles.box}>
          {problem}
        </p>
      ) : (
        <InviteForm token={token} role={invitation.role} expiresAt={invitation.expiresAt} />
      )}
    </div>
  );
}
