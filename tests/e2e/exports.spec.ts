import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Download, type Locator, type Page, type TestInfo } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { figureSearchText } from "@/lib/import/dataset/rows";
import { withE2eDb } from "@/tests/helpers/e2e-db";

// Exports end to end, with real downloads in Chromium: the explore table's CSV (the rows of the
// view, in order, across pages), formula neutralisation and non-Latin text in CSV, chart images
// (PNG sizes, SVG contents), and the Frictionless data package. Every expectation comes from the
// API or from the page itself, never from numbers written here.
//
// Three probe figures are written straight into the e2e database first (a label that looks like a
// formula, one in Cyrillic, Chinese and Georgian, and one with notes starting with "+"), with the
// dataset's version bumped as every real change does (the app's read caches key on it). afterAll
// removes them and puts the version back, so later spec files see the dataset as seeded.

const MARKER = "e2e-export-probe";
const PROBES = [
  { key: `${MARKER}-formula`, label: `=HYPERLINK("https://example.com/x","click me") ${MARKER}`, notes: null as string | null },
  { key: `${MARKER}-scripts`, label: `Поставки зерна · 粮食供应 · მარცვლეულის მიწოდება ${MARKER}`, notes: "Кириллица, 中文, ქართული — kept exactly." },
  { key: `${MARKER}-at`, label: `@SUM(1,2) ${MARKER}`, notes: "+1 looks like a formula too" },
];

interface ApiFigure {
  id: number;
  key: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string;
  notes: string | null;
  period: { start: string | null; end: string | null };
  links: { html: string };
}
interface ApiList<T> {
  data: T[];
  meta: { total: number };
}

test.describe.configure({ mode: "serial" });

let savedVersion: { id: number; version: number } | null = null;

test.beforeAll(async () => {
  await withE2eDb((prisma) =>
    prisma.$transaction(async (tx) => {
      const dataset = await tx.dataset.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, version: true } });
      savedVersion = dataset;
      const source = await tx.source.findFirstOrThrow({ where: { datasetId: dataset.id, kind: "primary" }, orderBy: { id: "asc" }, select: { id: true } });
      await tx.figure.deleteMany({ where: { key: { startsWith: MARKER } } });
      const phrase = "three visits, in a probe row";
      await tx.figure.createMany({
        data: PROBES.map((probe) => ({
          datasetId: dataset.id,
          sourceId: source.id,
          key: probe.key,
          label: probe.label,
          category: "diplomacy",
          kind: "count",
          value: 3,
          valuePrinted: "three",
          unit: "visits",
          qualifier: "exact",
          periodStatus: "unknown",
          section: "E2E probe section",
          phrase,
          notes: probe.notes,
          searchText: figureSearchText({ label: probe.label, phrase, valuePrinted: "three", notes: probe.notes }),
        })),
      });
      await tx.dataset.update({ where: { id: dataset.id }, data: { version: { increment: 1 } } });
    }),
  );
});

test.afterAll(async () => {
  await withE2eDb((prisma) =>
    prisma.$transaction(async (tx) => {
      await tx.figure.deleteMany({ where: { key: { startsWith: MARKER } } });
      if (savedVersion) await tx.dataset.update({ where: { id: savedVersion.id }, data: { version: savedVersion.version } });
    }),
  );
});

// ---- helpers -------------------------------------------------------------------------------

async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const table = (page: Page) => page.getByTestId("figures-table");

async function settled(page: Page) {
  await expect(table(page)).not.toHaveClass(/busy/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

async function rowIds(page: Page): Promise<number[]> {
  return (await table(page).locator("tbody tr[data-row-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id")))).map(Number);
}

/** Clicks a download control and saves the file under the test's output folder. */
async function download(page: Page, trigger: Locator, testInfo: TestInfo): Promise<{ file: string; download: Download }> {
  const [event] = await Promise.all([page.waitForEvent("download", { timeout: 45_000 }), trigger.click()]);
  const file = testInfo.outputPath(event.suggestedFilename());
  await event.saveAs(file);
  return { file, download: event };
}

