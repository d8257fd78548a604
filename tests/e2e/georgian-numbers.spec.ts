import { expect, test } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";
import { withE2eDb } from "@/tests/helpers/e2e-db";
import { LARGE_DATASET, removeSecondDataset, seedLargeDataset } from "@/tests/helpers/second-dataset";

// Numbers inside messages on a Georgian page, in Debian's Chromium, which has no Georgian Intl
// data: a client component showing a count of 1,000 or more must write it as the server did
// ("1 200", lib/i18n/number-texts.ts), or React discards the server's HTML (a hydration error).

const NBSP = "\u00a0";

test("a Georgian overview with 1 205 flows hydrates without a mismatch and groups its counts as Georgian does", async ({ page }) => {
  const large = await withE2eDb((prisma) => seedLargeDataset(prisma, 1200));
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(`/ka/datasets/${LARGE_DATASET.slug}`);
    // Rendered by the server and again by the browser: the pair picker's option and the unit selector.
    await expect(page.locator("select[name=pair] option").first()).toContainText(`1${NBSP}205`);
    await drawAllCharts(page);
    // Drawn in the browser only: the ledger's note on the bars it leaves out.
    await expect(page.locator("[data-chart-frame=ledger] [data-chart-cap]")).toContainText(`1${NBSP}200`);
    expect(errors.filter((text) => /hydrat|#418|#423|#425|did not match/i.test(text))).toEqual([]);
  } finally {
    await withE2eDb((prisma) => removeSecondDataset(prisma, large));
  }
});
