import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BUILD_CANARIES, E2E_ADMIN, E2E_ANALYST } from "@/scripts/lib/harness/accounts";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The developer's own generated Neo4j password, when this checkout has one. */
function localSecrets(): string[] {
  if (!existsSync(".env.local")) return [];
  return readFileSync(".env.local", "utf8")
    .split("\n")
    .filter((line) => /^(NEO4J_PASSWORD|ATLAS_\w*(PASSWORD|SECRET))=/.test(line))
    .map((line) => line.slice(line.indexOf("=") + 1).trim())
    .filter(Boolean);
}

test("no secret reaches a client bundle", () => {
  const secrets = [
    ...Object.values(BUILD_CANARIES),
    E2E_ADMIN.password,
    E2E_ANALYST.password,
    ...localSecrets(),
  ];
  const bundles = files(path.join(".next", "static")).filter((file) =>
    /\.(js|css|json|html)$/.test(file),
  );
  expect(bundles.length).toBeGreaterThan(0);
  for (const file of bundles) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) {
      expect({ file, leaks: text.includes(secret) }).toEqual({ file, leaks: false });
    }
  }
});
