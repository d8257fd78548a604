import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";

// Every overview chart readable at the sizes people show it: the page on a 390 px phone, and the
// exported 1600 × 900 slide and 1080 × 1080 square. Measured in the rendered SVG, not estimated:
// no drawn text ends in "…", and every text lies inside the drawing it belongs to. The timeline's
// figure labels must also never overlap one another.

const CHARTS = ["ledger", "flow", "counterparts", "timeline", "goods", "people"];

interface TextProblem {
  text: string;
  reason: string;
}

/** Texts of `root` (an <svg>) that are cut ("…") or run outside `bounds` (the drawing's box). */
async function textProblems(page: Page, rootSelector: string): Promise<TextProblem[]> {
  return page.locator(rootSelector).first().evaluate((root) => {
    const bounds = root.getBoundingClientRect();
    const problems: { text: string; reason: string }[] = [];
    for (const text of Array.from(root.querySelectorAll("text"))) {
      // What is drawn: a <title> inside a text is its tooltip, not part of the label.
      const content = Array.from(text.childNodes)
        .filter((node) => node.nodeName !== "title")
        .map((node) => node.textContent ?? "")
        .join("");
      if (!content.trim() || getComputedStyle(text).display === "none") continue;
      if (content.includes("…")) problems.push({ text: content, reason: "cut with …" });
      const box = text.getBoundingClientRect();
      if (box.left < bounds.left - 1 || box.right > bounds.right + 1) problems.push({ text: content, reason: `outside the drawing (${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(bounds.left)}–${Math.round(bounds.right)})` });
    }
    return problems;
  });
}

/** Pairs of timeline figure labels whose drawn boxes overlap. */
async function overlappingLabels(page: Page, chartSelector: string): Promise<string[]> {
  return page.locator(chartSelector).first().evaluate((root) => {
    const boxes = Array.from(root.querySelectorAll('text[data-label="figure"]')).map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
      }),
    );
    return overlaps;
  });
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no chart cuts or spills a label, and the timeline shows every figure's whole label", async ({ page }) => {
    await page.goto("/");
    await drawAllCharts(page);
    for (const chart of CHARTS) {
      const svg = `[data-chart="${chart}"] svg`;
      await expect(page.locator(svg).first()).toBeVisible();
      expect(await textProblems(page, svg), chart).toEqual([]);
    }
    const timeline = page.locator('[data-chart="timeline"]');
    const spans = timeline.locator("[data-mark=timeline-span], [data-mark=timeline-point]");
    await expect(timeline.locator('text[data-label="figure"]')).toHaveCount(await spans.count());
    expect(await overlappingLabels(page, '[data-chart="timeline"] svg')).toEqual([]);
  });
});

/** Records every SVG the page turns into a PNG (lib/export/dom/render-png.ts loads it as an image). */
async function recordExportedSvgs(page: Page) {
  await page.addInitScript(() => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "src")!;
    const store: string[] = [];
    (window as unknown as { __exportedSvgs: string[] }).__exportedSvgs = store;
    Object.defineProperty(HTMLImageElement.prototype, "src", {
      ...descriptor,
      set(value: string) {
        const prefix = "data:image/svg+xml;charset=utf-8,";
        if (typeof value === "string" && value.startsWith(prefix)) store.push(decodeURIComponent(value.slice(prefix.length)));
        descriptor.set!.call(this, value);
      },
    });
  });
}

async function exportPng(page: Page, chart: string, kind: "png-slide" | "png-square", testInfo: TestInfo): Promise<{ svg: string; file: string }> {
  const before = await page.evaluate(() => (window as unknown as { __exportedSvgs: string[] }).__exportedSvgs.length);
  const menu = page.locator(`[data-export-menu="${chart}"]`);
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 45_000 }), menu.locator(`[data-export="${kind}"]`).click()]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const svgs = await page.evaluate(() => (window as unknown as { __exportedSvgs: string[] }).__exportedSvgs);
  expect(svgs.length).toBeGreaterThan(before);
  return { svg: svgs.at(-1)!, file };
}

