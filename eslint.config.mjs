import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { libLayersRule } from "./scripts/lint/lib-layers.mjs";

// The boundaries of docs/architecture.md, enforced: a deliberate violation fails `npm run lint`.
const libBoundaries = {
  files: ["lib/**/*.{ts,tsx}"],
  plugins: { atlas: { rules: { "lib-layers": libLayersRule } } },
  rules: {
    "atlas/lib-layers": "error",
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "react", message: "lib/ holds the domain: no React (move UI to components/)." },
          { name: "react-dom", message: "lib/ holds the domain: no React." },
        ],
        patterns: [
          { group: ["react/*", "react-dom/*"], message: "lib/ holds the domain: no React." },
          {
            group: ["@/components/*", "@/app/*"],
            message: "lib/ never imports components/ or app/.",
          },
          {
            group: ["@/tests/*", "@/scripts/*"],
            message: "lib/ never imports tests/ or scripts/.",
          },
        ],
      },
    ],
  },
};

const componentBoundaries = {
  files: ["components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "neo4j-driver",
            message:
              "components/ draw and handle interaction: ask lib/ for data, never the driver.",
          },
        ],
        patterns: [
          {
            group: ["@/lib/db/*", "@/lib/db"],
            message: "components/ never reach the database: call a lib/ function that does.",
          },
          {
            group: ["@/app/*"],
            message: "components/ never import app/ (routes compose components).",
          },
          {
            group: ["@/tests/*", "@/scripts/*"],
            message: "components/ never import tests/ or scripts/.",
          },
        ],
      },
    ],
  },
};

// Scripts orchestrate processes; the harness that starts Neo4j and the app lives in
// scripts/lib/harness/ and tests import it: tests import scripts, never the other way round.
const scriptBoundaries = {
  files: ["scripts/**/*.{ts,tsx,mjs}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/tests/*", "**/tests/*"],
            message: "scripts/ never import tests/: put what both need in scripts/lib/.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  libBoundaries,
  componentBoundaries,
  scriptBoundaries,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "neo4j/target/**",
      "neo4j/run/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "build/**",
      // Built by next.config.mjs from components/explorer/early-graph-entry.ts (git-ignored).
      "public/graph-early.js",
      ".scratch/**",
    ],
  },
];

export default config;
