"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { requestJson } from "@/components/fetch-json";
import type { Role } from "@/lib/auth/accounts";
import styles from "@/components/admin/users.module.css";

export interface InviteFormProps {
  token: string;
  role: Role;
  expiresAt: number;
}

/** The invite page's form: the new account's name and password; on success, signed in at /admin. */
export function InviteForm({ token, role, expiresAt }: InviteFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (data.get("password") !== data.get("repeat")) {
      setError("The passwords differ.");
      return;
    }
    const displayName = String(data.get("displayName") ?? "").trim();
    setBusy(true);
    setError(null);
    const result = await requestJson("/api/invitations/accept", {
      body: {
        token,
        username: data.get("username"),
        password: data.get("password"),
        ...(displayName && { displayName }),
      },
    });
    setBusy(false);
    if (result.ok) {
      router.push("/admin");
      router.refresh();
    } else {
      setError(result.error.message);
    }
  }

  return (
    <form
      className={`${styles.box} ${styles.form}`}
      onSubmit={submit}
      aria-labelledby="invite-title"
    >
      <h2 id="invite-title">You are invited as {role}</h2>
      <p className={styles.muted}>
        This link works once, until {new Date(expiresAt).toUTCString()}.
      </p>
      <label>
        User name (2–32 lowercase letters, digits, _ or -)
        <input
          name="username"
          autoComplete="username"
          required
          pattern="[a-z][a-z0-9_\-]{1,31}"
          maxLength={32}
        />
      </label>
      <label>
        Display name (optional)
        <input name="displayName" autoComplete="name" maxLength={100} />
      </label>
      <label>
        Password (12 characters or more)
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
        />
      </label>
      <label>
        Repeat the password
        <input name="repeat" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <p role="alert" className={styles.error}>
        {error}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
