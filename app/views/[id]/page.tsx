import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/driver";
import { SAVED_VIEW_ID } from "@/lib/views/saved-view-input";
import { getSavedView } from "@/lib/views/saved-views";

export const dynamic = "force-dynamic";

/** A saved view's link: the explorer's own URL for that view, so it opens exactly as saved. */
export default async function SavedViewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = SAVED_VIEW_ID.test(id) ? await getSavedView(getDb(), id) : null;
  if (!view) notFound();
  redirect(view.state ? `/?${view.state}` : "/");
}
