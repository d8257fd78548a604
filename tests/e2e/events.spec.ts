import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";
import { FLAGS } from "@/lib/vocab";

// /events: every event, grouped by phase, sortable through the URL. Expectations come from the API.

interface ApiEvent {
  id: number;
  label: string;
  flags: string[];
  phase: { key: string } | null;
}

async function apiEvents(request: APIRequestContext, query = ""): Promise<ApiEvent[]> {
  const response = await request.get(`/api/v1/events?limit=1000${query ? `&${query}` : ""}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: ApiEvent[] }).data;
}

const table = (page: Page) => page.getByTestId("events-table");

/** The table's rows as [group id, event id], in display order. */
async function groupedRows(page: Page): Promise<[string, number][]> {
  return table(page)
    .locator("tbody[data-group] tr[data-row-id]")
    .evaluateAll((rows) => rows.map((row) => [row.closest("tbody")!.getAttribute("data-group")!, Number(row.getAttribute("data-row-id"))] as [string, number]));
}

/** Within each phase, the order the API gives for the same sort. */
function expectedByPhase(events: ApiEvent[]): Map<string, number[]> {
  const byPhase = new Map<string, number[]>();
  for (const event of events) {
    const key = event.phase?.key ?? "no-phase";
    byPhase.set(key, [...(byPhase.get(key) ?? []), event.id]);
  }
  return byPhase;
}

function actualByPhase(rows: [string, number][]): Map<string, number[]> {
  const byPhase = new Map<string, number[]>();
  for (const [group, id] of rows) byPhase.set(group, [...(byPhase.get(group) ?? []), id]);
  return byPhase;
}

test("the table shows every event, under its phase, in date order", async ({ page, request }) => {
  const events = await apiEvents(request);
  expect(events.length).toBeGreaterThan(0);
  await page.goto("/events");
  const rows = await groupedRows(page);
  expect(rows.map(([, id]) => id).sort((a, b) => a - b)).toEqual(events.map((event) => event.id).sort((a, b) => a - b));
  expect(actualByPhase(rows)).toEqual(expectedByPhase(events));
  // Each phase is one heading, and a phase's rows are contiguous.
  const groups = await table(page).locator("tbody[data-group]").evaluateAll((bodies) => bodies.map((body) => body.getAttribute("data-group")));
  expect(new Set(groups).size).toBe(groups.length);
  await expect(page.getByTestId("event-count")).toContainText(`of ${events.length} events`);
});

test("sorting by label, then descending, follows the API within each phase", async ({ page, request }) => {
  await page.goto("/events");
  const header = table(page).locator('thead th[data-column="label"]');
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=-?label/);
  const first = (await header.getAttribute("aria-sort")) === "descending" ? "-label" : "label";
  await expect(header).toHaveAttribute("aria-sort", first === "label" ? "ascending" : "descending");
  expect(actualByPhase(await groupedRows(page))).toEqual(expectedByPhase(await apiEvents(request, `sort=${first}`)));

  await header.getByRole("button").click();
  const second = first === "label" ? "-label" : "label";
  await expect(page).toHaveURL(new RegExp(`sort=${second}`));
  await expect(header).toHaveAttribute("aria-sort", second === "label" ? "ascending" : "descending");
  expect(actualByPhase(await groupedRows(page))).toEqual(expectedByPhase(await apiEvents(request, `sort=${second}`)));
});

test("a date conflict is flagged visibly on its event", async ({ page, request }) => {
  const conflicts = (await apiEvents(request)).filter((event) => event.flags.includes("date_conflict"));
  expect(conflicts.length).toBeGreaterThan(0);
  await page.goto("/events");
  for (const event of conflicts) {
    const badge = table(page).locator(`tr[data-row-id="${event.id}"] [data-flag="date_conflict"]`);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveText(FLAGS.date_conflict.label);
    await expect(badge).toHaveAttribute("title", FLAGS.date_conflict.explanation);
  }
});

test("filters go through the URL with the API's parameters", async ({ page, request }) => {
  const phase = (await apiEvents(request)).find((event) => event.phase)!.phase!.key;
  const expected = await apiEvents(request, `phase=${phase}`);
  await page.goto("/events");
  await page.getByLabel("Phase", { exact: true }).selectOption(phase);
  await expect(page).toHaveURL(new RegExp(`phase=${phase}`));
  const rows = await groupedRows(page);
  expect(rows.map(([, id]) => id).sort((a, b) => a - b)).toEqual(expected.map((event) => event.id).sort((a, b) => a - b));
  expect(new Set(rows.map(([group]) => group))).toEqual(new Set([phase]));
  const href = await page.getByTestId("api-link").getAttribute("href");
  expect(href).toContain(`phase=${phase}`);
});

test("the timeline draws every event as a mark, and offers a table instead", async ({ page, request }) => {
  const events = await apiEvents(request);
  await page.goto("/events");
  await drawAllCharts(page);
  const chart = page.locator('[data-chart="events-timeline"]');
  await expect(chart.locator("svg").first()).toBeVisible();
  await expect(chart.locator('[data-mark="events-timeline-event"]')).toHaveCount(events.length);
  await page.locator('[data-chart-frame="timeline"] [data-view-toggle="table"]').click();
  await expect(page).toHaveURL(/view_timeline=table/);
  await expect(page.locator('[data-chart-table="events-timeline"] tr[data-event-id]')).toHaveCount(events.length);
  // The page-only parameter is not an error, and the table below is unaffected.
  await page.reload();
  await expect(page.getByTestId("url-notices")).toHaveCount(0);
  await expect(page.getByTestId("event-count")).toContainText(`of ${events.length} events`);
});
