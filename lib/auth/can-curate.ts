import type { Role } from "@/lib/auth/accounts";

/** Curators add and review documents; an admin may do everything (as requireSession decides). */
export function canCurate(role: Role): boolean {
  return role === "curator" || role === "admin";
}
