import { cookies } from "next/headers";
import { AccountPanel } from "@/components/admin/account-panel";
import { AdminConsole } from "@/components/admin/admin-console";
import { AdminNav } from "@/components/admin/admin-nav";
import { LoginForm } from "@/components/admin/login-form";
import { UsersSection } from "@/components/admin/users-section";
import { HISTORY_PAGE } from "@/lib/admin/console-pages";
import { EXAMPLE_QUERIES } from "@/lib/admin/examples";
import { readHistory } from "@/lib/admin/history";
import { listSavedQueries } from "@/lib/admin/saved-queries";
import { ROLES } from "@/lib/auth/accounts";
import { sessionCookieValue } from "@/lib/auth/cookies";
import { listInvitations } from "@/lib/auth/invitations";
import { sessionFromToken } from "@/lib/auth/request-auth";
import type { Session } from "@/lib/auth/session-token";
import { findUser, listUsers } from "@/lib/auth/users";
import { graphSchemaInfo } from "@/lib/cypher/graph-schema";
import { getDb } from "@/lib/db/driver";
import styles from "@/components/admin/users.module.css";

export const metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

interface AdminPageProps {
  searchParams: Promise<{ section?: string | string[] }>;
}

export default async function AdminPage({ searchParams }: AdminPageProps) {
  const jar = await cookies();
  const session = await sessionFromToken(sessionCookieValue((name) => jar.get(name)?.value));
  if (!session) return <LoginForm />;
  const { section } = await searchParams;
  // A curator has no console: their /admin is their account.
  if (session.role === "curator" || section === "account") return <AccountPage session={session} />;
  if (section === "users" && session.role === "admin") return <UsersPage session={session} />;
  const db = getDb();
  const [history, saved, schema] = await Promise.all([
    // The console still opens when the database is down; its queries then report the outage.
    readHistory(db, session.username, { offset: 0, limit: HISTORY_PAGE }).catch(() => ({
      history: [],
      hasMore: false,
    })),
    // One page holds them all: the page size is the per-user cap.
    listSavedQueries(db, session.username).catch(() => ({ saved: [], hasMore: false })),
    graphSchemaInfo(db).catch(() => null),
  ]);
  return (
    <AdminConsole
      username={session.username}
      role={session.role}
      csrfToken={session.csrfToken}
      examples={EXAMPLE_QUERIES}
      initialHistory={history.history}
      initialHistoryHasMore={history.hasMore}
      initialSaved={saved.saved}
      schema={schema}
    />
  );
}

async function AccountPage({ session }: { session: Session }) {
  const user = await findUser(getDb(), session.username).catch(() => null);
  return (
    <div className={styles.page}>
      <h1>Admin: your account</h1>
      <AdminNav role={session.role} current="account" />
      {session.role === "curator" && (
        <p>
          The Cypher console needs the <strong>analyst</strong> role: ask an admin if you need it.
        </p>
      )}
      <AccountPanel
        username={session.username}
        displayName={user?.displayName ?? session.username}
        role={session.role}
        csrfToken={session.csrfToken}
      />
    </div>
  );
}

async function UsersPage({ session }: { session: Session }) {
  const db = getDb();
  const [users, invitations] = await Promise.all([
    listUsers(db).catch(() => []),
    listInvitations(db).catch(() => []),
  ]);
  return (
    <div className={styles.page}>
      <h1>Admin: users</h1>
      <AdminNav role={session.role} current="users" />
      <UsersSection
        username={session.username}
        csrfToken={session.csrfToken}
        initialUsers={users}
        initialInvitations={invitations}
        roles={ROLES}
      />
    </div>
  );
}
