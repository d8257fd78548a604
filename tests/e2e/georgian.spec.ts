import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";
import { englishLeft, interfaceEnglishWords, pageText, sourceStrings } from "@/tests/helpers/english-left";

// The Georgian interface: a Georgian browser lands on Georgian pages (lang="ka"), English stays the
// default at the addresses it always had, the header's switcher goes back and forth on the same page
// and query and is remembered, a Georgian permalink opens in Georgian, and the Georgian pages pass
// axe, fit 390 px and load the Georgian font (English pages never fetch it).

async function firstFigure(request: APIRequestContext): Promise<{ id: number; dataset: string; key: string }> {
  const response = await request.get("/api/v1/figures?limit=1&parent=none&sort=id");
  const body = (await response.json()) as { data: { id: number; dataset: string; key: string }[] };
  return body.data[0]!;
}

async function firstDatasetSlug(request: APIRequestContext): Promise<string> {
  const body = (await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] };
  return body.data[0]!.slug;
}

const lang = (page: Page) => page.locator("html").getAttribute("lang");
const switcher = (page: Page) => page.locator("[data-locale-switcher]");

test("a Georgian browser's first visit opens the Georgian home page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ka-GE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ka$/);
  expect(await lang(page)).toBe("ka");
  await expect(page.getByRole("navigation", { name: "მთავარი ნავიგაცია" }).getByRole("link", { name: "მიმოხილვა" })).toBeVisible();
  await context.close();
});

test("English stays the default, at the addresses it always had", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  expect(await lang(page)).toBe("en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toBeVisible();
  await page.goto("/events");
  expect(await lang(page)).toBe("en");
  await expect(page.locator('link[rel="alternate"][hreflang="ka"]')).toHaveAttribute("href", /\/ka\/events$/);
});

test("the switcher round-trips on the same page and query, by keyboard, and is remembered", async ({ page }) => {
  await page.goto("/figures?sort=-value");
  const toGeorgian = switcher(page).getByRole("link", { name: "ქართული" });
  await toGeorgian.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ka\/figures\?sort=-value$/);
  await expect.poll(() => lang(page)).toBe("ka");
  await expect(switcher(page).locator('[aria-current="true"]')).toHaveText("ქართული");

  // Remembered: the home page now opens in Georgian.
  await page.goto("/");
  await expect(page).toHaveURL(/\/ka$/);

  await page.goto("/ka/figures?sort=-value");
  await switcher(page).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/figures\?sort=-value$/);
  await expect(page).not.toHaveURL(/\/ka\//);
  await expect.poll(() => lang(page)).toBe("en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
});

test("a Georgian permalink opens in Georgian, and an old figure address keeps its language", async ({ page }) => {
  const figure = await firstFigure(page.request);
  await page.goto(`/ka/datasets/${figure.dataset}/figures/${figure.key}`);
  expect(await lang(page)).toBe("ka");
  await expect(page.locator("[data-source-notice]")).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/ka/datasets/${figure.dataset}/figures/${figure.key}$`));
  await page.goto(`/ka/figures/${figure.id}`);
  await expect(page).toHaveURL(new RegExp(`/ka/datasets/${figure.dataset}/figures/${figure.key}$`));
  // The English permalink is still English, even for a visitor who chose Georgian.
  await page.goto(`/datasets/${figure.dataset}/figures/${figure.key}`);
  expect(await lang(page)).toBe("en");
});

test("the Georgian font is loaded on Georgian pages only", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(".woff2")) fonts.push(request.url());
  });
  await page.goto("/methodology");
  await page.waitForLoadState("load");
  const english = fonts.length;
  await page.goto("/ka/methodology");
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => document.fonts.check("16px 'Noto Sans Georgian', sans-serif", "ქართული") && document.fonts.status)).toBe("loaded");
  const georgianFamily = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--font-georgian"));
  expect(georgianFamily.trim()).not.toBe("");
  expect(fonts.slice(0, english).filter((url) => /georgian/i.test(url))).toEqual([]);
});

async function georgianPages(request: APIRequestContext): Promise<string[]> {
  const figure = await firstFigure(request);
  const slug = await firstDatasetSlug(request);
  return ["/ka", `/ka/datasets/${slug}`, "/ka/figures", `/ka/datasets/${figure.dataset}/figures/${figure.key}`];
}

test("axe finds no serious or critical violations on the Georgian pages", async ({ page }) => {
  test.slow();
  const found: Record<string, string[]> = {};
  for (const path of await georgianPages(page.request)) {
    await page.goto(path);
    await drawAllCharts(page);
    await page.waitForTimeout(500);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
    if (serious.length > 0) found[path] = serious;
  }
  expect(found).toEqual({});
});

test("no Georgian page scrolls sideways at 390 px", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const path of await georgianPages(page.request)) {
    await page.goto(path);
    await drawAllCharts(page);
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) overflowing.push(`${path}: ${width}px`);
  }
  await context.close();
  expect(overflowing).toEqual([]);
});

// English left on Georgian pages, the quoted source excepted (tests/helpers/english-left.ts).
const ENGLISH_LEFT_PAGES = async (request: APIRequestContext) => {
  const figure = await firstFigure(request);
  const slug = await firstDatasetSlug(request);
  return {
    home: "/ka",
    datasets: "/ka/datasets",
    overview: `/ka/datasets/${slug}`,
    explore: "/ka/figures",
    events: "/ka/events",
    methodology: "/ka/methodology",
    apiDocs: "/ka/api-docs",
    login: "/ka/login",
    figure: `/ka/datasets/${figure.dataset}/figures/${figure.key}`,
    notFound: "/ka/no-such-page",
  };
};

for (const name of ["home", "datasets", "overview", "explore", "events", "methodology", "apiDocs", "login", "figure", "notFound"] as const) {
  test(`no interface English is left on the Georgian ${name} page`, async ({ page }) => {
    const path = (await ENGLISH_LEFT_PAGES(page.request))[name];
    const [source, words] = [await sourceStrings(page.request), interfaceEnglishWords()];
    await page.goto(path);
    await drawAllCharts(page);
    await page.waitForTimeout(300);
    expect(englishLeft(await pageText(page), source, words)).toEqual([]);
  });
}
