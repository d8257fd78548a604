import { expect, type Page } from "@playwright/test";

// Charts load and draw only when their box comes near the viewport (components/charts/lazy-charts.tsx),
// as a visitor scrolls. Specs that look inside charts scroll to them first, as a visitor would.

/** Scrolls every chart on the page into view in turn, until each has started drawing, and scrolls back up. */
export async function drawAllCharts(page: Page): Promise<void> {
  const slots = page.locator("[data-chart-slot]");
  const count = await slots.count();
  for (let index = 0; index < count; index += 1) {
    const slot = slots.nth(index);
    // Scrolled again until it takes: the page may still be hydrating, or scroll back to the top
    // when the router settles the URL.
    await expect(async () => {
      await slot.evaluate((node) => node.scrollIntoView({ block: "center" }));
      // Near: its code is loading or loaded; the spec's own assertions wait for the marks.
      expect(await slot.getAttribute("data-chart-slot")).toBe("near");
    }).toPass({ intervals: [100, 250, 500], timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
