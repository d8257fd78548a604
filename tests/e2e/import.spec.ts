import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { withE2eDb } from "@/tests/helpers/e2e-db";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";

// Importing from CSV end to end, against `next start` with the real worker process: a curator logs
// in, uploads a valid file and watches its progress and then the summary with the new dataset
// version, uploads a changed file (a new version), and a malformed one (the error table). afterAll
// removes what the spec imported, so later spec files see the dataset exactly as seeded.

const USER = "e2e-curator"; // playwright.config.ts webServer.env
const PASSWORD = "e2e curator password, not for production";
const SLUG = "e2e-import";
const ROWS = 1500;
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "csv");

test.describe.configure({ mode: "serial" });

let maxImportRun = 0;
test.beforeAll(async () => {
  maxImportRun = await withE2eDb(async (prisma) => (await prisma.importRun.aggregate({ _max: { id: true } }))._max.id ?? 0);
});

test.afterAll(async () => {
  // Test clean-up only: the dataset this spec created (its figures, sources, changelog and imports
  // go with it), its audit entries, and the record of the rejected upload.
  await withE2eDb((prisma) =>
    prisma.$transaction(async (tx) => {
      const dataset = await tx.dataset.findUnique({ where: { slug: SLUG }, select: { id: true } });
      if (dataset) {
        await tx.auditEntry.deleteMany({ where: { datasetId: dataset.id } });
        await tx.dataset.delete({ where: { id: dataset.id } });
      }
      await tx.importRun.deleteMany({ where: { id: { gt: maxImportRun } } });
    }),
  );
});

async function logIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("User name").fill(USER);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`**${next}`);
}

async function upload(page: Page, name: string, buffer: Buffer, choices: ("Dry run" | "Strict")[] = []) {
  await page.goto("/curate/imports");
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: name.endsWith(".zip") ? "application/zip" : "text/csv", buffer });
  for (const choice of choices) await page.getByLabel(choice).check();
  await page.getByRole("button", { name: "Upload and import" }).click();
  await page.waitForURL(/\/curate\/imports\/\d+$/);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

