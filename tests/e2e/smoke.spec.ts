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
