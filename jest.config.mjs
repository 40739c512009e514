import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/integration/**/*.test.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    "^server-only$": "<rootDir>/tests/support/empty.ts",
  },
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  // Integration suites share one throwaway Neo4j; two workers keep the 2-core CI machine busy, not swamped.
  maxWorkers: 2,
  testTimeout: 60_000,
};

// linkedom's CommonJS build requires css-select and its family, which now ship as ESM only, and
// jest cannot require ESM before Node 24.9: these few are compiled to CommonJS for the tests
// (next/jest exempts only next.config's transpilePackages, which would change the app's build).
const ESM_ONLY = [
  "boolbase",
  "css-select",
  "css-what",
  "cssomnom",
  "dom-serializer",
  "domelementtype",
  "domhandler",
  "domutils",
  "entities",
  "nth-check",
];

export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  const [nodeModules, ...rest] = resolved.transformIgnorePatterns;
  if (!nodeModules?.startsWith("/node_modules/(?!.pnpm)(?!(")) {
    throw new Error(
      `next/jest's transformIgnorePatterns changed: ${nodeModules}; update jest.config.mjs`,
    );
  }
  const exempt = nodeModules.replace("(?!(", `(?!(${ESM_ONLY.join("|")}|`);
  return { ...resolved, transformIgnorePatterns: [exempt, ...rest] };
}
