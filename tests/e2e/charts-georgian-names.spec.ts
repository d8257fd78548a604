import { expect, test } from "@playwright/test";

// What T1 and T2 left English on Georgian pages, in Chromium: the unit selector's families, the
// pair picker's actors (the dataset's declared Georgian names), the tables' tooltips on actor
// codes, a swapped year window's notice and the events page's source line.

const GEORGIAN = /[\u10D0-\u10FF]/;
const LATIN = /[A-Za-z]/;

test("the overview's unit selector and pair picker name families and actors in Georgian", async ({ page }) => {
  await page.goto("/ka?year_from=1962&year_to=1950");
  const families = page.locator("[data-family]");
  await expect(families.first()).toBeVisible();
  const labels = await families.allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) {
    expect(label).toMatch(GEORGIAN);
    expect(label).not.toMatch(LATIN);
  }
  await expect(page.locator('[data-family="money"]')).toContainText("ფული");
  await expect(page.locator("select[name=pair] option").first()).toHaveText(/^საბჭოთა კავშირი \(USSR\) და ჩინეთის სახალხო რესპუბლიკა \(PRC\)/);
  await expect(page.locator("[data-url-notice] li")).toHaveText(["year_to (1950) year_from-ზე (1962) ადრეა; ნაჩვენებია 1950–1962"]);
});

test("the tables' tooltips on actor codes give the Georgian names", async ({ page }) => {
  await page.goto("/ka/figures");
  await expect(page.locator("td abbr", { hasText: /^USSR$/ }).first()).toHaveAttribute("title", "საბჭოთა კავშირი");
  await page.goto("/ka/events");
  await expect(page.locator("td abbr", { hasText: /^USSR$/ }).first()).toHaveAttribute("title", "საბჭოთა კავშირი");
  // The timeline of events counts events, not "figures or events".
  await expect(page.locator('[data-chart-frame="timeline"] [data-chart-source]')).toContainText(/\d+ მოვლენა წყაროდან/);
  // English keeps the stored name.
  await page.goto("/events");
  await expect(page.locator("td abbr", { hasText: /^USSR$/ }).first()).toHaveAttribute("title", "Soviet Union");
  await expect(page.locator('[data-chart-frame="timeline"] [data-chart-source]')).toContainText(/\d+ events from/);
});
