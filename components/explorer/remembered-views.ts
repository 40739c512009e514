import { rememberedViewsSchema, type RememberedView } from "@/lib/views/saved-view-input";

const KEY = "atlas.savedViews";
const KEPT = 200;

/** The views this browser saved while signed out, newest first; [] when storage is unavailable. */
export function rememberedViews(): RememberedView[] {
  try {
    return rememberedViewsSchema.parse(JSON.parse(window.localStorage.getItem(KEY) ?? "[]"));
  } catch {
    return [];
  }
}

export function rememberView(view: RememberedView): RememberedView[] {
  const { id, name, createdAt } = view;
  const views = [{ id, name, createdAt }, ...rememberedViews().filter((v) => v.id !== id)].slice(
    0,
    KEPT,
  );
  try {
    window.localStorage.setItem(KEY, JSON.stringify(views));
  } catch {
    // Private mode or a full quota: the view is saved, only this browser's list misses it.
  }
  return views;
}
