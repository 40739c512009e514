"use client";

import { useRef, useState, type FormEvent } from "react";
import { fetchJson } from "@/components/fetch-json";
import { serializeViewState, type ViewState } from "@/lib/explorer/view-state";
import { SAVED_VIEW_NAME_MAX } from "@/lib/views/saved-view-input";
import type { SavedView } from "@/lib/views/saved-views";

type Saving =
  | { state: "editing" }
  | { state: "saving" }
  | { state: "saved"; view: SavedView }
  | { state: "error"; message: string };

async function postView(name: string, state: string): Promise<SavedView> {
  return (await fetchJson<{ view: SavedView }>("/api/views", { body: { name, state } })).view;
}

const viewLink = (view: SavedView) => `/views/${view.id}`;

/** "Save view…" (a dialog asking for a name) and the list of saved views, each opened by its link. */
export function SavedViews({ state }: { state: ViewState }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState("");
  const [saving, setSaving] = useState<Saving>({ state: "editing" });
  const [list, setList] = useState<SavedView[] | string | null>(null);

  const open = () => {
    setSaving({ state: "editing" });
    setName("");
    dialog.current?.showModal();
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving({ state: "saving" });
    try {
      const view = await postView(name, serializeViewState(state).toString());
      setSaving({ state: "saved", view });
      void loadList();
    } catch (error) {
      setSaving({ state: "error", message: (error as Error).message });
    }
  }

  async function loadList() {
    try {
      setList((await fetchJson<{ views: SavedView[] }>("/api/views?limit=50")).views);
    } catch (error) {
      setList(`Could not load the saved views: ${(error as Error).message}`);
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
          <h2 className="toolbar-menu-heading">Saved views</h2>
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
              Saved views are shared: everyone using this atlas can see and open them.
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
