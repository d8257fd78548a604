import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadConversionRatesFile } from "@/lib/import/dataset/load";
import { CONVERSION_RATES_FILE } from "@/lib/import/dataset/paths";
import { FLAGS, type Flag } from "@/lib/vocab";

// A figure's page (/datasets/<slug>/figures/<key>, reached here through the old /figures/<id>,
// which redirects): one figure with its provenance, parts and shares, conversions and flags. The
// figures are found through the API by their stable keys; what the page must show is read from the
// API's answer (and the rate file), never written into the test.

interface Summary {
  id: number;
  key: string;
  label: string;
  value: number;
  valuePrinted: string;
  unit: string;
  qualifier: string;
}
interface Detail extends Summary {
  phrase: string;
  section: string;
  priceBasis: string | null;
  denomination: string | null;
  flags: string[];
  source: { citation: string };
  parent: Summary | null;
  components: Summary[];
}

async function figureByKey(request: APIRequestContext, key: string): Promise<Detail> {
  const list = (await (await request.get("/api/v1/figures?limit=1000")).json()) as { data: Summary[] };
  const found = list.data.find((figure) => figure.key === key);
  expect(found, `a figure with key ${key}`).toBeTruthy();
  return ((await (await request.get(`/api/v1/figures/${found!.id}`)).json()) as { data: Detail }).data;
}

const percent = (share: number) => `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(share * 100)}%`;

test("the $300 million credit: provenance, and its halves with their shares", async ({ page, request }) => {
  const credit = await figureByKey(request, "credit-1950-usd");
  expect(credit.components.length).toBeGreaterThan(0);
  await page.goto(`/figures/${credit.id}`);
  await expect(page.locator("h1")).toHaveText(credit.label);
  await expect(page.getByTestId("value-printed")).toHaveText(credit.valuePrinted);

  const provenance = page.getByTestId("provenance");
  await expect(provenance.getByTestId("source-citation")).toContainText(credit.source.citation);
  await expect(provenance.getByTestId("source-section")).toContainText(credit.section);
  await expect(provenance.getByTestId("phrase")).toHaveText(credit.phrase);
  await expect(provenance.getByTestId("phrase").locator("mark")).toHaveText(credit.valuePrinted);

  const components = page.getByTestId("components-table");
  for (const part of credit.components) {
    const row = components.locator(`tr[data-component-id="${part.id}"]`);
    await expect(row).toContainText(part.label);
    expect(part.unit).toBe(credit.unit);
    await expect(row).toContainText(percent(part.value / credit.value));
  }
  // A part links back to its total, with its own share.
  const half = credit.components[0]!;
  await components.getByRole("link", { name: half.label }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/[a-z0-9-]+/figures/${half.key}$`));
  await expect(page.getByTestId("parent")).toContainText(credit.label);
  await expect(page.getByTestId("parent")).toContainText(percent(half.value / credit.value));
});

test("the food exports: parts in tons get no share of a ruble total", async ({ page, request }) => {
  const food = await figureByKey(request, "food-exports-1950-1962-rub");
  const otherUnit = food.components.filter((part) => part.unit !== food.unit);
  expect(otherUnit.length).toBeGreaterThan(0);
  await page.goto(`/figures/${food.id}`);
  await expect(page.getByTestId("provenance").getByTestId("phrase")).toHaveText(food.phrase);
  for (const part of food.components) {
    const row = page.getByTestId("components-table").locator(`tr[data-component-id="${part.id}"]`);
    await expect(row).toContainText(part.label);
    await expect(row).toContainText(`“${part.valuePrinted}”`);
    if (part.unit !== food.unit) {
      await expect(row).toContainText("No share");
      await expect(row.locator("[data-share]")).toHaveCount(0);
    }
  }
  // Every flag is explained in plain words.
  for (const flag of food.flags) await expect(page.getByTestId("flags-notes")).toContainText(FLAGS[flag as Flag].explanation);
});

test("a ruble figure of unstated basis converts under both assumptions, marked derived, naming rates and sources", async ({ page, request }) => {
  const rates = loadConversionRatesFile(CONVERSION_RATES_FILE);
  const loan = await figureByKey(request, "soviet-loan-1816-million-rub");
  expect([loan.priceBasis, loan.denomination]).toEqual(["not_stated", "not_stated"]);
  await page.goto(`/figures/${loan.id}`);
  const conversions = page.getByTestId("conversions");
  await expect(conversions).toContainText("does not say whether these are old or new rubles");
  for (const assumption of ["old", "new"] as const) {
    const group = conversions.getByTestId(`conversion-group-${assumption}`);
    await expect(group).toBeVisible();
    const usd = group.locator('tr[data-target="usd"]');
    await expect(usd).toHaveAttribute("data-derived", "true");
    await expect(usd).toContainText("(derived)");
    // The rate from these rubles to the dollar, with its source, is named.
    const rate = rates.find((candidate) => candidate.unit === (assumption === "old" ? "RUB_OLD" : "RUB_NEW") && candidate.perUnit === "USD")!;
    await expect(usd).toContainText(`${rate.rate} ${rate.unit.replace("_", " ")} per USD`);
    await expect(usd).toContainText(rate.sourceTitle);
    if (rate.sourceUrl) await expect(usd.locator(`a[href="${rate.sourceUrl}"]`)).toHaveCount(1);
  }
  // Old to new goes through the dollar: two rates, never a division by 10.
  const oldToNew = conversions.getByTestId("conversion-group-old").locator('tr[data-target="rub_new"]');
  await expect(oldToNew.getByTestId("conversion-rates").locator("li")).toHaveCount(2);
  await expect(conversions).toContainText("4.44, not 10");
});

test("a count is never converted into money", async ({ page, request }) => {
  const specialists = await figureByKey(request, "soviet-specialists-1950-1960");
  await page.goto(`/figures/${specialists.id}`);
  await expect(page.getByTestId("no-conversion")).toContainText("never converted into money");
});

test("the figure links to its JSON and back to the explore view it came from", async ({ page, request }) => {
  await page.goto("/figures?from=PRC&sort=-value");
  const first = page.getByTestId("figures-table").locator("tbody a[data-row-link]").first();
  const href = (await first.getAttribute("href"))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const json = page.getByTestId("figure-json");
  const api = await request.get((await json.getAttribute("href"))!);
  expect(api.status()).toBe(200);
  await page.getByTestId("back-to-explore").click();
  await expect(page).toHaveURL(/\/figures\?from=PRC&sort=-value$/);
});

for (const id of ["999999", "abc", "0"]) {
  test(`an unknown or malformed id (${id}) is a 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(`/figures/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toContainText(/not found/i);
  });
}