async function datasetRecord(request: APIRequestContext) {
  const response = await request.get(`/api/v1/datasets/${SLUG}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { version: number; counts?: unknown; changelog: { version: number; summary: string }[] } }).data;
}

test("a curator uploads a CSV, sees its progress, then the summary and the new dataset version", async ({ page, request }) => {
  await logIn(page, "/curate/imports");
  await expect(page.getByRole("heading", { name: "Import figures from CSV" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await upload(page, "e2e-import.csv", Buffer.from(generateFiguresCsv(ROWS, { dataset: SLUG, prefix: "e2e" })));
  // The worker takes a moment to start: the page shows the import in progress first.
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuemin", "0");
  await expect(bar).toHaveAttribute("aria-valuemax", "100");
  expect(await seriousViolations(page)).toEqual([]);

  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("heading", { name: "The import was applied" })).toBeVisible();
  await expect(summary.getByText("Added")).toBeVisible();
  await expect(summary).toContainText(ROWS.toLocaleString("en-US"));
  await expect(page.getByTestId("import-version")).toContainText("version 1");
  await expect(page.getByTestId("import-version")).toContainText("created by this import");
  expect(await seriousViolations(page)).toEqual([]);

  const dataset = await datasetRecord(request);
  expect(dataset.version).toBe(1);
  const figures = await request.get(`/api/v1/figures?dataset=${SLUG}&limit=1`);
  expect(((await figures.json()) as { meta: { total: number } }).meta.total).toBe(ROWS);
});

test("importing a changed file gives a new version with a changelog entry", async ({ page, request }) => {
  await logIn(page, "/curate/imports");
  // The same file with one figure's notes changed: one row changed, a new version.
  const csv = generateFiguresCsv(ROWS, { dataset: SLUG, prefix: "e2e" }).replace(
    "Note for row 0, with a comma and \"\"quotes\"\".",
    "Note for row 0, corrected in the end-to-end test.",
  );
  await upload(page, "e2e-import-changed.csv", Buffer.from(csv));
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("import-version")).toContainText("version 2 (was version 1)");
  const dataset = await datasetRecord(request);
  expect(dataset.version).toBe(2);
  expect(dataset.changelog.find((entry) => entry.version === 2)?.summary).toContain("e2e-import-changed.csv");

  // Uploading the very same file again changes nothing and keeps the version.
  await upload(page, "e2e-import-changed.csv", Buffer.from(csv));
  await expect(page.getByRole("heading", { name: "Nothing to change" })).toBeVisible({ timeout: 90_000 });
  expect((await datasetRecord(request)).version).toBe(2);
});

test("a malformed file is rejected with the table of its problems, and nothing is written", async ({ page, request }) => {
  const before = await request.get("/api/v1/figures?limit=1");
  const total = ((await before.json()) as { meta: { total: number } }).meta.total;
  await logIn(page, "/curate/imports");
  await upload(page, "number-thousands-separator.csv", readFileSync(path.join(FIXTURES, "number-thousands-separator.csv")));
  const table = page.getByTestId("import-problems");
  await expect(table).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("heading", { name: "The file was rejected" })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: "1,816" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(0)).toHaveText("2");
  await expect(row.getByRole("cell").nth(1)).toHaveText("value");
  await expect(row).toContainText("thousands separators");
  expect(await seriousViolations(page)).toEqual([]);
  const after = await request.get("/api/v1/figures?limit=1");
  expect(((await after.json()) as { meta: { total: number } }).meta.total).toBe(total);

  // The history lists every import of this spec, the rejected one included.
  await page.goto("/curate/imports");
  const history = page.getByTestId("import-history");
  await expect(history.getByRole("row").filter({ hasText: "number-thousands-separator.csv" })).toContainText("Rejected");
  await expect(history.getByRole("row").filter({ hasText: "e2e-import.csv" })).toContainText("Applied");
});

test("warnings are shown with row and column, the delimiter is named, and Strict refuses the file", async ({ page }) => {
  // Semicolon-separated, with a flow from an actor to itself; dry runs, so nothing is written.
  const file = Buffer.from(readFileSync(path.join(FIXTURES, "valid-delimiter-semicolon.csv"), "utf8").replace(";USSR;PRC;", ";PRC;PRC;"));
  await logIn(page, "/curate/imports");
  await upload(page, "self-flow.csv", file, ["Dry run"]);
  const warnings = page.getByTestId("import-warnings");
  await expect(warnings).toBeVisible({ timeout: 90_000 });
  const row = warnings.getByRole("row").filter({ hasText: "self_flow" });
  await expect(row.getByRole("cell").nth(0)).toHaveText("2");
  await expect(row.getByRole("cell").nth(1)).toHaveText("to");
  await expect(page.getByTestId("import-delimiter")).toContainText("semicolons");
  expect(await seriousViolations(page)).toEqual([]);

  await upload(page, "self-flow.csv", file, ["Dry run", "Strict"]);
  const problems = page.getByTestId("import-problems");
  await expect(problems).toBeVisible({ timeout: 90_000 });
  await expect(problems.getByRole("row").filter({ hasText: "self_flow" })).toHaveCount(1);
});

test("a dataset's own data package uploads as a zip and changes nothing; a plain table imports with the source field", async ({ page, request }) => {
  await logIn(page, "/curate/imports");
  const version = (await datasetRecord(request)).version;
  const zip = await request.get(`/api/v1/datasets/${SLUG}/datapackage.zip`);
  expect(zip.status()).toBe(200);
  await upload(page, "e2e-import.zip", Buffer.from(await zip.body()));
  await expect(page.getByRole("heading", { name: "Nothing to change" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("table", { name: "The package's other tables" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect((await datasetRecord(request)).version).toBe(version);

  // A plain table (SYNTHETIC numbers) between actors the seeded database has; its source comes from the form.
  await page.goto("/curate/imports");
  await page.getByLabel("CSV file").setInputFiles({
    name: "e2e-plain.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("from,to,value,unit,period_start,period_end\r\nUSSR,PRC,1234,USD,1951,1952\r\n"),
  });
  await page.getByLabel("Dataset", { exact: true }).selectOption(SLUG);
  await page.getByLabel("Source of rows that name none").fill("E2E synthetic plain table (invented numbers).");
  await page.getByRole("button", { name: "Upload and import" }).click();
  await page.waitForURL(/\/curate\/imports\/\d+$/);
  await expect(page.getByRole("heading", { name: "The import was applied" })).toBeVisible({ timeout: 90_000 });
  const figures = await request.get(`/api/v1/figures?dataset=${SLUG}&q=${encodeURIComponent("US dollars, 1951")}&limit=5`);
  const found = ((await figures.json()) as { data: { key: string; label: string; valuePrinted: string }[] }).data;
  expect(found.find((figure) => figure.key === "ussr-prc-usd-1951-1952")).toMatchObject({ label: "USSR → PRC, US dollars, 1951–1952", valuePrinted: "1234" });
});

test("the import pages and the upload endpoint need a curator session", async ({ page, request }) => {
  await page.goto("/curate/imports");
  await expect(page).toHaveURL(/\/login\?next=%2Fcurate%2Fimports/);
  const response = await request.post("/api/v1/imports", { headers: { "Content-Type": "text/csv" }, data: "key\nx\n" });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
});