/**
 * The smallest text the exported image's chart draws, in px of the image at 1× (its viewBox): each
 * text's font size times the scale the image draws the chart at (its box over its viewBox).
 */
async function smallestChartFont(page: Page): Promise<{ size: number; text: string }> {
  return page.locator('svg [data-export="chart"]').first().evaluate((chart) => {
    const inner = chart as SVGSVGElement;
    const scale = inner.width.baseVal.value / inner.viewBox.baseVal.width;
    let smallest = { size: Number.POSITIVE_INFINITY, text: "" };
    for (const text of Array.from(inner.querySelectorAll("text"))) {
      if (!text.textContent?.trim() || getComputedStyle(text).display === "none") continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest.size) smallest = { size, text: text.textContent };
    }
    return smallest;
  });
}

/** How much of the height between the image's header and its legend the chart fills. */
async function chartShareOfBox(page: Page): Promise<number> {
  return page.locator("body > svg").evaluate((root) => {
    const top = root.querySelector('[data-export="header"]')!.getBoundingClientRect().bottom;
    const bottom = root.querySelector('[data-export="legend"]')!.getBoundingClientRect().top;
    return root.querySelector('[data-export="chart"]')!.getBoundingClientRect().height / (bottom - top);
  });
}

for (const [kind, size] of [
  ["png-slide", { width: 1600, height: 900 }],
  ["png-square", { width: 1080, height: 1080 }],
] as const) {
  test(`the ${size.width} × ${size.height} images cut no label, and carry the chart's summary as <desc>`, async ({ page, browser }, testInfo) => {
    test.setTimeout(180_000);
    await recordExportedSvgs(page);
    await page.goto("/?keyEvents=10");
    await drawAllCharts(page);
    const viewer = await browser.newPage({ viewport: size });
    for (const chart of CHARTS) {
      const { svg, file } = await exportPng(page, chart, kind, testInfo);
      const summary = await page.locator(`[data-chart-summary="${chart}"]`).textContent();
      await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      expect(await viewer.locator("svg > desc").textContent(), chart).toBe(summary);
      expect(await textProblems(viewer, 'svg [data-export="chart"]'), `${chart} chart`).toEqual([]);
      expect(await textProblems(viewer, "body > svg"), `${chart} image`).toEqual([]);
      if (chart === "timeline") {
        expect(await overlappingLabels(viewer, 'svg [data-export="chart"]')).toEqual([]);
        await expect(viewer.locator('[data-export="chart"] text[data-label="key"]')).toHaveCount(10);
        // Laid out for the image's own box, not a page-sized drawing shrunk to fit it.
        const smallest = await smallestChartFont(viewer);
        expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(13.5);
        expect(await chartShareOfBox(viewer)).toBeGreaterThan(0.75);
        // Fewer figures than the page: the image says how many of how many, and why.
        const drawn = await viewer.locator('[data-export="chart"] text[data-label="figure"]').count();
        const total = await page.locator('[data-chart="timeline"] text[data-label="figure"]').count();
        expect(drawn).toBeGreaterThan(0);
        if (drawn < total) await expect(viewer.locator('[data-export="chart"] text[data-label="note"]')).toContainText(`${drawn} of ${total} figures`);
        await testInfo.attach(`timeline-${kind}`, { path: file, contentType: "image/png" });
      }
    }
    await viewer.close();
  });
}

test("the events page's timeline is described by its summary in words, like the overview's charts", async ({ page }) => {
  await page.goto("/events");
  const section = page.locator('[data-chart-frame="timeline"]');
  const summary = page.locator('[data-chart-summary="timeline"]');
  await expect(summary).toHaveText(/^Timeline, \d{4}–\d{4}.*\d+ events/);
  expect(await section.getAttribute("aria-describedby")).toBe(await summary.getAttribute("id"));
});
