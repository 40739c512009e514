import Link from "next/link";
import type { Role } from "@/lib/auth/accounts";
import styles from "@/components/admin/users.module.css";

export type AdminSection = "console" | "users" | "changes" | "account";

export interface AdminNavProps {
  role: Role;
  current: AdminSection;
}

/**
 * The parts of /admin this role may open: the console (analyst, admin), users (admin), changes
 * (curator, admin), account.
 */
export function AdminNav({ role, current }: AdminNavProps) {
  const items: { section: AdminSection; href: string; label: string }[] = [
    ...(role === "curator"
      ? []
      : [{ section: "console" as const, href: "/admin", label: "Console" }]),
    ...(role === "admin"
      ? [{ section: "users" as const, href: "/admin?section=users", label: "Users" }]
      : []),
    ...(role === "curator" || role === "admin"
      ? [{ section: "changes" as const, href: "/admin/changes", label: "Changes" }]
      : []),
    { section: "account", href: "/admin?section=account", label: "Your account" },
  ];
  if (items.length < 2) return null;
  return (
    <nav aria-label="Admin" className={styles.nav}>
      <ul>
        {items.map((item) => (
          <li key={item.section}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={item.section === current ? "page" : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
