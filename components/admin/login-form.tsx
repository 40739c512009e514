"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { requestJson } from "@/components/fetch-json";
import styles from "@/components/admin/admin-console.module.css";

export interface LoginFormProps {
  title?: string;
  intro?: string;
}

export function LoginForm({
  title = "Sign in to the Cypher console",
  intro = "Analysts run read queries; admins may also write.",
}: LoginFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await requestJson("/api/auth/login", {
      body: { username: form.get("username"), password: form.get("password") },
    });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.error.message);
  }

  return (
    <form className={styles.login} onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title">{title}</h1>
      <p className={styles.muted}>{intro}</p>
      <label>
        User name
        <input name="username" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
