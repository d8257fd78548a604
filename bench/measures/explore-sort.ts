import { chromium } from "@playwright/test";
import { percentile, round } from "../lib/stats";

// Measurement e: the explore page on the big database, in Chromium (Playwright): the time from a
// click on a column's sort button to the table showing the newly sorted rows (the first row has
// changed and the table is no longer busy). Each click toggles the Value column between ascending
// and descending; the first click is a warm-up and is not counted.

export interface ExploreSortResult {
  clicks: number;
  medianMs: number;
  maxMs: number;
  samplesMs: number[];
  rowsShown: number;
}

const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export async function exploreSort(baseUrl: string, { clicks, chrome }: { clicks: number; chrome: string }): Promise<ExploreSortResult> {
  const browser = await chromium.launch({ executablePath: chrome, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/figures`, { waitUntil: "networkidle" });
    const table = page.getByTestId("figures-table");
    const firstRow = table.locator("tbody tr[data-row-id]").first();
    await firstRow.waitFor();
    const button = table.locator('thead th[data-column="value"]').getByRole("button", { name: /Value/ });
    const samples: number[] = [];
    for (let click = 0; click <= clicks; click += 1) {
      const before = await firstRow.getAttribute("data-row-id");
      const started = Date.now();
      await button.click();
      // Updated: another first row, and the transition over (no busy marker left).
      await page.waitForFunction(
        (previous) => {
          const row = document.querySelector('[data-testid="figures-table"] tbody tr[data-row-id]');
          return row !== null && row.getAttribute("data-row-id") !== previous && document.querySelector("[aria-busy=true]") === null;
        },
        before,
        { polling: "raf", timeout: 60_000 },
      );
      if (click > 0) samples.push(Date.now() - started);
    }
    const rowsShown = await table.locator("tbody tr[data-row-id]").count();
    return {
      clicks: samples.length,
      medianMs: round(percentile(samples, 50), 0),
      maxMs: Math.max(...samples),
      samplesMs: samples,
      rowsShown,
    };
  } finally {
    await browser.close();
  }
}
