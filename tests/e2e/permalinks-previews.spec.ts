import { expect, test, type APIRequestContext } from "@playwright/test";
import { embedSnippet } from "@/lib/export/share-links";

// Stable permalinks (/datasets/<slug>/figures/<key>; the old /figures/<id> redirects there), the
// link previews a shared page gives (Open Graph and Twitter card, with an image drawn on the
// server), and the embed that sizes its iframe to its content through the snippet's script.

// The embed test's host page is on 127.0.0.1 and frames the app on localhost.
test.use({ permissions: ["local-network-access"] });

interface FigureRef {
  id: number;
  key: string;
  dataset: string;
  label: string;
  links: { html: string };
}

async function aFigure(request: APIRequestContext): Promise<FigureRef> {
  const body = (await (await request.get("/api/v1/figures?limit=1")).json()) as { data: FigureRef[] };
  return body.data[0]!;
}

// Link-preview crawlers do not run scripts; Next gives them the metadata in <head> before the page.
const CRAWLER = { "User-Agent": "facebookexternalhit/1.1" };

const metaContent = (html: string, attribute: "property" | "name", name: string) =>
  new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, "&") ?? null;

test("an old /figures/<id> link redirects permanently to the figure's dataset and key", async ({ page, request }) => {
  const figure = await aFigure(request);
  const canonical = `/datasets/${figure.dataset}/figures/${figure.key}`;
  const redirect = await request.get(`/figures/${figure.id}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toBe(canonical);
  expect(new URL(figure.links.html).pathname).toBe(canonical);

  await page.goto(`/figures/${figure.id}`);
  await expect(page).toHaveURL(new RegExp(`${canonical}$`));
  await expect(page.locator("h1")).toHaveText(figure.label);
  // The key alone finds it too while one dataset has it.
  await page.goto(`/figures/${figure.key}`);
  await expect(page).toHaveURL(new RegExp(`${canonical}$`));
});

test("an address that names no figure is a 404 with the not-found page", async ({ page, request }) => {
  const figure = await aFigure(request);
  for (const path of [`/datasets/${figure.dataset}/figures/no-such-figure`, `/datasets/no-such-dataset/figures/${figure.key}`, "/figures/no-such-figure"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("h1"), path).toContainText(/not found/i);
  }
});

test("a figure page and the overview preview with a description, a card and a server-drawn image", async ({ request, baseURL }) => {
  const figure = await aFigure(request);
  const pages = [`/datasets/${figure.dataset}/figures/${figure.key}`, `/datasets/${figure.dataset}`, `/embed/${figure.dataset}/ledger`];
  for (const path of pages) {
    const html = await (await request.get(path, { headers: CRAWLER })).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(metaContent(head, "name", "description"), path).toBeTruthy();
    expect(metaContent(head, "property", "og:title"), path).toBeTruthy();
    expect(metaContent(head, "property", "og:description"), path).toBeTruthy();
    expect(metaContent(head, "name", "twitter:card"), path).toBe("summary_large_image");
    expect(metaContent(head, "property", "og:image:width"), path).toBe("1200");
    for (const image of [metaContent(head, "property", "og:image"), metaContent(head, "name", "twitter:image")]) {
      expect(image, path).toMatch(/^https?:\/\//);
      // The image's address is absolute (on PUBLIC_BASE_URL); fetch the same path here.
      const url = new URL(image!);
      const response = await request.get(`${baseURL}${url.pathname}${url.search}`);
      expect(response.status(), image!).toBe(200);
      expect(response.headers()["content-type"], image!).toBe("image/png");
      const bytes = await response.body();
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(bytes.readUInt32BE(16)).toBe(1200);
      expect(bytes.readUInt32BE(20)).toBe(630);
      expect(bytes.byteLength, image!).toBeGreaterThan(15_000);
    }
  }
  const figureHead = await (await request.get(pages[0]!, { headers: CRAWLER })).text();
  expect(figureHead).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${pages[0]}"`));
});

test("the embed snippet's script sizes the iframe to the chart, for the host page only", async ({ page, request, baseURL }) => {
  const figure = await aFigure(request);
  const snippet = embedSnippet({ src: `${baseURL}/embed/${figure.dataset}/people`, title: "People (Aidflow chart)", width: 800, height: 150 });
  // The host page is served by the test from 127.0.0.1: another origin than the embed's.
  const host = new URL(baseURL!);
  host.hostname = "127.0.0.1";
  host.pathname = "/__resize-host";
  await page.route(host.href, (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Host</title><body style="margin:0">${snippet}</body>` }));
  await page.goto(host.href);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator('[data-chart="people"] [data-mark]').first()).toBeVisible();
  const content = async () => frame.locator("[data-embed-root]").evaluate((root) => Math.ceil(root.getBoundingClientRect().bottom + window.scrollY));
  const iframeHeight = () => page.locator("iframe").evaluate((element) => element.getBoundingClientRect().height);
  await expect.poll(async () => Math.abs((await iframeHeight()) - (await content())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
  expect(await iframeHeight()).toBeGreaterThan(150);
  // No inner scroll bar: the frame shows all of its content.
  expect(await frame.locator("html").evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);

  // A message from the host page itself (not from the iframe) is ignored.
  const before = await iframeHeight();
  await page.evaluate(() => window.postMessage({ type: "aidflow:embed-height", height: 40 }, "*"));
  await page.waitForTimeout(200);
  expect(await iframeHeight()).toBe(before);

  // The content grows (the table view is taller): the iframe follows.
  await frame.getByRole("button", { name: "Table", exact: true }).first().click();
  await expect.poll(async () => Math.abs((await iframeHeight()) - (await content())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
});
