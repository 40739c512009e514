"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { requestJson } from "@/components/fetch-json";
import styles from "@/components/admin/users.module.css";

export interface AccountPanelProps {
  username: string;
  displayName: string;
  role: string;
  csrfToken: string;
}

/** Who is signed in, their own password change, and signing out: for every role. */
export function AccountPanel({ username, displayName, role, csrfToken }: AccountPanelProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (data.get("newPassword") !== data.get("repeatPassword")) {
      setMessage({ ok: false, text: "The new passwords differ." });
      return;
    }
    setBusy(true);
    const result = await requestJson("/api/auth/password", {
      body: { currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") },
      csrfToken,
    });
    setBusy(false);
    if (result.ok) {
      form.reset();
      setMessage({ ok: true, text: "Password changed. Your other sessions were signed out." });
      // The answer set a fresh session: the page needs its new CSRF token.
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.error.message });
    }
  }

  async function signOut() {
    await requestJson("/api/auth/logout", { body: {}, csrfToken });
    router.refresh();
  }

  return (
    <section className={styles.box} aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <p>
        Signed in as <strong>{displayName}</strong> ({username}), role <strong>{role}</strong>.
      </p>
      <form className={styles.form} onSubmit={changePassword} aria-labelledby="password-title">
        <h3 id="password-title">Change your password</h3>
        <label>
          Current password
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </label>
        <label>
          New password (12 characters or more)
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
          />
        </label>
        <label>
          Repeat the new password
          <input
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
          />
        </label>
        <p role="status" className={message?.ok ? styles.ok : styles.error}>
          {message?.text}
        </p>
        <div className={styles.actions}>
          <button type="submit" disabled={busy}>
            {busy ? "Changing…" : "Change password"}
          </button>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </form>
    </section>
  );
}
