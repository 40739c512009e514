export interface ChangesFilterProps {
  values: { user: string; document: string; actor: string };
}

/** /admin/changes's filters: a plain GET form, so the filtered feed has its own URL. */
export function ChangesFilter({ values }: ChangesFilterProps) {
  return (
    <form method="get" action="/admin/changes" className="changes-filter" role="search">
      <p id="changes-filter-hint" className="hint">
        By user, and by one document or one actor (ids, as in their URLs).
      </p>
      <label>
        User <input name="user" defaultValue={values.user} aria-describedby="changes-filter-hint" />
      </label>
      <label>
        Document{" "}
        <input
          name="document"
          defaultValue={values.document}
          aria-describedby="changes-filter-hint"
        />
      </label>
      <label>
        Actor{" "}
        <input name="actor" defaultValue={values.actor} aria-describedby="changes-filter-hint" />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
