import { cookies } from "next/headers";
import { AdminConsole } from "@/components/admin/admin-console";
import { LoginForm } from "@/components/admin/login-form";
import { HISTORY_PAGE } from "@/lib/admin/console-pages";
import { EXAMPLE_QUERIES } from "@/lib/admin/examples";
import { readHistory } from "@/lib/admin/history";
import { listSavedQueries } from "@/lib/admin/saved-queries";
import { sessionCookieValue } from "@/lib/auth/cookies";
import { sessionFromToken } from "@/lib/auth/request-auth";
import { graphSchemaInfo } from "@/lib/cypher/graph-schema";
import { getDb } from "@/lib/db/driver";

export const metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const jar = await cookies();
  const session = await sessionFromToken(sessionCookieValue((name) => jar.get(name)?.value));
  if (!session) return <LoginForm />;
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
