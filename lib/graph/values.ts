import type { Row } from "@/lib/db/session";

/**
 * Readers for one field of a row that `toNative` has already converted. They fail loudly on a
 * shape the graph should never hold, rather than letting `undefined` leak into a response.
 */
export function str(row: Row, key: string): string {
  const value = row[key];
  if (typeof value !== "string") throw new TypeError(`expected a string in "${key}"`);
  return value;
}

export function strOrNull(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === "string" ? value : null;
}

export function int(row: Row, key: string): number {
  const value = row[key];
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`expected an integer in "${key}"`);
  }
  return value;
}

export function bool(row: Row, key: string): boolean {
  return row[key] === true;
}

export function strings(row: Row, key: string): string[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`expected a list in "${key}"`);
  return value.map(String);
}

export function rows(row: Row, key: string): Row[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`expected a list in "${key}"`);
  return value as Row[];
}

export function obj(row: Row, key: string): Row {
  const value = row[key];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`expected a map in "${key}"`);
  }
  return value as Row;
}
