import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";

// The overview's charts in Georgian, in Chromium: their titles, summaries and table headers are
// Georgian, and an exported image carries its Georgian text with Noto Sans Georgian embedded as a
// data URL, so the slide (SVG, and the PNG rasterised from it) shows no empty boxes. The permalink
// in the image opens the same view in Georgian.

const GEORGIAN = /[\u10D0-\u10FF]/;

async function exportImage(page: Page, chart: string, kind: "png-slide" | "svg", testInfo: TestInfo) {
  const menu = page.locator(`[data-export-menu="${chart}"]`);
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 45_000 }), menu.locator(`[data-export="${kind}"]`).click()]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(menu.locator("xpath=..").locator("[data-export-status]")).toHaveText(`ჩამოიტვირთა ${download.suggestedFilename()}.`);
  return file;
}

test("the overview's charts speak Georgian, and a Georgian slide embeds the Georgian font", async ({ page, baseURL }, testInfo) => {
  await page.goto("/ka");
  await drawAllCharts(page);
  const ledger = page.locator('[data-chart-frame="ledger"]');
  await expect(ledger.locator("[data-chart] svg").first()).toBeVisible();
  await expect(ledger.locator("[data-chart-title]")).toHaveText(GEORGIAN);
  await expect(ledger.locator("[data-chart-subtitle]")).toHaveText(GEORGIAN);
  await expect(page.locator('[data-chart-summary="ledger"]')).toHaveText(/^ორმხრივი რეესტრი/);
  await expect(ledger.locator("[data-chart-legend]")).toContainText("დაბეჭდილი სახით დაუჯერებელი");

  const svgFile = await exportImage(page, "ledger", "svg", testInfo);
  const svg = readFileSync(svgFile, "utf8");
  const title = (await ledger.locator("[data-chart-title]").textContent())!.trim();
  expect(svg).toContain(`<title id="export-title">${title}</title>`);
  expect(svg).toMatch(/@font-face\{font-family:"Noto Sans Georgian";[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
  expect(svg).toContain(`${baseURL}/ka/datasets/`);

  const png = readFileSync(await exportImage(page, "ledger", "png-slide", testInfo));
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3200, 1800]);
});

test("a chart's table alternative has Georgian headers", async ({ page }) => {
  await page.goto("/ka?view_ledger=table");
  const table = page.locator('[data-chart-table="ledger"] table');
  await expect(table.locator("caption")).toHaveText(/^ორმხრივი რეესტრი ცხრილის სახით/);
  await expect(table.locator("thead th").first()).toHaveText("მაჩვენებელი");
});
