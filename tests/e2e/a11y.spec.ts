import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";

// Every page: an axe-core scan with no serious or critical violations, in light and dark themes,
// and no horizontal scrolling of the page itself at 390 px (wide tables scroll inside their box).

async function firstFigureId(page: Page): Promise<number> {
  const response = await page.request.get("/api/v1/figures?limit=1&parent=none&sort=id");
  const body = (await response.json()) as { data: { id: number }[] };
  return body.data[0]!.id;
}

async function firstDatasetSlug(page: Page): Promise<string> {
  const response = await page.request.get("/api/v1/datasets");
  const body = (await response.json()) as { data: { slug: string }[] };
  return body.data[0]!.slug;
}

async function pages(page: Page): Promise<string[]> {
  const id = await firstFigureId(page);
  const slug = await firstDatasetSlug(page);
  return [
    "/",
    "/datasets",
    `/datasets/${slug}`,
    "/datasets/no-such-dataset",
    "/figures",
    `/figures/${id}`,
    "/events",
    "/methodology",
    "/api-docs",
    "/login",
    "/no-such-page",
  ];
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations on any page (${scheme})`, async ({ browser }) => {
    // Eleven pages at several seconds of axe each: more than the default per-test budget on 2 cores.
    test.slow();
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const path of await pages(page)) {
      await page.goto(path);
      await drawAllCharts(page);
      await page.waitForLoadState("load");
      // Let client charts draw, so the scan sees what a visitor sees.
      await page.waitForTimeout(500);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    await context.close();
    expect(found).toEqual({});
  });
}

test("no page scrolls sideways at 390 px", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const path of await pages(page)) {
    await page.goto(path);
    await drawAllCharts(page);
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) overflowing.push(`${path}: ${width}px`);
  }
  await context.close();
  expect(overflowing).toEqual([]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/methodology");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});
