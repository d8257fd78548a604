import type { KnipConfig } from "knip";

// knip finds unused files, exports and dependencies (`npm run lint` runs it after ESLint). Its
// Next.js, Vitest, Playwright, Prisma and ESLint plugins already know their own entry points and
// the files that package.json's scripts run; the entries below are the ones only we know about.
const config: KnipConfig = {
  entry: [
    // Scripts run by hand, by npm scripts through a helper, or spawned (scripts/import-worker.ts).
    "scripts/*.ts",
    "tests/stress/*.ts",
    "tests/fixtures/csv/generate.ts",
    // Started as a separate process by bench/run.ts.
    "bench/baseline-server.ts",
    // Preloaded with `node --import` into the benchmarked servers (bench/lib/proc.ts).
    "bench/lib/report-peak-rss.mjs",
    // Passed to `prisma --config` by scripts/db-setup.ts and the database tests.
    "prisma.postgres.config.ts",
  ],
  ignoreDependencies: [
    // Imported by the generated Prisma client in generated/, which git (and so knip) ignores.
    "@prisma/client",
    // Read as a font file path by next/font/local in app/fonts.ts, not imported.
    "@fontsource-variable/inter",
    // The same for the Georgian font (app/fonts.ts, components/figure/preview-fonts.ts).
    "@fontsource/noto-sans-georgian",
  ],
  // Installed from the system's package manager by the scripts that need Chromium or PostgreSQL
  // (psql is the bench's PostgreSQL bulk-load baseline).
  ignoreBinaries: ["apt-get", "psql"],
};

export default config;
