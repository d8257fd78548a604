import { expect, test } from "@playwright/test";

// The stack end to end: a production build serving pages and the API from the seeded SQLite file.
test("the API lists the dataset with its counts", async ({ request }) => {
  const response = await request.get("/api/v1/datasets");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { slug: string; counts: { figures: number; events: number } }[] };
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data[0]!.counts.figures).toBeGreaterThan(0);
  expect(body.data[0]!.counts.events).toBeGreaterThan(0);
});

test("the home page renders with the site navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator("h1")).toBeVisible();
});

// What browsers, crawlers and link previews ask of every site.
test("every page has a description and icons; favicon, robots.txt and the sitemap answer", async ({ request }) => {
  const datasets = (await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] };
  const slug = datasets.data[0]!.slug;
  const figure = (await (await request.get("/api/v1/figures?limit=1")).json()) as { data: { id: number }[] };
  const pages = ["/", "/datasets", `/datasets/${slug}`, "/figures", `/figures/${figure.data[0]!.id}`, "/events", "/methodology", "/api-docs", "/login"];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(description.length, path).toBeGreaterThan(20);
    expect(html, path).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"[^>]* type="image\/svg\+xml"/);
    expect(html, path).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png/);
    expect(html, path).toContain('<meta property="og:site_name" content="Aidflow"');
  }

  for (const [path, type] of [["/favicon.ico", "image/x-icon"], ["/icon.svg", "image/svg+xml"], ["/apple-icon.png", "image/png"]] as const) {
    const icon = await request.get(path);
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()["content-type"], path).toContain(type);
  }

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /curate");
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`/datasets/${slug}</loc>`);
  expect(xml).toContain(`/figures?dataset=${slug}</loc>`);
});

test("the browser asks for no icon that is missing", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/");
  await expect(page.locator("h1")).toBeVisible();
  expect(missing).toEqual([]);
});
