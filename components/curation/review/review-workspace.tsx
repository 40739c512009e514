"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Decision } from "@/lib/curation/schemas";
import type { AliasStrength, MentionGroup } from "@/lib/curation/types";
import { GroupActions } from "@/components/curation/review/group-actions";
import { groupKey, isDecided, sortGroups } from "@/components/curation/review/group-label";
import { GroupQueue, type StatusFilter } from "@/components/curation/review/group-queue";
import { NewActorDialog, type NewActorValues } from "@/components/curation/review/new-actor-dialog";
import { ReviewProgress } from "@/components/curation/review/review-progress";
import { SHORTCUTS, useReviewKeys } from "@/components/curation/review/review-keys";
import { ReviewText } from "@/components/curation/review/review-text";
import { useReview } from "@/components/curation/review/use-review";
import type { ActorKind } from "@/lib/domain/actor-kinds";
import type { ActorSummary } from "@/lib/graph/types";

export interface ReviewWorkspaceProps {
  documentId: string;
  csrfToken: string;
}

const refs = (group: MentionGroup) => group.mentions.map(({ id, version }) => ({ id, version }));

export function ReviewWorkspace({ documentId, csrfToken }: ReviewWorkspaceProps) {
  const { data, loadError, notice, busy, decide, say } = useReview(documentId, csrfToken);
  const [status, setStatus] = useState<StatusFilter>("all");
  const [text, setText] = useState("");
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [occurrence, setOccurrence] = useState(0);
  const [override, setOverride] = useState<ActorSummary | null>(null);
  const [teach, setTeach] = useState<AliasStrength | null>(null);
  // The mentions of the last decision made with the keys or the group's buttons, for u.
  const [lastDecided, setLastDecided] = useState<{ ids: string[]; surface: string } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [newActor, setNewActor] = useState<{
    name: string;
    kind: ActorKind | null;
    count: number;
  } | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  // Where the current group was when picked: after a decision moves it, its successor stands there.
  const [anchor, setAnchor] = useState(0);

  const actors = useMemo(() => new Map((data?.actors ?? []).map((a) => [a.id, a])), [data]);
  const actorName = useCallback(
    (id: string | null) => (id ? (actors.get(id)?.name ?? id) : null),
    [actors],
  );
  const groups = useMemo(() => sortGroups(data?.groups ?? []), [data]);
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return groups.filter((group) => {
      if (
        status === "undecided"
          ? isDecided(group.status)
          : status !== "all" && group.status !== status
      ) {
        return false;
      }
      if (!needle) return true;
      return [group.surface, group.reason, actorName(group.actorId) ?? ""].some((value) =>
        value.toLowerCase().includes(needle),
      );
    });
  }, [groups, status, text, actorName]);

  // The current group: the one picked, or, once a decision moves it away, the one now in its place.
  const found = shown.findIndex((group) => groupKey(group) === currentKey);
  const index = found >= 0 ? found : Math.min(anchor, shown.length - 1);
  const current = index >= 0 ? (shown[index] ?? null) : null;
  const mention = current?.mentions[Math.min(occurrence, current.mentions.length - 1)] ?? null;
  const target = override ?? (current?.actorId ? (actors.get(current.actorId) ?? null) : null);

  const allMentions = useMemo(() => groups.flatMap((group) => group.mentions), [groups]);
  const inGroup = useMemo(() => new Set(current?.mentions.map((m) => m.id) ?? []), [current]);

  useEffect(() => {
    if (mention)
      document.getElementById(`mention-${mention.id}`)?.scrollIntoView({ block: "center" });
  }, [mention]);

  // A decision re-keys the row that had focus; keep the keyboard in the queue, on the current group.
  const currentGroupKey = current ? groupKey(current) : null;
  const loaded = useRef(false);
  useEffect(() => {
    // Not on the first load: the page starts where a page starts.
    if (!loaded.current) {
      loaded.current = data !== null;
      return;
    }
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && currentGroupKey && document.querySelector("dialog[open]") === null) {
      focusGroup(currentGroupKey);
    }
  }, [data, currentGroupKey]);

  function pick(key: string, focus = false) {
    setCurrentKey(key);
    setAnchor(
      Math.max(
        0,
        shown.findIndex((group) => groupKey(group) === key),
      ),
    );
    setOccurrence(0);
    setOverride(null);
    setTeach(null);
    if (focus) requestAnimationFrame(() => focusGroup(key));
  }

  function move(delta: number) {
    const next = shown[Math.max(0, Math.min(shown.length - 1, index + delta))];
    if (next) pick(groupKey(next), true);
  }

  const pickMention = useCallback(
    (id: string) => {
      const group = groups.find((g) => g.mentions.some((m) => m.id === id));
      if (!group) return;
      setStatus("all");
      setText("");
      setCurrentKey(groupKey(group));
      setAnchor(Math.max(0, groups.indexOf(group)));
      setOverride(null);
      setTeach(null);
      setOccurrence(group.mentions.findIndex((m) => m.id === id));
    },
    [groups],
  );

  async function run(decision: Decision, done: string) {
    const surface = current?.surface ?? "";
    const outcome = await decide(decision, done);
    if (outcome.ok) {
      setOverride(null);
      setTeach(null);
      setLastDecided(
        decision.action === "reopen" ? null : { ids: decision.mentions.map((m) => m.id), surface },
      );
    }
    return outcome;
  }

  function link(scope: "all" | "one") {
    if (!current || !target) return;
    const mentions =
      scope === "all"
        ? refs(current)
        : mention
          ? [{ id: mention.id, version: mention.version }]
          : [];
    const n = mentions.length;
    void run(
      { action: "link", mentions, actorId: target.id, ...(teach && { teachAlias: teach }) },
      `Linked ${n} ${n === 1 ? "mention" : "mentions"} of “${current.surface}” to ${target.name}.`,
    );
  }

  function accept() {
    if (!current) return;
    if (!target) {
      say(
        `“${current.surface}” has no suggestion: find an actor, add a new one (n) or say it is not one (x).`,
      );
    } else if (current.status === "linked" && target.id === current.actorId) {
      say(`“${current.surface}” is already linked to ${target.name}.`);
    } else {
      link("all");
    }
  }

  const notActor = () =>
    current && current.status !== "rejected"
      ? void run(
          { action: "not_actor", mentions: refs(current) },
          `“${current.surface}” is not an actor.`,
        )
      : undefined;
  const notThisActor = () =>
    current?.actorId
      ? void run(
          { action: "not_this_actor", mentions: refs(current) },
          `“${current.surface}” is not ${actorName(current.actorId)}; back to open.`,
        )
      : undefined;
  // u: the current group if it is decided, else the last decision made here, which has usually
  // moved out of the current place (a decided group sorts after the undecided ones).
  const reopen = () => {
    if (current && isDecided(current.status)) {
      void run(
        { action: "reopen", mentions: refs(current) },
        `Undone: “${current.surface}” is open again.`,
      );
      return;
    }
    if (!lastDecided) return;
    const ids = new Set(lastDecided.ids);
    const decided = groups
      .filter((group) => isDecided(group.status))
      .flatMap((group) => group.mentions.filter((m) => ids.has(m.id)));
    if (decided.length === 0) return;
    void run(
      { action: "reopen", mentions: decided.map(({ id, version }) => ({ id, version })) },
      `Undone: “${lastDecided.surface}” is open again.`,
    );
  };
  const openNewActor = () =>
    current &&
    setNewActor({
      name: current.surface,
      kind: current.suggestedKind ?? null,
      count: current.mentions.length,
    });

  async function createActor(actor: NewActorValues) {
    if (!current) return { ok: false };
    const outcome = await run(
      { action: "new_actor", mentions: refs(current), actor, ...(teach && { teachAlias: teach }) },
      `Created ${actor.name} and linked ${current.mentions.length} mentions to it.`,
    );
    if (outcome.ok) setNewActor(null);
    return outcome;
  }

  async function bulk(action: "link" | "not_actor") {
    const chosen = shown.filter((group) => selected.has(groupKey(group)));
    if (action === "not_actor") {
      await run(
        { action: "not_actor", mentions: chosen.flatMap(refs) },
        `${chosen.length} names marked as not actors.`,
      );
    } else {
      const byActor = new Map<string, MentionGroup[]>();
      for (const group of chosen) {
        if (group.actorId && group.status !== "linked") {
          byActor.set(group.actorId, [...(byActor.get(group.actorId) ?? []), group]);
        }
      }
      const skipped = chosen.length - [...byActor.values()].flat().length;
      for (const [actorId, list] of byActor) {
        const outcome = await run(
          { action: "link", mentions: list.flatMap(refs), actorId },
          acceptedNotice(chosen.length - skipped, skipped),
        );
        if (!outcome.ok) break;
      }
    }
    setSelected(new Set());
  }

  useReviewKeys({
    next: () => move(1),
    previous: () => move(-1),
    accept,
    reject: notActor,
    undo: reopen,
    newActor: openNewActor,
    focusFilter: () => filterRef.current?.focus(),
  });

  function onListKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && (event.target as HTMLElement).dataset.group) {
      event.preventDefault();
      pick((event.target as HTMLElement).dataset.group ?? "");
      accept();
    }
  }

  if (loadError && !data) {
    return (
      <p role="alert" className="field-error">
        Could not load the mentions: {loadError}
      </p>
    );
  }
  if (!data) return <p aria-live="polite">Loading the mentions…</p>;
  return (
    <div className="review">
      <div className="review-head">
        <p className="reader-meta">
          <Link href={`/documents/${encodeURIComponent(documentId)}`}>{data.document.title}</Link>
        </p>
        <ReviewProgress mentions={allMentions} />
        <p className="review-notice" role="status" aria-live="polite">
          {busy ? "Saving…" : notice}
        </p>
      </div>
      <div className="review-columns">
        <section
          className="review-reader"
          tabIndex={0}
          aria-label={`Text of ${data.document.title}`}
        >
          <StatusKey />
          <ReviewText
            document={data.document}
            mentions={allMentions}
            current={inGroup}
            currentMention={mention?.id ?? null}
            onPick={pickMention}
          />
        </section>
        <div className="review-side">
          {current ? (
            <GroupActions
              group={current}
              target={target}
              occurrence={Math.min(occurrence, current.mentions.length - 1)}
              teach={teach}
              busy={busy}
              onOccurrence={setOccurrence}
              onTarget={setOverride}
              onTeach={setTeach}
              onLink={link}
              onNewActor={openNewActor}
              onNotActor={notActor}
              onNotThisActor={notThisActor}
              onReopen={reopen}
            />
          ) : (
            <p className="hint">Nothing to decide here.</p>
          )}
          <div className="review-queue-scroll">
            <GroupQueue
              groups={shown}
              actorName={actorName}
              currentKey={current ? groupKey(current) : null}
              selected={selected}
              status={status}
              text={text}
              filterRef={filterRef}
              busy={busy}
              onStatus={setStatus}
              onText={setText}
              onPick={(key) => pick(key)}
              onSelect={(keys, on) =>
                setSelected((before) => {
                  const after = new Set(before);
                  for (const key of keys) {
                    if (on) after.add(key);
                    else after.delete(key);
                  }
                  return after;
                })
              }
              onBulk={(action) => void bulk(action)}
              onListKey={onListKey}
            />
            <section className="shortcuts" aria-labelledby="shortcuts-heading">
              <h2 id="shortcuts-heading">Keys</h2>
              <dl>
                {SHORTCUTS.map((shortcut) => (
                  <div key={shortcut.does}>
                    <dt>
                      {shortcut.keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </dt>
                    <dd>{shortcut.does}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </div>
        </div>
      </div>
      <NewActorDialog initial={newActor} onSubmit={createActor} onClose={() => setNewActor(null)} />
    </div>
  );
}

function focusGroup(key: string): void {
  [...document.querySelectorAll<HTMLElement>("[data-group]")]
    .find((element) => element.dataset.group === key)
    ?.focus({ preventScroll: false });
}

function acceptedNotice(accepted: number, skipped: number): string {
  const done = `Accepted ${accepted} ${accepted === 1 ? "suggestion" : "suggestions"}`;
  return skipped
    ? `${done}; ${skipped} without a suggestion or already linked left as they were.`
    : `${done}.`;
}

function StatusKey() {
  return (
    <p className="status-key">
      <mark className="mention-hl status-linked">linked</mark>{" "}
      <mark className="mention-hl status-suggested">suggested</mark>{" "}
      <mark className="mention-hl status-open">open</mark>{" "}
      <mark className="mention-hl status-rejected">not an actor</mark>
    </p>
  );
}
