import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two tiers, each with its own command (see README): pure unit tests, and database tests that
// each open a throwaway SQLite file and so run one file at a time.
// "server-only" (the marker at the top of lib/db.ts and lib/data/**) throws unless it is resolved
// under the "react-server" condition, as Next does for server code; the tests are server code too,
// so they get its empty module (lib/db/server-condition.ts says how scripts do the same).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "node_modules", "server-only", "empty.js"),
    },
  },
  test: {
    // next-intl's ESM build imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
