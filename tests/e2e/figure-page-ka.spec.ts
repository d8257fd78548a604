import { expect, test } from "@playwright/test";
import { plainTranslator } from "@/tests/helpers/plain-translator";
import kaCitation from "@/messages/ka/citation.json" with { type: "json" };
import kaFigure from "@/messages/ka/figure.json" with { type: "json" };

// A figure's page in Georgian: the interface's words from messages/ka, the actors under the Georgian
// names the dataset declares for them (flagged as translations), the source's own words as printed,
// the citation dialog's references in Georgian with the Georgian address, and a link preview drawn
// with a Georgian font.

// Plain messages only: next-intl's entry cannot load in the Playwright runner (it imports next/headers).
const figureT = plainTranslator(kaFigure);
const citationT = plainTranslator(kaCitation);

interface Detail {
  key: string;
  label: string;
  dataset: string;
  phrase: string;
  valuePrinted: string;
  from: { code: string } | null;
  to: { code: string } | null;
}

async function credit(request: import("@playwright/test").APIRequestContext): Promise<Detail> {
  const list = (await (await request.get("/api/v1/figures?limit=1000")).json()) as { data: { id: number; key: string }[] };
  const found = list.data.find((figure) => figure.key === "credit-1950-usd")!;
  return ((await (await request.get(`/api/v1/figures/${found.id}`)).json()) as { data: Detail }).data;
}

test("the credit's page in Georgian names the actors in Georgian and quotes the source as printed", async ({ page, request }) => {
  const figure = await credit(request);
  await page.goto(`/ka/datasets/${figure.dataset}/figures/${figure.key}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ka");
  await expect(page.locator("#provenance-heading")).toHaveText(figureT("provenance.heading"));
  const direction = page.getByTestId("figure-direction");
  await expect(direction).toContainText(`საბჭოთა კავშირი (${figure.from!.code})`);
  await expect(direction).toContainText(`ჩინეთის სახალხო რესპუბლიკა (${figure.to!.code})`);
  // The data's own words stay exactly as printed.
  await expect(page.locator("h1")).toHaveText(figure.label);
  await expect(page.getByTestId("phrase")).toHaveText(figure.phrase);
  await expect(page.getByTestId("value-printed")).toHaveText(figure.valuePrinted);
});

test("the citation dialog offers the figure's citation in Georgian, with the Georgian address", async ({ page, request }) => {
  const figure = await credit(request);
  await page.goto(`/ka/datasets/${figure.dataset}/figures/${figure.key}`);
  await page.locator('[data-cite-open="figure"]').click();
  const dialog = page.locator('[data-cite-dialog="figure"]');
  await expect(dialog.getByRole("heading", { level: 2 })).toHaveText(citationT("titleFigure"));
  const apa = dialog.locator('[data-citation="figure"] [data-format="apa"]');
  await expect(apa).toContainText("მოძიებულია");
  await expect(apa).toContainText(`/ka/datasets/${figure.dataset}/figures/${figure.key}`);
  await expect(apa).toContainText(figure.label);
  await expect(dialog.locator('[data-citation="figure"] [data-format="bibtex"]')).toContainText("urldate");
});

test("the Georgian link preview is a PNG drawn with the Georgian font", async ({ request }) => {
  const figure = await credit(request);
  const response = await request.get(`/ka/datasets/${figure.dataset}/figures/${figure.key}/opengraph-image`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const english = await request.get(`/datasets/${figure.dataset}/figures/${figure.key}/opengraph-image`);
  expect(english.status()).toBe(200);
  // The Georgian card's words differ from the English one's, so the images do too.
  expect(Buffer.compare(await response.body(), await english.body())).not.toBe(0);
});
