"use client";

import { useRef, useState, type FormEvent } from "react";
import { fetchJson } from "@/components/fetch-json";
import { whoIsViewing, type Viewer } from "@/components/who-is-viewing";
import { rememberedViews, rememberView } from "@/components/explorer/remembered-views";
import { serializeViewState, type ViewState } from "@/lib/explorer/view-state";
import { SAVED_VIEW_NAME_MAX, type RememberedView } from "@/lib/views/saved-view-input";
import type { SavedView } from "@/lib/views/saved-views";

type Saving =
  | { state: "editing" }
  | { state: "saving" }
  | { state: "saved"; view: SavedView }
  | { state: "error"; message: string };

const viewLink = (view: { id: string }) => `/views/${view.id}`;
const NOTE = "Anyone with the link can open this view; only you see it in this list.";

/**
 * "Save view…" (a dialog asking for a name) and the list of the viewer's own views, each opened
 * by its link: signed in, the account's views from the API; signed out, those saved from this
 * browser (localStorage), since no server lists anonymous views.
 */
export function SavedViews({ state }: { state: ViewState }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState("");
  const [saving, setSaving] = useState<Saving>({ state: "editing" });
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  const [list, setList] = useState<RememberedView[] | string | null>(null);

  const open = () => {
    setSaving({ state: "editing" });
    setName("");
    dialog.current?.showModal();
  };

  async function currentViewer(): Promise<Viewer> {
    const found = viewer === undefined ? await whoIsViewing() : viewer;
    setViewer(found);
    return found;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving({ state: "saving" });
    try {
      const me = await currentViewer();
      const view = (
        await fetchJson<{ view: SavedView }>("/api/views", {
          body: { name, state: serializeViewState(state).toString() },
          csrfToken: me?.csrfToken,
        })
      ).view;
      if (!me) rememberView(view);
      setSaving({ state: "saved", view });
      void loadList();
    } catch (error) {
      setSaving({ state: "error", message: (error as Error).message });
    }
  }

  async function loadList() {
    try {
      // Asked afresh each time the menu opens: the viewer may have signed in or out meanwhile.
      const me = await whoIsViewing();
      setViewer(me);
      setList(
        me
          ? (await fetchJson<{ views: SavedView[] }>("/api/views?limit=50")).views
          : rememberedViews(),
      );
    } catch (error) {
      setList(`Could not load the saved views: ${(error as Error).message}`);
    }
  }

  async function remove(view: RememberedView) {
    if (!viewer) return;
    try {
      await fetchJson(`/api/views/${view.id}`, { method: "DELETE", csrfToken: viewer.csrfToken });
      await loadList();
    } catch (error) {
      setList(`Could not delete “${view.name}”: ${(error as Error).message}`);
    }
  }

  return (
    <div className="saved-views">
      <details
        className="toolbar-menu"
        onToggle={(event) => {
          if (event.currentTarget.open) void loadList();
        }}
      >
        <summary className="small-button">Views…</summary>
        <div className="toolbar-menu-body">
          <button type="button" className="small-button" onClick={open}>
            Save this view…
          </button>
          <h2 className="toolbar-menu-heading">
            {viewer ? `Saved by ${viewer.username}` : "Saved from this browser"}
          </h2>
          <p className="toolbar-menu-note">{NOTE}</p>
          {list === null ? (
            <p className="toolbar-menu-note">Loading…</p>
          ) : typeof list === "string" ? (
            <p role="alert">{list}</p>
          ) : list.length === 0 ? (
            <p className="toolbar-menu-note">None yet.</p>
          ) : (
            <ul aria-label="Saved views, newest first">
              {list.map((view) => (
                <li key={view.id}>
                  <a href={viewLink(view)}>{view.name}</a>{" "}
                  <time className="muted" dateTime={view.createdAt}>
                    {view.createdAt.slice(0, 10)}
                  </time>
                  {viewer && (
                    <>
                      {" "}
                      <button
                        type="button"
                        className="small-button"
                        aria-label={`Delete “${view.name}”`}
                        onClick={() => void remove(view)}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </details>
      <dialog ref={dialog} className="save-view-dialog" aria-labelledby="save-view-title">
        <h2 id="save-view-title">Save this view</h2>
        {saving.state === "saved" ? (
          <>
            <p role="status">
              Saved “{saving.view.name}”. Anyone with the link opens this view:{" "}
              <a href={viewLink(saving.view)}>{viewLink(saving.view)}</a>
            </p>
            <div className="dialog-buttons">
              <button type="button" onClick={() => dialog.current?.close()}>
                Close
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={save}>
            <label>
              Name
              <input
                type="text"
                value={name}
                required
                maxLength={SAVED_VIEW_NAME_MAX}
                onChange={(event) => setName(event.target.value)}
              />
            </label>
            <p className="toolbar-menu-note">
              {NOTE}
              {viewer === null && " Signed out, the list is kept by this browser only."}
            </p>
            {saving.state === "error" && <p role="alert">Not saved: {saving.message}</p>}
            <div className="dialog-buttons">
              <button type="submit" disabled={saving.state === "saving" || !name.trim()}>
                {saving.state === "saving" ? "Saving…" : "Save"}
              </button>
              <button type="button" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </dialog>
    </div>
  );
}
