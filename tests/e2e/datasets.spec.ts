import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";
import { withE2eDb } from "@/tests/helpers/e2e-db";
import { LARGE_DATASET, removeSecondDataset, SECOND_DATASET, seedLargeDataset, seedSecondDataset, type SeededDataset } from "@/tests/helpers/second-dataset";

// A second dataset beside the bundled one: the home page lists both, each has its own overview and
// a place in the header's switcher, and the addresses without a dataset keep showing the first.
// The second dataset is written into the e2e database for this file and removed after it, so the
// other specs see the bundled dataset alone.

let seeded: SeededDataset;
let first: { slug: string; title: string };

test.beforeAll(async ({ request }) => {
  seeded = await withE2eDb((prisma) => seedSecondDataset(prisma));
  const datasets = (await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string; title: string }[] };
  first = datasets.data.find((dataset) => dataset.slug !== SECOND_DATASET.slug)!;
});

test.afterAll(async () => {
  if (seeded) await withE2eDb((prisma) => removeSecondDataset(prisma, seeded));
});

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${label}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

test("the home page lists every dataset with its period, actors, counts and last update", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveText("Datasets");
  const items = page.locator("[data-dataset]");
  await expect(items).toHaveCount(2);
  const second = page.locator(`[data-dataset="${SECOND_DATASET.slug}"]`);
  await expect(second.getByRole("heading", { name: SECOND_DATASET.title })).toBeVisible();
  await expect(second.locator("[data-dataset-period]")).toHaveText("1948–1952");
  for (const actor of [SECOND_DATASET.giver, ...SECOND_DATASET.receivers]) await expect(second.locator("[data-dataset-actors]")).toContainText(actor.name);
  await expect(second.locator("[data-dataset-counts]")).toContainText(`${seeded.figureCount} figures, 0 events, 1 source`);
  await expect(second).toContainText("Last updated");
  await expect(page.locator(`[data-dataset="${first.slug}"] [data-dataset-actors]`)).toContainText("Soviet Union");
  // The title leads to the dataset's own overview.
  await second.getByRole("link", { name: SECOND_DATASET.title }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${SECOND_DATASET.slug}$`));
  await expect(page.locator("h1")).toHaveText(SECOND_DATASET.title);
});

test("the second dataset's overview: one giver, six receivers, one direction said plainly", async ({ page }) => {
  await page.goto(`/datasets/${SECOND_DATASET.slug}`);
  await drawAllCharts(page);
  await expect(page.locator("[data-dataset-meta]")).toContainText(`${seeded.figureCount} figures`);
  // The ledger draws the one side that gave, and says so.
  await expect(page.locator("[data-chart-frame=ledger] [data-chart-notes]")).toContainText("One direction only: every bar runs USA → FRA");
  await expect(page.locator("[data-chart=ledger] [data-ledger-row]")).toHaveCount(2);
  // The counterparts, ranked: one bar per receiver.
  await expect(page.locator("[data-chart=counterparts] [data-mark=counterparts-bar]")).toHaveCount(6);
  // The flow diagram: the giver through its category to each receiver.
  await expect(page.locator("[data-chart=flow] [data-mark=flow-link]")).toHaveCount(1 + 6);
  await expect(page.locator("[data-chart=flow] [data-mark=flow-node][data-kind=target]")).toHaveCount(6);
  // Headline cards without metadata: the largest flow.
  await expect(page.locator("[data-card-line]").first()).toBeVisible();
  // Its lists are filtered to it.
  await expect(page.getByRole("link", { name: "Explore every figure" })).toHaveAttribute("href", `/figures?dataset=${SECOND_DATASET.slug}`);
});

test("the pair picker and the year window go to the URL and reshape the charts", async ({ page }) => {
  await page.goto(`/datasets/${SECOND_DATASET.slug}`);
  const pair = page.locator("select[name=pair]");
  await expect(pair.locator("option")).toHaveCount(6);
  await pair.selectOption("USA|ITA");
  await expect(page).toHaveURL(/a=USA&b=ITA/);
  await expect(page.locator("[data-chart-frame=ledger] [data-chart-title]")).toContainText("USA and the ITA");
  await page.locator("[data-swap-sides]").click();
  await expect(page).toHaveURL(/a=ITA&b=USA/);
  await expect(page.locator("[data-chart-frame=counterparts] [data-chart-title]")).toContainText("ITA");
  await page.locator("input[name=year_from]").fill("1949");
  await page.locator("input[name=year_to]").fill("1950");
  await page.getByRole("button", { name: "Show these years" }).click();
  await expect(page).toHaveURL(/year_from=1949&year_to=1950/);
  await expect(page.locator("[data-window-notes]")).toContainText("a total over a period is never split into years");
  await expect(page.locator("[data-chart-empty=ledger]")).toBeVisible();
  await page.getByRole("button", { name: "All years" }).click();
  await expect(page).not.toHaveURL(/year_from/);
  await expect(page.locator("[data-chart-empty=ledger]")).toHaveCount(0);
});

test("the header's switcher moves between datasets with the keyboard, and keeps the page kind", async ({ page }) => {
  await page.goto(`/datasets/${first.slug}`);
  const switcher = page.locator("[data-dataset-switcher]");
  const summary = switcher.locator("summary");
  await expect(summary).toContainText(first.title);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(switcher.getByRole("link", { name: SECOND_DATASET.title })).toBeVisible();
  await expect(switcher.locator(`[data-switch-to="${first.slug}"]`)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Escape");
  await expect(switcher.getByRole("link", { name: SECOND_DATASET.title })).toBeHidden();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await switcher.getByRole("link", { name: SECOND_DATASET.title }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/datasets/${SECOND_DATASET.slug}$`));
  await expect(page.locator("h1")).toHaveText(SECOND_DATASET.title);
  await expect(summary).toContainText(SECOND_DATASET.title);
  // On a list, the switcher changes the list's dataset filter.
  await page.goto(`/figures?dataset=${SECOND_DATASET.slug}`);
  await summary.click();
  await expect(switcher.locator(`[data-switch-to="${first.slug}"]`)).toHaveAttribute("href", `/figures?dataset=${first.slug}`);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toHaveAttribute("href", `/datasets/${SECOND_DATASET.slug}`);
});

