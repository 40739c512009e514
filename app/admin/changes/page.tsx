import { AdminNav } from "@/components/admin/admin-nav";
import { CuratorGate } from "@/components/curation/curator-gate";
import { ChangesFilter } from "@/components/history/changes-filter";
import { HistoryList } from "@/components/history/history-list";
import styles from "@/components/admin/users.module.css";
import "@/components/curation/curation.css";

export const metadata = { title: "Changes" };
export const dynamic = "force-dynamic";

const FILTERS = ["user", "document", "actor"] as const;

interface ChangesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The global feed of curation changes, newest first, filtered by user, document or actor. */
export default async function ChangesPage({ searchParams }: ChangesPageProps) {
  const given = await searchParams;
  const values = Object.fromEntries(
    FILTERS.map((name) => {
      const value = given[name];
      return [name, (Array.isArray(value) ? value[0] : value)?.trim() ?? ""];
    }),
  ) as Record<(typeof FILTERS)[number], string>;
  const query = new URLSearchParams(
    FILTERS.filter((name) => values[name]).map((name) => [name, values[name]]),
  ).toString();
  return (
    <CuratorGate purpose="see the changes">
      {(session) => (
        <div className={styles.page}>
          <h1>Admin: changes</h1>
          <AdminNav role={session.role} current="changes" />
          <ChangesFilter values={values} />
          <HistoryList
            key={query}
            query={query}
            csrfToken={session.csrfToken}
            label="Changes, newest first"
          />
        </div>
      )}
    </CuratorGate>
  );
}
