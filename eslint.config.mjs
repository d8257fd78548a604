import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "./eslint-rules/index.mjs";

// What a "use client" file may not load (eslint-rules/no-server-imports-in-client.mjs). A pattern
// matches a module and everything under it; "!" makes an exception.
// Code that cannot run in a browser: forbidden directly and through any module in between.
const SERVER_ONLY = [
  "lib/db",
  "lib/env",
  "generated",
  "server-only",
  "next/headers",
  "next/cache",
  "better-sqlite3",
  "pg",
  "@prisma",
  "node:*",
  ...builtinModules,
];
// The server's layers: a client file never imports them itself (it gets their results as props, or
// calls a server action in lib/actions).
const SERVER_LAYERS = [
  "lib/data",
  "lib/import",
  "lib/api",
  "lib/security",
  // Pure text helpers, also used to build links and file names in the browser.
  "!lib/security/neutralise-text",
  "!lib/security/next-path",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", "node_modules/**", "generated/**", "bench/work/**", "test-results*/**", "playwright-report/**", "tmp/**", "data/**", "next-env.d.ts"],
  },
  {
    name: "aidflow/client-boundary",
    files: ["**/*.{ts,tsx}"],
    plugins: { boundaries },
    rules: { "boundaries/no-server-imports-in-client": ["error", { serverOnly: SERVER_ONLY, serverLayers: SERVER_LAYERS }] },
  },
  {
    // Route folders may import components and lib, never the other way round: shared code that a
    // route needs from another route belongs in components/ or lib/.
    name: "aidflow/no-app-imports",
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?:@/|(?:\\.\\./)+)app(?:/|$)",
              message: "components/ and lib/ must not import from app/; move the shared code into components/ or lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Server actions live in lib/actions, one module per form, so that every one of them is easy to
    // find and tests/db/access.test.ts can check that each one asks for a session.
    name: "aidflow/server-actions-in-lib-actions",
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/actions/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExpressionStatement[directive='use server']",
          message: 'Server actions belong in lib/actions/ ("use server" modules there), not here.',
        },
      ],
    },
  },
];

export default config;