test("addresses without a dataset show the first dataset loaded", async ({ page }) => {
  await page.goto("/?family=people");
  await expect(page).toHaveURL(new RegExp(`/datasets/${first.slug}\\?family=people$`));
  // The old presentation and embed addresses show the first dataset in place (no second navigation
  // inside an iframe).
  await page.goto("/present?chart=flow");
  await expect(page).toHaveURL(/\/present\?chart=flow$/);
  await expect(page.locator("[data-present-slide]")).toHaveAttribute("data-present-slide", "flow");
  // The deck's credit line names the dataset it shows.
  await expect(page.getByText(`Aidflow · ${first.title} · dataset version`)).toBeVisible();
  await expect(page.getByText(SECOND_DATASET.title)).toHaveCount(0);
  const embed = await page.goto("/embed/people?family=people");
  expect(embed?.status()).toBe(200);
  await expect(page).toHaveURL(/\/embed\/people\?family=people$/);
  await expect(page.locator('[data-chart="people"]')).toBeVisible();
  await expect(page.locator(`a[href*="/datasets/${first.slug}"]`).first()).toBeAttached();
  await page.goto("/datasets/no-such-dataset");
  await expect(page.locator("h1")).toHaveText("No such dataset");
});

test("the new pages pass axe and fit 390 px, with the switcher open", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const found: string[] = [];
  const overflowing: string[] = [];
  for (const path of ["/", "/datasets", `/datasets/${SECOND_DATASET.slug}`, `/datasets/${SECOND_DATASET.slug}?view_counterparts=table&view_flow=table`]) {
    await page.goto(path);
    await drawAllCharts(page);
    await page.waitForTimeout(300);
    await page.locator("[data-dataset-switcher] summary").click();
    found.push(...(await seriousViolations(page, path)));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) overflowing.push(`${path}: ${width}px`);
  }
  await context.close();
  expect(found).toEqual([]);
  expect(overflowing).toEqual([]);
});

test("a dataset with more flows than a chart can show: the largest drawn, the reason said, the rest in Explore", async ({ page }) => {
  const large = await withE2eDb((prisma) => seedLargeDataset(prisma, 150));
  try {
    await page.goto(`/datasets/${LARGE_DATASET.slug}`);
    await drawAllCharts(page);
    const ledger = page.locator("[data-chart-frame=ledger]");
    await expect(page.locator("[data-chart=ledger] [data-ledger-row]")).toHaveCount(40);
    await expect(ledger.locator("[data-chart-cap]")).toHaveText(
      "Showing the 40 largest of 150 bars, because a chart cannot show more legibly; see every one in Explore.",
    );
    // The balance still adds every grant, and says what it added.
    await expect(page.locator("[data-balance-side=a_to_b] [data-balance-sum]")).toContainText("sum of 150 figures, 50 with qualifiers");
    await expect(page.locator("[data-balance-side=a_to_b] [data-balance-more]")).toContainText("The 10 largest of 150 figures are listed");
    // The goods chart picks the unit and direction that have goods: kilograms from France.
    await expect(page.locator("[data-chart-frame=goods] [data-chart-title]")).toHaveText("What the FRA shipped the USA, by commodity");
    await expect(page.locator("[data-chart=goods] [data-mark=goods-bar]")).toHaveCount(5);
    // The table alternative shows the same 40 rows, never the whole dataset.
    await page.goto(`/datasets/${LARGE_DATASET.slug}?view_ledger=table`);
    await expect(page.locator("[data-chart-table=ledger] [data-table-row]")).toHaveCount(40);
    await page.locator("[data-chart-frame=ledger] [data-chart-cap]").getByRole("link", { name: "see every one in Explore" }).click();
    await expect(page).toHaveURL(/\/figures\?dataset=synthetic-aid-many-grants&from=USA%2CFRA&to=USA%2CFRA&unit=USD&parent=none&sort=-value$/);
    await expect(page.locator("main")).toContainText("of 150 figures");
  } finally {
    await withE2eDb((prisma) => removeSecondDataset(prisma, large));
  }
});
