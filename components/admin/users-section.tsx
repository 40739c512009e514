"use client";

import { useCallback, useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { requestJson } from "@/components/fetch-json";
import type { Role } from "@/lib/auth/accounts";
import type { Invitation } from "@/lib/auth/invitations";
import type { PublicUser } from "@/lib/auth/users";
import styles from "@/components/admin/users.module.css";

export interface UsersSectionProps {
  /** The signed-in admin: their own role and state cannot be changed here. */
  username: string;
  csrfToken: string;
  initialUsers: PublicUser[];
  initialInvitations: Invitation[];
  /** ROLES, from the server (lib/auth/accounts.ts is server code). */
  roles: readonly Role[];
}

type Pending = { kind: "reset"; username: string } | { kind: "everywhere"; username: string };

const when = (ms: number) =>
  new Date(ms).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** /admin?section=users: accounts, invitations by one-time link, roles, resets, sign-outs. */
export function UsersSection({
  username: self,
  csrfToken,
  initialUsers,
  initialInvitations,
  roles,
}: UsersSectionProps) {
  const [users, setUsers] = useState(initialUsers);
  const [invitations, setInvitations] = useState(initialInvitations);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [resetPassword, setResetPassword] = useState("");
  const [resetError, setResetError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [u, i] = await Promise.all([
      requestJson<{ users: PublicUser[] }>("/api/users"),
      requestJson<{ invitations: Invitation[] }>("/api/invitations"),
    ]);
    if (u.ok) setUsers(u.data.users);
    if (i.ok) setInvitations(i.data.invitations);
  }, []);

  async function call(url: string, method: string, body: unknown, done: string) {
    const result = await requestJson(url, { method, body, csrfToken });
    setStatus(result.ok ? { ok: true, text: done } : { ok: false, text: result.error.message });
    await refresh();
    return result.ok;
  }

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await requestJson<{ link: string }>("/api/invitations", {
      body: { role: data.get("role"), expiresInHours: Number(data.get("hours")) },
      csrfToken,
    });
    if (result.ok) {
      setLink(result.data.link);
      setCopied(false);
      setStatus({ ok: true, text: "Invitation created: copy its link now." });
    } else {
      setStatus({ ok: false, text: result.error.message });
    }
    await refresh();
  }

  async function copy() {
    if (!link) return;
    await navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  const patch = (username: string, body: Record<string, unknown>, done: string) =>
    call(`/api/users/${encodeURIComponent(username)}`, "PATCH", body, done);

  const open = invitations.filter((i) => i.state === "pending");
  const ended = invitations.filter((i) => i.state !== "pending");

  return (
    <section className={styles.box} aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <p role="status" className={status?.ok ? styles.ok : styles.error}>
        {status?.text}
      </p>

      <form onSubmit={invite} aria-labelledby="invite-title">
        <h3 id="invite-title">Invite someone</h3>
        <div className={styles.row}>
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" defaultValue="curator">
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <label htmlFor="invite-hours">Link valid for (hours)</label>
          <input
            id="invite-hours"
            name="hours"
            type="number"
            min={1}
            max={336}
            defaultValue={72}
            required
          />
          <button type="submit">Create invitation link</button>
        </div>
      </form>
      {link && (
        <div aria-live="polite">
          <p>
            <strong>This link is shown once.</strong> Send it to the person you invite: it creates
            one account.
          </p>
          <div className={styles.link}>
            <label htmlFor="invite-link" className={styles.muted}>
              Invitation link
            </label>
            <input id="invite-link" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={copy}>
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
        </div>
      )}

      <h3 id="pending-title">Pending invitations</h3>
      {open.length === 0 ? (
        <p className={styles.muted}>None.</p>
      ) : (
        <table className={styles.table} aria-labelledby="pending-title">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">By</th>
              <th scope="col">Expires</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {open.map((i) => (
              <tr key={i.id}>
                <td>{i.role}</td>
                <td>{when(i.createdAt)}</td>
                <td>{i.createdBy}</td>
                <td>{when(i.expiresAt)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Revoke the ${i.role} invitation created ${when(i.createdAt)}`}
                    onClick={() =>
                      call(
                        `/api/invitations/${encodeURIComponent(i.id)}`,
                        "DELETE",
                        undefined,
                        "Invitation revoked.",
                      )
                    }
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ended.length > 0 && (
        <p className={styles.muted}>
          Recently ended:{" "}
          {ended.map((i) => `${i.role} ${i.state}${i.usedBy ? ` by ${i.usedBy}` : ""}`).join(", ")}.
        </p>
      )}

      <h3 id="accounts-title">Accounts</h3>
      <table className={styles.table} aria-labelledby="accounts-title">
        <thead>
          <tr>
            <th scope="col">User name</th>
            <th scope="col">Display name</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">Created</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const own = user.username === self;
            return (
              <tr key={user.username}>
                <th scope="row">{user.username}</th>
                <td>{user.displayName}</td>
                <td>
                  <select
                    aria-label={`Role of ${user.username}`}
                    value={user.role}
                    disabled={own}
                    onChange={(e) =>
                      patch(
                        user.username,
                        { role: e.target.value as Role },
                        `${user.username} is now ${e.target.value}.`,
                      )
                    }
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={user.disabled ? styles.disabled : undefined}>
                  {user.disabled ? "disabled" : "active"}
                </td>
                <td>{when(user.createdAt)}</td>
                <td>
                  <div className={styles.actions}>
                    {!own && (
                      <button
                        type="button"
                        aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.username}`}
                        onClick={() =>
                          patch(
                            user.username,
                            { disabled: !user.disabled },
                            `${user.username} ${user.disabled ? "enabled" : "disabled"}.`,
                          )
                        }
                      >
                        {user.disabled ? "Enable" : "Disable"}
                      </button>
                    )}
                    <button
                      type="button"
                      aria-label={`Reset the password of ${user.username}`}
                      onClick={() => {
                        setResetPassword("");
                        setResetError(null);
                        setPending({ kind: "reset", username: user.username });
                      }}
                    >
                      Reset password…
                    </button>
                    <button
                      type="button"
                      aria-label={`Sign ${user.username} out everywhere`}
                      onClick={() => setPending({ kind: "everywhere", username: user.username })}
                    >
                      Sign out everywhere
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {pending?.kind === "reset" && (
        <ConfirmDialog
          title={`Reset the password of ${pending.username}?`}
          confirmLabel="Reset password"
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            if (resetPassword.length < 12) {
              setResetError("The new password needs 12 characters or more.");
              return;
            }
            setPending(null);
            await patch(
              pending.username,
              { password: resetPassword },
              `Password of ${pending.username} reset; their sessions ended.`,
            );
          }}
        >
          <p>Their sessions end at once. Tell them the new password in person.</p>
          <label className={styles.dialogField}>
            New password (12 characters or more)
            <input
              type="password"
              autoComplete="new-password"
              minLength={12}
              value={resetPassword}
              onChange={(e) => setResetPassword(e.target.value)}
              aria-invalid={resetError !== null}
              aria-describedby="reset-error"
            />
          </label>
          <p id="reset-error" role="alert" className={styles.error}>
            {resetError}
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === "everywhere" && (
        <ConfirmDialog
          title={`Sign ${pending.username} out everywhere?`}
          confirmLabel="Sign out everywhere"
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            setPending(null);
            await call(
              `/api/users/${encodeURIComponent(pending.username)}/sessions`,
              "DELETE",
              undefined,
              `${pending.username} was signed out on every device.`,
            );
          }}
        >
          <p>Every session of theirs ends, on every instance, within a second.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
