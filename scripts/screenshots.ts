// Takes the README's screenshots of a running Aidflow (npm start first, or set BASE_URL).
// Usage: npm run screenshots [-- /path ...]   Output: docs/screenshots/<name>.png
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./lib/chromium";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const OUT = path.resolve("docs", "screenshots");

const SHOTS = [
  { name: "overview", path: "/", width: 1280, height: 900, fullPage: true },
  { name: "explore", path: "/figures", width: 1280, height: 900, fullPage: false },
  { name: "figure", path: "/figures/26", width: 1280, height: 900, fullPage: true },
  { name: "events", path: "/events", width: 1280, height: 900, fullPage: false },
  { name: "methodology", path: "/methodology", width: 1280, height: 900, fullPage: false },
  { name: "overview-mobile", path: "/", width: 390, height: 844, fullPage: false },
];

async function main() {
  const only = new Set(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    for (const shot of SHOTS) {
      if (only.size > 0 && !only.has(shot.name) && !only.has(shot.path)) continue;
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: "light" });
      await page.goto(BASE_URL + shot.path, { waitUntil: "load" });
      // Charts draw after hydration; give Recharts a moment to lay out.
      await page.waitForTimeout(800);
      const file = path.join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: shot.fullPage });
      console.log(`screenshot: ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
