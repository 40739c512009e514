import neo4j from "neo4j-driver";
import type { DumpProperties } from "@/lib/backup/dump-format";

type DumpValue = DumpProperties[string];

export class UnsupportedValueError extends Error {}

function encodeScalar(value: unknown, where: string): Exclude<DumpValue, unknown[]> {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  throw new UnsupportedValueError(
    `${where}: values of this type (temporal or spatial) are not supported by db:dump yet`,
  );
}

export function encodeProperties(props: Record<string, unknown>, where: string): DumpProperties {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((item) => encodeScalar(item, `${where}.${key}`))
        : encodeScalar(value, `${where}.${key}`),
    ]),
  );
}

function decodeScalar(value: unknown): unknown {
  return typeof value === "object" && value !== null && "$int" in value
    ? neo4j.int((value as { $int: string }).$int)
    : value;
}

export function decodeProperties(props: DumpProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map(decodeScalar) : decodeScalar(value),
    ]),
  );
}
