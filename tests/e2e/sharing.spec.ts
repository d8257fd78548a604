import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";

// Sharing end to end: copied permalinks that reopen the same view (explore table and charts),
// stale links that fall back with a notice, embeds (alone, framable, and nothing else is), the
// embed snippet, the presentation deck, and "Cite this". Expectations come from the API or from
// the page the link was copied on.

// local-network-access: the framing test's host page is served by the test itself, and Chromium
// blocks such a page from loading localhost frames unless the permission is granted.
test.use({ permissions: ["clipboard-read", "clipboard-write", "local-network-access"] });

const table = (page: Page) => page.getByTestId("figures-table");

async function settled(page: Page) {
  await expect(table(page)).not.toHaveClass(/busy/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

async function tableState(page: Page) {
  await settled(page);
  return {
    ids: await table(page).locator("tbody tr[data-row-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id"))),
    columns: await table(page).locator("thead th[data-column]").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-column"))),
    sort: await table(page).locator("thead th[aria-sort=ascending], thead th[aria-sort=descending]").evaluateAll((cells) => cells.map((cell) => `${cell.getAttribute("data-column")}:${cell.getAttribute("aria-sort")}`)),
    count: await page.getByTestId("row-count").textContent(),
  };
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("a copied explore link reopens the same rows, sort, page and columns in a fresh page", async ({ page, context, request }) => {
  const api = (await (await request.get("/api/v1/figures?sort=-period_start&limit=1000")).json()) as { meta: { total: number } };
  expect(api.meta.total).toBeGreaterThan(10);
  // Build the view through the page itself: sort, page size, page 2, a hidden column.
  await page.goto("/figures?limit=10");
  await settled(page);
  const period = table(page).locator('thead th[data-column="period"]').getByRole("button");
  await period.click();
  await expect(page).toHaveURL(/sort=/);
  if ((await table(page).locator('thead th[data-column="period"]').getAttribute("aria-sort")) !== "descending") await period.click();
  await expect(page).toHaveURL(/sort=-period_start/);
  await settled(page);
  await page.getByRole("navigation", { name: "Figure pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.getByTestId("column-menu").locator("summary").click();
  await page.getByTestId("column-menu").getByRole("checkbox", { name: "Kind" }).uncheck();
  await expect(page).toHaveURL(/cols=/);
  const before = await tableState(page);
  expect(before.columns).not.toContain("kind");

  await page.getByTestId("copy-link-figures").click();
  await expect(page.getByText("Link to this view copied.")).toBeVisible();
  const link = await readClipboard(page);
  expect(link).toBe(page.url());

  const fresh = await context.newPage();
  await fresh.goto(link);
  expect(await tableState(fresh)).toEqual(before);
  await fresh.close();
});

test("a copied chart link reopens the same chart state: unit family, scale and chart/table choice", async ({ page, context, baseURL, request }) => {
  const slug = ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] }).data[0]!.slug;
  await page.goto("/");
  await drawAllCharts(page);
  // Change the view with the controls, as a visitor would.
  await page.locator('[data-chart-frame="ledger"] [data-family="people"]').click();
  await expect(page).toHaveURL(/family=people/);
  await expect(page.locator('[data-chart-frame="ledger"] [data-family="people"]')).toHaveAttribute("aria-pressed", "true");
  await page.locator('[data-scale-toggle="linear"]').click();
  await expect(page).toHaveURL(/goods_scale=linear/);
  await page.locator('[data-chart-frame="flow"] [data-view-toggle="table"]').click();
  await expect(page).toHaveURL(/view_flow=table/);

  const state = async (target: Page) => {
    await expect(target.locator('[data-chart="ledger"] [data-mark]').first()).toBeVisible();
    return {
      family: await target.locator('[data-chart-frame="ledger"] [data-family][aria-pressed="true"]').getAttribute("data-family"),
      ledgerMarks: await target.locator('[data-chart="ledger"] [data-mark="ledger-segment"]').count(),
      subtitle: await target.locator('[data-chart-frame="ledger"] [data-chart-subtitle]').textContent(),
      scale: await target.locator('[data-chart="goods"]').locator("xpath=ancestor::*[@data-scale][1]").getAttribute("data-scale"),
      flowView: await target.locator('[data-chart-frame="flow"] [data-chart-view]').getAttribute("data-chart-view"),
    };
  };
  const before = await state(page);
  expect(before).toMatchObject({ family: "people", scale: "linear", flowView: "table" });

  await page.getByTestId("copy-link-ledger").click();
  await expect(page.locator('[data-chart-frame="ledger"]').getByText("Link copied.")).toBeVisible();
  const link = await readClipboard(page);
  expect(link).toBe(`${baseURL}/datasets/${slug}?family=people&goods_scale=linear&view_flow=table#chart-ledger`);

  const fresh = await context.newPage();
  await fresh.goto(link);
  await drawAllCharts(fresh);
  expect(await state(fresh)).toEqual(before);
  await fresh.close();
});

