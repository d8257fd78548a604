import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// /figures: the explore table. Every expectation is computed from the API, which reads the same
// database with the same query schema, never written into the test.

interface ApiFigure {
  id: number;
  label: string;
  value: number;
  unit: string;
  from: { code: string } | null;
  to: { code: string } | null;
}
interface ApiList {
  data: ApiFigure[];
  meta: { total: number };
}

async function apiFigures(request: APIRequestContext, query: string): Promise<ApiList> {
  const response = await request.get(`/api/v1/figures?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiList;
}

const table = (page: Page) => page.getByTestId("figures-table");
const bodyRows = (page: Page) => table(page).locator("tbody tr[data-row-id]");

async function rowIds(page: Page): Promise<number[]> {
  return (await bodyRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id")))).map(Number);
}

/** Waits until the table shows the page the URL asks for (navigation is client-side). */
async function settled(page: Page) {
  await expect(table(page)).not.toHaveClass(/busy/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

test("sorting by value, descending, groups units and orders values within each", async ({ page, request }) => {
  const expected = await apiFigures(request, "sort=-value&limit=1000");
  await page.goto("/figures?limit=1000");
  const header = table(page).locator('thead th[data-column="value"]');
  const button = header.getByRole("button", { name: /Value/ });
  await button.click();
  await expect(page).toHaveURL(/sort=(-)?value/);
  if ((await header.getAttribute("aria-sort")) !== "descending") await button.click();
  await expect(page).toHaveURL(/sort=-value/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await settled(page);

  expect(await rowIds(page)).toEqual(expected.data.map((figure) => figure.id));

  // And the order itself: each unit is one block, and values do not rise within a block.
  const cells = await table(page)
    .locator('tbody td[data-column="value"] [data-value]')
    .evaluateAll((spans) => spans.map((span) => ({ value: Number(span.getAttribute("data-value")), unit: span.getAttribute("data-unit")! })));
  expect(cells.length).toBe(expected.meta.total);
  const seenUnits: string[] = [];
  cells.forEach((cell, index) => {
    const previous = cells[index - 1];
    if (!previous || previous.unit !== cell.unit) {
      expect(seenUnits, `unit ${cell.unit} appears in one block`).not.toContain(cell.unit);
      seenUnits.push(cell.unit);
    } else {
      expect(cell.value).toBeLessThanOrEqual(previous.value);
    }
  });
});

test("the direction quick choice filters the rows: USSR → PRC", async ({ page, request }) => {
  const expected = await apiFigures(request, "from=USSR&to=PRC&limit=1000");
  expect(expected.meta.total).toBeGreaterThan(0);
  await page.goto("/figures?limit=1000");
  await page.getByRole("link", { name: "USSR → PRC" }).click();
  await expect(page).toHaveURL(/from=USSR&to=PRC/);
  await settled(page);
  await expect(page.getByTestId("row-count")).toContainText(`of ${expected.meta.total} figure`);
  const froms = await table(page).locator('tbody td[data-column="from"]').allInnerTexts();
  const tos = await table(page).locator('tbody td[data-column="to"]').allInnerTexts();
  expect(froms.length).toBe(expected.meta.total);
  expect(new Set(froms)).toEqual(new Set(["USSR"]));
  expect(new Set(tos)).toEqual(new Set(["PRC"]));
  expect((await rowIds(page)).sort((a, b) => a - b)).toEqual(expected.data.map((figure) => figure.id).sort((a, b) => a - b));
  // Each half of the pair is a removable chip; removing "From" leaves only the "To" filter.
  const toPrc = await apiFigures(request, "to=PRC&limit=1");
  await page.getByRole("link", { name: /Remove filter From:/ }).click();
  await expect(page).not.toHaveURL(/from=USSR/);
  await settled(page);
  await expect(page.getByTestId("row-count")).toContainText(`of ${toPrc.meta.total} figure`);
  // "All directions" brings every figure back.
  const all = await apiFigures(request, "limit=1");
  await page.getByRole("link", { name: "All directions" }).click();
  await expect(page).not.toHaveURL(/to=PRC/);
  await settled(page);
  await expect(page.getByTestId("row-count")).toContainText(`of ${all.meta.total} figures`);
});

test("free-text search finds a figure by a word of its label", async ({ page, request }) => {
  const { data } = await apiFigures(request, "sort=id&limit=1000");
  // The longest word of a real label: distinctive enough to narrow the list.
  const target = data.find((figure) => figure.label.split(/\s+/).some((word) => word.length >= 8))!;
  const term = target.label.split(/\s+/).sort((a, b) => b.length - a.length)[0]!.replace(/[^\p{L}\p{N}-]/gu, "");
  const expected = await apiFigures(request, `q=${encodeURIComponent(term)}&limit=1000`);

  await page.goto("/figures");
  await page.getByLabel("Search").fill(term);
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(term)}`));
  await settled(page);
  const ids = await rowIds(page);
  expect(ids).toContain(target.id);
  expect(ids.sort((a, b) => a - b)).toEqual(expected.data.map((figure) => figure.id).sort((a, b) => a - b));
  await expect(page.getByTestId("active-filters")).toContainText(term);
});