function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

async function openMenu(page: Page, testId = "download-menu") {
  const menu = page.getByTestId(testId).first();
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---- CSV ------------------------------------------------------------------------------------

test("the explore table's CSV holds exactly the rows of the view, in order, across every page", async ({ page, request }, testInfo) => {
  const query = "from=USSR&sort=-value&limit=10";
  const api = await apiGet<ApiList<ApiFigure>>(request, "/api/v1/figures?from=USSR&sort=-value&limit=1000");
  expect(api.meta.total, "the view spans more than one page").toBeGreaterThan(10);

  // The rows as the table shows them, page by page.
  await page.goto(`/figures?${query}`);
  await settled(page);
  const shown: number[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    shown.push(...(await rowIds(page)));
    const next = page.getByRole("navigation", { name: "Figure pages" }).getByRole("link", { name: "Next" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`page=${pageNumber + 1}`));
    await settled(page);
  }
  expect(shown).toHaveLength(api.meta.total);

  await openMenu(page);
  const { file, download: event } = await download(page, page.getByTestId("download-csv"), testInfo);
  expect(event.suggestedFilename()).toMatch(/^aidflow-all-figures-from-ussr-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(file);
  expect(bytes[0], "no BOM unless asked for").not.toBe(0xef);
  const text = bytes.toString("utf8");
  expect(text.includes("\r\n"), "RFC 4180 line ends").toBe(true);
  const { fields, rows } = parseCsv(text);

  // Same rows, same order as the table.
  expect(rows.map((row) => Number(row.id))).toEqual(shown);
  // Readable columns covering what a student needs to say where each number comes from.
  for (const column of ["value", "value_printed", "unit", "price_basis", "price_year", "denomination", "qualifier", "period_start", "period_end", "from", "to", "category", "kind", "source_citation", "section", "phrase", "flags", "notes", "permalink"])
    expect(fields, column).toContain(column);
  // Raw numbers (no separators, no exponent), ISO dates, and each figure's permalink.
  const byId = new Map(api.data.map((figure) => [figure.id, figure]));
  for (const row of rows) {
    const figure = byId.get(Number(row.id))!;
    expect(Number(row.value)).toBe(figure.value);
    expect(row.value).toMatch(/^-?\d+(\.\d+)?$/);
    expect(row.unit).toBe(figure.unit);
    expect(row.qualifier).toBe(figure.qualifier);
    expect(row.period_start).toBe(figure.period.start ?? "");
    if (row.period_start) expect(row.period_start).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(row.permalink).toBe(figure.links.html);
  }
});

test("a label that looks like a formula is neutralised, and Cyrillic, Chinese and Georgian survive exactly", async ({ page, request }, testInfo) => {
  const api = await apiGet<ApiList<ApiFigure>>(request, `/api/v1/figures?q=${MARKER}&limit=1000`);
  expect(api.meta.total).toBe(PROBES.length);

  await page.goto(`/figures?q=${MARKER}`);
  await settled(page);
  await expect(page.getByTestId("row-count")).toContainText(`${PROBES.length}`);
  await openMenu(page);
  const { file } = await download(page, page.getByTestId("download-csv"), testInfo);
  const { rows } = parseCsv(readFileSync(file, "utf8"));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  expect(byKey.size).toBe(PROBES.length);

  for (const probe of PROBES) {
    const row = byKey.get(probe.key)!;
    const dangerous = /^[=+\-@\t\r]/;
    // A spreadsheet shows a cell that starts with an apostrophe as text; the text after it is intact.
    expect(row.label).toBe(dangerous.test(probe.label) ? `'${probe.label}` : probe.label);
    expect(row.notes).toBe(probe.notes === null ? "" : dangerous.test(probe.notes) ? `'${probe.notes}` : probe.notes);
    for (const [column, value] of Object.entries(row)) expect(value, `${probe.key}.${column} starts like a formula`).not.toMatch(dangerous);
  }
  expect(byKey.get(`${MARKER}-scripts`)!.label).toBe(PROBES[1]!.label);

  // The Excel variant: the same text behind a UTF-8 byte order mark.
  const excel = await download(page, page.getByTestId("download-csv-excel"), testInfo);
  const bytes = readFileSync(excel.file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const excelRows = parseCsv(bytes.subarray(3).toString("utf8")).rows;
  expect(excelRows.find((row) => row.key === `${MARKER}-scripts`)!.label).toBe(PROBES[1]!.label);
  expect(excelRows.find((row) => row.key === `${MARKER}-scripts`)!.notes).toBe(PROBES[1]!.notes);

  // The JSON of the view names itself and carries the same rows.
  const json = await download(page, page.getByTestId("download-json"), testInfo);
  expect(json.download.suggestedFilename()).toMatch(/^aidflow-all-figures-q-e2e-export-probe-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(readFileSync(json.file, "utf8")) as ApiList<ApiFigure>;
  expect(parsed.data.map((figure) => figure.label).sort()).toEqual(PROBES.map((probe) => probe.label).sort());
});

test("the events page downloads its events as CSV, the same events as its table", async ({ page, request }, testInfo) => {
  const api = await apiGet<ApiList<{ id: number }>>(request, "/api/v1/events?limit=1000");
  await page.goto("/events");
  await openMenu(page);
  const { file } = await download(page, page.getByTestId("download-events-csv"), testInfo);
  const { rows, fields } = parseCsv(readFileSync(file, "utf8"));
  expect(fields).toEqual(expect.arrayContaining(["date", "date_text", "label", "source_citation", "phrase"]));
  const shown = await page
    .getByTestId("events-table")
    .locator("tbody tr[data-row-id]")
    .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-row-id"))));
  expect(rows.map((row) => Number(row.id))).toEqual(api.data.map((event) => event.id));
  expect(new Set(rows.map((row) => Number(row.id)))).toEqual(new Set(shown));
});

// ---- data package -----------------------------------------------------------------------------

test("the data package is a valid zip whose datapackage.json describes every column of its CSV files", async ({ page, request }, testInfo) => {
  const datasets = await apiGet<{ data: { slug: string; version: number; counts: { figures: number; events: number; sources: number } }[] }>(request, "/api/v1/datasets");
  const dataset = datasets.data[0]!;
  const detail = await apiGet<{ data: { changelog: unknown[] } }>(request, `/api/v1/datasets/${dataset.slug}`);
  await page.goto("/figures");
  await openMenu(page);
  const { file, download: event } = await download(page, page.getByTestId("download-datapackage"), testInfo);
  expect(event.suggestedFilename()).toMatch(new RegExp(`^aidflow-${dataset.slug}-v${dataset.version}-datapackage-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  // The rows, and the tables that make the package importable on its own (actors, sources, phases,
  // changelog, conversion rates).
  expect(Object.keys(entries).sort()).toEqual([
    "README.txt",
    "actors.csv",
    "changelog.csv",
    "conversion-rates.csv",
    "datapackage.json",
    "events.csv",
    "figures.csv",
    "phases.csv",
    "sources.csv",
  ]);

  const decoder = new TextDecoder();
  const descriptor = JSON.parse(decoder.decode(entries["datapackage.json"])) as {
    profile: string;
    name: string;
    version: string;
    licenses: { title: string }[];
    resources: { name: string; path: string; schema: { fields: { name: string; type: string; description: string; constraints?: { enum?: string[] } }[] } }[];
  };
  expect(descriptor.profile).toBe("tabular-data-package");
  expect(descriptor.name).toBe(dataset.slug);
  expect(descriptor.version).toBe(`${dataset.version}.0.0`);
  expect(descriptor.licenses.length).toBeGreaterThan(0);

  // Counts the API also gives; the database tier checks the other tables' counts exactly.
  const counts: Record<string, number> = {
    figures: dataset.counts.figures,
    events: dataset.counts.events,
    sources: dataset.counts.sources,
    changelog: detail.data.changelog.length,
  };
  for (const resource of descriptor.resources) {
    const { fields, rows } = parseCsv(decoder.decode(entries[resource.path]));
    expect(resource.schema.fields.map((field) => field.name), `${resource.path}: one field per column, in order`).toEqual(fields);
    for (const field of resource.schema.fields) {
      expect(["integer", "number", "string", "boolean"]).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(10);
      // Vocabularies are enums, and every value in the file is allowed.
      const allowed = field.constraints?.enum;
      if (allowed) for (const row of rows) if (row[field.name]) expect(allowed, `${resource.path}.${field.name}`).toContain(row[field.name]);
    }
    if (resource.name in counts) expect(rows, resource.path).toHaveLength(counts[resource.name]!);
    else expect(rows.length, resource.path).toBeGreaterThan(0);
  }
  const value = descriptor.resources[0]!.schema.fields.find((field) => field.name === "value")!;
  expect(value.type).toBe("number");
  expect(value.description).toContain("unit");
  expect(decoder.decode(entries["README.txt"])).toContain("HOW TO CITE");

  // The overview links the same package.
  await page.goto("/");
  await expect(page.locator("[data-datapackage-link]")).toHaveAttribute("href", `/api/v1/datasets/${dataset.slug}/datapackage.zip`);
});

// ---- chart images ------------------------------------------------------------------------------

/** Opens a chart's "Download image" menu and downloads one format. */
async function exportImage(page: Page, chart: string, kind: "png-slide" | "png-square" | "svg", testInfo: TestInfo) {
  const menu = page.locator(`[data-export-menu="${chart}"]`);
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const result = await download(page, menu.locator(`[data-export="${kind}"]`), testInfo);
  // The chart's own status line says so, in words (announced: role="status").
  await expect(menu.locator("xpath=..").locator("[data-export-status]")).toHaveText(`Downloaded ${result.download.suggestedFilename()}.`);
  return result;
}

test("PNG exports are valid PNGs of the stated sizes: 1600×900 and 1080×1080 at 2×", async ({ page }, testInfo) => {
  await page.goto("/");
  await drawAllCharts(page);
  await expect(page.locator('[data-chart="ledger"] svg').first()).toBeVisible();
  const slide = await exportImage(page, "ledger", "png-slide", testInfo);
  expect(slide.download.suggestedFilename()).toMatch(/-ledger-.*3200x1800\.png$/);
  expect(pngSize(readFileSync(slide.file))).toEqual({ width: 3200, height: 1800 });

  const square = await exportImage(page, "goods", "png-square", testInfo);
  expect(pngSize(readFileSync(square.file))).toEqual({ width: 2160, height: 2160 });

  // A chart shown as its table still exports as a chart, drawn off screen.
  await page.goto("/?view_people=table");
  await expect(page.locator('[data-chart-table="people"]')).toBeVisible();
  const people = await exportImage(page, "people", "png-slide", testInfo);
  const bytes = readFileSync(people.file);
  expect(pngSize(bytes)).toEqual({ width: 3200, height: 1800 });
  // Not a blank canvas: a PNG of a drawn chart compresses far less than an empty one.
  expect(bytes.length).toBeGreaterThan(50_000);
});

interface SvgFacts {
  error: string | null;
  width: string | null;
  viewBox: string | null;
  title: string;
  source: string;
  credit: string;
  href: string | null;
  fontFace: boolean;
  fontData: boolean;
  chartMarks: number;
}

async function svgFacts(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    const texts = (selector: string) => Array.from(doc.querySelectorAll(selector), (node) => node.textContent ?? "").join(" ");
    const style = doc.querySelector("style")?.textContent ?? "";
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      width: root.getAttribute("width"),
      viewBox: root.getAttribute("viewBox"),
      title: Array.from(doc.querySelectorAll('[data-export="header"] text'))
        .filter((node) => node.getAttribute("font-weight") === "700")
        .map((node) => node.textContent ?? "")
        .join(" "),
      source: texts('[data-export-part="source"]'),
      credit: texts('[data-export-part="credit"]'),
      href: doc.querySelector('[data-export-part="permalink"]')?.getAttribute("href") ?? null,
      fontFace: /@font-face\s*\{[^}]*font-family:\s*Inter/.test(style),
      fontData: style.includes("src:url(data:font/woff2;base64,"),
      chartMarks: doc.querySelectorAll('[data-export="chart"] [data-mark]').length,
    };
  }, svg);
}

/** The marks a timeline image must draw: every phase, and the figures and events its notes say it shows, of totals that match the page. */
async function timelineMarksInImage(frame: Locator, svg: string): Promise<number> {
  const count = (kind: string) => frame.locator(`[data-chart] [data-mark$="-${kind}"]`).count();
  const words = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  const figures = /(\d+) of (\d+) figures with a period/.exec(words);
  const events = /the (\d+) most important of (\d+)/.exec(words);
  expect(figures, "the image says how many figures it shows").not.toBeNull();
  expect(events, "the image says how many events it shows").not.toBeNull();
  expect(Number(figures![2])).toBe((await count("span")) + (await count("point")));
  expect(Number(events![2])).toBe(await count("event"));
  return (await count("phase")) + Number(figures![1]) + Number(events![1]);
}

test("every chart's SVG carries its title, source line, credit, permalink and an embedded font", async ({ page, request, baseURL }, testInfo) => {
  const dataset = (await apiGet<{ data: { slug: string; title: string; version: number }[] }>(request, "/api/v1/datasets")).data[0]!;
  const params = "family=people&goods_scale=linear";
  await page.goto(`/?${params}`);
  await drawAllCharts(page);
  for (const chart of ["ledger", "flow", "counterparts", "timeline", "goods", "people"]) {
    const frame = page.locator(`[data-chart-frame="${chart}"]`);
    await expect(frame.locator("[data-chart] svg").first()).toBeVisible();
    const marksOnPage = await frame.locator("[data-chart] [data-mark]").count();
    const { file } = await exportImage(page, chart, "svg", testInfo);
    const text = readFileSync(file, "utf8");
    const facts = await svgFacts(page, text);
    expect(facts.error, `${chart}: well-formed XML`).toBeNull();
    expect(facts.viewBox).toBe("0 0 1600 900");
    expect(facts.title).toBe((await frame.locator("[data-chart-title]").textContent())!.trim());
    expect(facts.source).toBe((await frame.locator("[data-chart-source]").textContent())!.trim());
    expect(facts.credit).toContain("Aidflow");
    expect(facts.credit).toContain(`dataset version ${dataset.version}`);
    expect(facts.href).toBe(`${baseURL}/datasets/${dataset.slug}?${params}#chart-${chart}`);
    expect(facts.fontFace && facts.fontData, `${chart}: Inter embedded as a data URL`).toBe(true);
    // The drawing itself, with as many marks as the chart on the page; the timeline's image keeps
    // the figures and events that fit legibly, and says how many of how many it shows.
    if (chart === "timeline") expect(facts.chartMarks).toBe(await timelineMarksInImage(frame, text));
    else expect(facts.chartMarks).toBe(marksOnPage);
    // Standalone: no reference to the page's stylesheets or CSS variables.
    expect(text).not.toMatch(/var\(--/);
    expect(text).not.toMatch(/class="/);
  }
});

test("the events timeline exports too, with the events page as its permalink", async ({ page, baseURL }, testInfo) => {
  await page.goto("/events");
  await drawAllCharts(page);
  const frame = page.locator('[data-chart-frame="timeline"]');
  await expect(frame.locator("[data-chart] svg").first()).toBeVisible();
  const svg = await exportImage(page, "events-timeline", "svg", testInfo);
  const facts = await svgFacts(page, readFileSync(svg.file, "utf8"));
  expect(facts.error).toBeNull();
  expect(facts.title).toBe((await frame.locator("[data-chart-title]").textContent())!.trim());
  expect(facts.href).toBe(`${baseURL}/events#chart-timeline`);
  const png = await exportImage(page, "events-timeline", "png-square", testInfo);
  expect(pngSize(readFileSync(png.file))).toEqual({ width: 2160, height: 2160 });
});

// ---- the data behind a chart ------------------------------------------------------------------

test("a chart's Data control downloads, as CSV, exactly the rows its table shows", async ({ page, request, baseURL }, testInfo) => {
  const dataset = (await apiGet<{ data: { slug: string }[] }>(request, "/api/v1/datasets")).data[0]!;
  await page.goto(`/datasets/${dataset.slug}?currency=usd&view_goods=table&view_ledger=table`);
  for (const chart of ["goods", "ledger"]) {
    const menu = page.locator(`[data-data-menu="${chart}"]`);
    await menu.locator("summary").click();
    const csvLink = menu.locator('[data-data-download="csv"]');
    await expect(csvLink).toHaveAttribute("href", `/api/v1/datasets/${dataset.slug}/charts/${chart}?currency=usd&format=csv`);
    await expect(menu.locator('[data-data-download="xlsx"]')).toHaveAttribute("href", /format=xlsx/);
    await expect(menu.locator("[data-data-url]")).toHaveValue(`${baseURL}/api/v1/datasets/${dataset.slug}/charts/${chart}?currency=usd`);
    await expect(menu.locator(`[data-data-snippet="data-pandas-${chart}"]`)).toHaveValue(new RegExp(`pd\\.read_csv\\("${baseURL}/api/v1/datasets/${dataset.slug}/charts/${chart}\\?currency=usd&format=csv"`));
    const { file } = await download(page, csvLink, testInfo);
    const { rows } = parseCsv(readFileSync(file, "utf8"));
    const tableRows = page.locator(`[data-chart-table="${chart}"] tr[data-table-row], [data-chart-table="${chart}"] tr[data-table-segment]`);
    const shown = await tableRows.evaluateAll((trs) =>
      trs.map((tr) => ({
        row: tr.getAttribute("data-table-row"),
        segment: tr.getAttribute("data-table-segment"),
        value: tr.querySelector("td")?.textContent?.trim() ?? "",
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(shown.length);
    // A part's mark in the file is its bar's mark, then its own (the table names the part alone).
    let bar = "";
    const marks = shown.map(({ row, segment }) => (row ? (bar = row) : `${bar}-${segment}`));
    expect(rows.map((row) => row.mark)).toEqual(marks);
    if (chart === "goods") expect(rows.map((row) => row.value_text)).toEqual(shown.map((cell) => cell.value));
    for (const row of rows) expect(row.value === "" || /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(row.value ?? ""), row.mark).toBe(true);
    await menu.locator("summary").click();
  }
});

test("the explore page's download menu offers the view and every figure as XLSX", async ({ page, request }, testInfo) => {
  await page.goto("/figures?category=credits_loans&sort=-value");
  await openMenu(page);
  const link = page.getByTestId("download-xlsx");
  await expect(link).toHaveAttribute("href", /^\/api\/v1\/figures\?.*category=credits_loans.*&format=xlsx$/);
  await expect(page.getByTestId("download-all-xlsx")).toHaveAttribute("href", /format=xlsx/);
  const { file } = await download(page, link, testInfo);
  expect(file).toMatch(/\.xlsx$/);
  const bytes = readFileSync(file);
  // An XLSX is a zip whose first entry is the content-types part.
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const entries = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
  expect(new TextDecoder().decode(entries["xl/workbook.xml"])).toContain('name="About"');
  const api = await request.get((await link.getAttribute("href"))!);
  expect(api.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});
