import { defineConfig, devices } from "@playwright/test";

// Runs against a production build (scripts/e2e.ts builds it and prepares data/e2e.db).
const PORT = process.env.E2E_PORT ?? "3100";
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "off",
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${BASE_URL}/api/v1/datasets`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_FILE: process.env.DATABASE_FILE ?? "data/e2e.db",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
      PORT,
      NEXT_TELEMETRY_DISABLED: "1",
      // A curator for the end-to-end tests only (tests/e2e/access.spec.ts logs in with the password
      // "e2e curator password, not for production"). Never use these values anywhere else.
      CURATOR_USER: "e2e-curator",
      CURATOR_PASSWORD_HASH: "scrypt:32768:8:1:pFITorrWkPE1NX6ekKr_dg:dof-SYEswI-oTFDXo4YXuHuv7Wsa3ZsZaU5rV7AsLuA",
      SESSION_SECRET: "e2e-only-session-secret-0123456789abcdef",
    },
  },
});