test("a search that matches nothing says so and offers to clear the filters", async ({ page }) => {
  await page.goto("/figures?q=zzqqxxnothing");
  await expect(table(page)).toContainText("No figures match these filters.");
  await table(page).getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/figures$/);
  await expect(bodyRows(page).first()).toBeVisible();
});

test("the keyboard alone sorts the table and opens a figure", async ({ page }) => {
  await page.goto("/figures");
  await page.locator("h1").click();
  // Tab to the first sortable header.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.closest("thead") !== null && document.activeElement?.tagName === "BUTTON")) break;
  }
  const focusedHeader = await page.evaluate(() => document.activeElement?.closest("th")?.getAttribute("data-column"));
  expect(focusedHeader).toBeTruthy();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=/);
  await expect(table(page).locator(`thead th[data-column="${focusedHeader}"]`)).toHaveAttribute("aria-sort", /ascending|descending/);
  await settled(page);

  // Tab on to the first row's link, and open it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-row-link") ?? false)) break;
  }
  const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
  const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
  expect(href).toMatch(/^\/datasets\/[a-z0-9-]+\/figures\/[a-z0-9-]+$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("h1")).toHaveText(label);
});

test("clicking anywhere on a row opens its figure", async ({ page }) => {
  await page.goto("/figures");
  const row = bodyRows(page).first();
  const href = await row.locator("a[data-row-link]").getAttribute("href");
  await row.locator('td[data-column="category"]').click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("columns can be hidden, and the choice is kept in the URL", async ({ page }) => {
  await page.goto("/figures");
  await expect(table(page).locator('th[data-column="unit"]')).toBeVisible();
  await page.getByTestId("column-menu").locator("summary").click();
  await page.getByRole("checkbox", { name: "Unit" }).uncheck();
  await expect(page).toHaveURL(/cols=/);
  await expect(table(page).locator('th[data-column="unit"]')).toHaveCount(0);
  await expect(table(page).locator('td[data-column="unit"]')).toHaveCount(0);
  await page.reload();
  await expect(table(page).locator('th[data-column="unit"]')).toHaveCount(0);
  await expect(table(page).locator('th[data-column="value"]')).toBeVisible();
  // The dataset column is hidden by default and can be shown.
  await expect(table(page).locator('th[data-column="dataset"]')).toHaveCount(0);
});

test("a small page size pages through every figure exactly once", async ({ page, request }) => {
  const all = await apiFigures(request, "sort=id&limit=1000");
  await page.goto("/figures");
  await page.getByTestId("page-size").selectOption("10");
  await expect(page).toHaveURL(/limit=10/);
  await settled(page);
  const seen: number[] = [];
  for (let pageNumber = 1; pageNumber <= Math.ceil(all.meta.total / 10) + 1; pageNumber++) {
    await expect(bodyRows(page).first()).toBeVisible();
    const ids = await rowIds(page);
    expect(ids.length).toBeLessThanOrEqual(10);
    seen.push(...ids);
    const next = page.getByRole("navigation", { name: "Figure pages" }).getByRole("link", { name: "Next" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`page=${pageNumber + 1}`));
    await settled(page);
  }
  expect(seen).toEqual(all.data.map((figure) => figure.id));
});

test("an invalid or stale parameter shows a notice, not an error", async ({ page, request }) => {
  const all = await apiFigures(request, "limit=1");
  const response = await page.goto("/figures?unit=furlongs&limit=lots&colour=red");
  expect(response?.status()).toBe(200);
  const notices = page.getByTestId("url-notices");
  await expect(notices).toBeVisible();
  await expect(notices).toContainText("unit");
  await expect(notices).toContainText("limit");
  await expect(notices).toContainText("colour");
  await expect(page.getByTestId("row-count")).toContainText(`of ${all.meta.total} figures`);
  // An actor that does not exist passes the schema but not the database: also a notice.
  await page.goto("/figures?from=ATLANTIS");
  await expect(page.getByTestId("url-notices")).toContainText("ATLANTIS");
});

test("the JSON link asks the API for the rows on screen", async ({ page, request }) => {
  await page.goto("/figures?from=PRC&sort=-value&limit=5&page=2&cols=label,value");
  const href = await page.getByTestId("api-link").getAttribute("href");
  expect(href).toBe("/api/v1/figures?from=PRC&sort=-value&limit=5&page=2");
  const body = (await (await request.get(href!)).json()) as ApiList;
  expect(await rowIds(page)).toEqual(body.data.map((figure) => figure.id));
});

test("at 390 px the table scrolls inside its box and the filters fold away", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/figures");
  const scroller = page.getByTestId("figures-table-scroll");
  // React reveals streamed content once its stylesheets have loaded, which can be after "load".
  await expect(scroller).toBeVisible();
  const widths = await scroller.evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByLabel("Search")).toBeHidden();
  await page.getByRole("button", { name: /Show filters/ }).click();
  await expect(page.getByLabel("Search")).toBeVisible();
  await context.close();
});
