import { expect, test, type Page } from "@playwright/test";
import { plainTranslator } from "@/tests/helpers/plain-translator";
import kaAuth from "@/messages/ka/auth.json" with { type: "json" };
import kaCuration from "@/messages/ka/curation.json" with { type: "json" };
import kaPages from "@/messages/ka/pages.json" with { type: "json" };

// Georgian beyond the pages themselves: the overview's and an embedded chart's link-preview images
// on /ka addresses (PNG, different from the English ones), and what the curation forms answer on
// /ka pages: a correction refused for a field the form cannot offer, and an upload refused after
// the session ended, both in Georgian.

const USER = "e2e-curator"; // playwright.config.ts webServer.env
const PASSWORD = "e2e curator password, not for production";
const LATIN_WORD = /[A-Za-z]{3,}/;
const auth = plainTranslator(kaAuth);
const curation = plainTranslator(kaCuration);
const pages = plainTranslator(kaPages);

async function firstSlug(request: import("@playwright/test").APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/v1/datasets")).json()) as { data: { slug: string }[] }).data[0]!.slug;
}

test("the overview's and an embedded chart's link previews on /ka are Georgian PNGs", async ({ request }) => {
  const slug = await firstSlug(request);
  for (const address of [`/datasets/${slug}/opengraph-image`, `/embed/${slug}/ledger/opengraph-image`]) {
    const ka = await request.get(`/ka${address}`);
    expect(ka.status(), address).toBe(200);
    expect(ka.headers()["content-type"], address).toBe("image/png");
    const bytes = await ka.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const english = await request.get(address);
    expect(english.status(), address).toBe(200);
    expect(Buffer.compare(bytes, await english.body()), address).not.toBe(0);
  }
});

async function logIn(page: Page, next: string) {
  await page.goto(`/ka/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(auth("login.user")).fill(USER);
  await page.getByLabel(auth("login.password")).fill(PASSWORD);
  await page.getByRole("button", { name: auth("login.submit") }).click();
  await page.waitForURL(`**${next}`);
}

test("a correction refused for a qualifier the form does not offer says so in Georgian", async ({ page, request }) => {
  const list = (await (await request.get("/api/v1/figures?limit=1")).json()) as { data: { id: number }[] };
  const id = list.data[0]!.id;
  await logIn(page, `/ka/curate/figures/${id}`);
  // A select tampered with: an option the form never offers.
  await page.locator('select[name="qualifier"]').evaluate((select: HTMLSelectElement) => {
    select.add(new Option("roughly", "roughly"));
    select.value = "roughly";
  });
  await page.locator('textarea[name="reason"]').fill("შემოწმება");
  await page.getByRole("button", { name: curation("form.save") }).click();
  const summary = page.locator("#correction-summary");
  await expect(summary).toContainText(curation("messages.fixFields"));
  await expect(summary.locator("li")).toHaveText([`${curation("fieldErrors.fields.qualifier")}: ${curation("fieldErrors.issues.notAllowed")}.`]);
  expect(await summary.innerText()).not.toMatch(LATIN_WORD);
});

test("an upload refused because the session ended says so in Georgian", async ({ page }) => {
  await logIn(page, "/ka/curate/imports");
  await page.getByLabel(pages("upload.file")).setInputFiles({ name: "figures.csv", mimeType: "text/csv", buffer: Buffer.from("key,label\n") });
  await page.context().clearCookies();
  await page.getByRole("button", { name: pages("upload.submit") }).click();
  await expect(page.locator('form [role="alert"]')).toHaveText(curation("upload.errors.unauthorized"));
});