test("stale or hand-edited parameters fall back to defaults with a visible notice, on every page", async ({ page }) => {
  const cases: [string, string][] = [
    ["/?family=bogus&view_goods=pie&utm=x", "[data-url-notice]"],
    ["/figures?sort=nonsense&limit=0&cols=label,nope", '[data-testid="url-notices"]'],
    ["/events?type=zzz&year_from=abc", '[data-testid="url-notices"]'],
    ["/embed/ledger?currency=xyz", '[data-testid="url-notices"]'],
    ["/present?chart=pie&assume=maybe", "[data-url-notice]"],
  ];
  for (const [path, notice] of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator(notice).first(), path).toBeVisible();
    await expect(page.locator("h1, h2").first(), path).toBeVisible();
  }
  // The presentation falls back to its first chart.
  await expect(page.locator("[data-present-position]")).toContainText("Chart 1 of 6");
});

test("an embed shows only the chart and its footer, and only embeds may be framed", async ({ page, request, baseURL }) => {
  const dataset = ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string; version: number }[] }).data[0]!;
  const response = await page.goto(`/embed/${dataset.slug}/ledger?family=people`);
  await drawAllCharts(page);
  expect(response?.status()).toBe(200);
  const embedCsp = response!.headers()["content-security-policy"] ?? "";
  expect(embedCsp).toMatch(/frame-ancestors \*/);
  expect(response!.headers()["x-frame-options"]).toBeUndefined();

  await expect(page.locator('[data-chart="ledger"] [data-mark]').first()).toBeVisible();
  await expect(page.locator("[data-chart-title]")).toBeVisible();
  await expect(page.locator("[data-chart-source]")).toBeVisible();
  const footer = page.locator("[data-embed-footer]");
  await expect(footer).toContainText(`dataset version ${dataset.version}`);
  await expect(footer.locator("[data-embed-full-view]")).toHaveAttribute("href", `/datasets/${dataset.slug}?family=people#chart-ledger`);
  // No site chrome: no navigation, header, site footer or skip link a visitor could see or reach.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.locator(".skip-link")).toBeHidden();
  expect(await page.locator("[data-chart-frame]").count()).toBe(1);

  const overview = await request.get("/");
  expect(overview.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(overview.headers()["x-frame-options"]).toBe("DENY");

  // Framed by another origin: the embed draws; the overview is refused by the browser. The host
  // page is served by the test, from 127.0.0.1: another origin than localhost.
  const host = new URL(baseURL!);
  host.hostname = "127.0.0.1";
  host.pathname = "/__host-page";
  await page.route(host.href, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Host</title><iframe id="embed" src="${baseURL}/embed/${dataset.slug}/people" width="800" height="600"></iframe><iframe id="overview" src="${baseURL}/" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(host.href);
  const embedFrame = page.frameLocator("#embed");
  await expect(embedFrame.locator('[data-chart="people"] [data-mark]').first()).toBeVisible();
  await expect(embedFrame.locator("[data-embed-root]")).toHaveCount(1);
  // The browser refuses to render the framed overview (frame-ancestors 'none'): it never shows
  // the overview's charts, however long we wait for the embed beside it.
  const overviewFrame = await (await page.locator("#overview").elementHandle())!.contentFrame();
  expect(overviewFrame).not.toBeNull();
  await expect(embedFrame.locator("[data-chart-frame]")).toHaveCount(1);
  expect(await overviewFrame!.locator("[data-chart-frame]").count()).toBe(0);
  expect(overviewFrame!.url()).not.toBe(`${baseURL}/`);
});

test("the Embed button shows an iframe snippet with the view, a title and lazy loading", async ({ page, baseURL, request }) => {
  const slug = ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] }).data[0]!.slug;
  await page.goto("/?currency=usd&assume=old&view_goods=table");
  const menu = page.locator('[data-embed-menu="goods"]');
  await menu.locator("summary").click();
  const snippet = menu.locator("[data-embed-snippet]");
  await expect(snippet).toHaveValue(/<iframe /);
  const html = await snippet.inputValue();
  const title = (await page.locator('[data-chart-frame="goods"] [data-chart-title]').textContent())!.trim();
  expect(html).toContain(`src="${baseURL}/embed/${slug}/goods?currency=usd&amp;assume=old&amp;view_goods=table"`);
  expect(html).toContain(`title="${title} (Aidflow chart)"`);
  expect(html).toMatch(/ width="\d+" height="\d+" loading="lazy"/);
  await menu.getByRole("button", { name: "Copy embed code" }).click();
  await expect(menu.getByText("Embed code copied.")).toBeVisible();
  expect(await readClipboard(page)).toBe(html);
});

test("the presentation shows one chart at a time; arrows move, Escape returns to the same view", async ({ page, request }) => {
  const slug = ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] }).data[0]!.slug;
  await page.goto("/?family=people&goods_scale=linear");
  await page.locator('[data-present-link="ledger"]').click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${slug}/present\\?chart=ledger&family=people&goods_scale=linear`));
  const position = page.locator("[data-present-position]");
  await expect(position).toContainText("Chart 1 of 6");
  await expect(page.locator("[data-present-slide]")).toHaveAttribute("data-present-slide", "ledger");
  await expect(page.locator("[data-chart-frame]")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  // Large type: the slide is zoomed up to fill the window.
  const zoom = await page.locator("[data-present-slide]").evaluate((slide) => Number((slide as HTMLElement).style.zoom || "1"));
  expect(zoom).toBeGreaterThanOrEqual(1);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/chart=flow/);
  await expect(position).toContainText("Chart 2 of 6");
  await expect(page.locator('[data-chart-frame="flow"]')).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/chart=people/);
  await expect(page.locator('[data-chart="people"] [data-mark]').first()).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`/datasets/${slug}\\?family=people&goods_scale=linear#chart-people$`));
  // The overview has its site header back: the chrome follows client-side navigations too.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator('[data-chart-frame="ledger"] [data-family="people"]')).toHaveAttribute("aria-pressed", "true");
});

/** Opens a "Cite this" dialog. A click that lands before the page has hydrated opens nothing, so it clicks again until it takes. */
async function openCiteDialog(page: Page, subject: "dataset" | "figure") {
  const dialog = page.locator(`[data-cite-dialog="${subject}"]`);
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.locator(`[data-cite-open="${subject}"]`).click({ timeout: 2_000 });
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

test("Cite this gives APA and BibTeX for the dataset, with its version and today's date", async ({ page, request }) => {
  const dataset = ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string; title: string; version: number }[] }).data[0]!;
  await page.goto("/");
  const opener = page.locator('[data-cite-open="dataset"]');
  const dialog = await openCiteDialog(page, "dataset");
  const apa = (await dialog.locator('[data-format="apa"]').textContent())!;
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }));
  expect(apa).toContain(dataset.title);
  expect(apa).toContain(`(Version ${dataset.version}) [Data set]`);
  expect(apa).toContain(`Retrieved ${today}`);
  const bibtex = (await dialog.locator('[data-format="bibtex"]').textContent())!;
  expect(bibtex).toMatch(new RegExp(`^@misc\\{aidflow:${dataset.slug}:v${dataset.version},`));
  await dialog.getByRole("button", { name: "Copy APA" }).click();
  await expect(dialog.getByText("APA reference copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("a figure's Cite this names the figure, the paper and the work the paper cites", async ({ page, request }) => {
  const figures = (await (await request.get("/api/v1/figures?limit=1000")).json()) as {
    data: { id: number; key: string; dataset: string; label: string; source: { citation: string }; citedSource: { citation: string } | null }[];
  };
  const figure = figures.data.find((entry) => entry.citedSource);
  expect(figure, "the dataset has a figure citing a primary source").toBeDefined();
  await page.goto(`/figures/${figure!.id}`);
  const dialog = await openCiteDialog(page, "figure");
  await expect(dialog.locator("[data-citation]")).toHaveCount(3);
  await expect(dialog.locator('[data-citation="figure"] [data-format="apa"]')).toContainText(figure!.label);
  // The permalink names the dataset and the stable key, never the numeric id.
  await expect(dialog.locator('[data-citation="figure"] [data-format="apa"]')).toContainText(`/datasets/${figure!.dataset}/figures/${figure!.key}`);
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  await expect(dialog.locator('[data-citation="paper"] [data-format="apa"]')).toHaveText(squash(figure!.source.citation));
  await expect(dialog.locator('[data-citation="cited"] [data-format="apa"]')).toHaveText(squash(figure!.citedSource!.citation));
});

test("embeds, the presentation and the cite dialog have no serious or critical axe violations", async ({ page }) => {
  const scan = async (label: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(bad.map((violation) => `${label}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await page.goto("/embed/timeline");
  await drawAllCharts(page);
  await expect(page.locator('[data-chart="timeline"] [data-mark]').first()).toBeVisible();
  await scan("embed");
  await page.goto("/present?chart=goods");
  await drawAllCharts(page);
  await expect(page.locator('[data-chart="goods"] [data-mark]').first()).toBeVisible();
  await scan("present");
  await page.goto("/");
  await drawAllCharts(page);
  await page.locator('[data-export-menu="ledger"] summary').click();
  await page.locator('[data-embed-menu="ledger"] summary').click();
  await scan("overview with menus open");
  await openCiteDialog(page, "dataset");
  await scan("cite dialog");
});
