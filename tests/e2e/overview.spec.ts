import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { drawAllCharts } from "@/tests/helpers/e2e-charts";

// The overview page end to end. Every expected count is computed from the API's figures and events
// with the inclusion rules the page states under its charts; nothing is hard-coded.

interface ApiFigure {
  id: number;
  key: string;
  label: string;
  category: string;
  kind: string;
  from: { code: string } | null;
  to: { code: string } | null;
  value: number;
  unit: string;
  denomination: string | null;
  qualifier: string;
  period: { start: string | null; end: string | null; status: string; yearStart: number | null; yearEnd: number | null };
  parentId: number | null;
  flags: string[];
}

interface ApiEvent {
  id: number;
  yearStart: number;
  yearEnd: number;
}

// The documented rules (lib/charts/flows.ts, shown on the page): a flow runs between the USSR and
// the PRC, is not a claim, term, duration or stock, and is not diplomatic, territorial, treaty or
// military context; components of a flow are drawn inside it.
const SIDES = ["USSR", "PRC"];
const NON_FLOW_KINDS = ["claim", "term", "duration", "stock"];
const CONTEXT_CATEGORIES = ["diplomacy", "territory", "treaty_terms", "military"];

function direction(figure: ApiFigure): "a_to_b" | "b_to_a" | null {
  const from = figure.from?.code;
  const to = figure.to?.code;
  if (from === SIDES[0] && to === SIDES[1]) return "a_to_b";
  if (from === SIDES[1] && to === SIDES[0]) return "b_to_a";
  return null;
}

const isFlow = (figure: ApiFigure) =>
  direction(figure) !== null && !NON_FLOW_KINDS.includes(figure.kind) && !CONTEXT_CATEGORIES.includes(figure.category);

function model(figures: ApiFigure[]) {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const topLevel = figures.filter((figure) => isFlow(figure) && (figure.parentId === null || !isFlow(byId.get(figure.parentId)!)));
  const topIds = new Set(topLevel.map((figure) => figure.id));
  const componentsOf = (id: number) => figures.filter((figure) => figure.parentId === id && topIds.has(id));
  /** The ledger's rows and segments in one unit, as the page promises to draw them. */
  function ledger(unit: string) {
    let rows = 0;
    let segments = 0;
    for (const figure of topLevel) {
      const parts = componentsOf(figure.id).filter((component) => component.unit === unit);
      if (figure.unit === unit) {
        rows += 1;
        if (parts.length === 0) segments += 1;
        else segments += parts.length + (parts.reduce((total, part) => total + part.value, 0) < figure.value ? 1 : 0);
      } else if (parts.length > 0) {
        rows += 1;
        segments += parts.length;
      }
    }
    return { rows, segments };
  }
  /**
   * Sankey links. The diagram draws the first side's flows with every counterpart (the same rules,
   * the counterpart in place of the second side): per direction, one link per category at the first
   * side's end and one per category and counterpart at the other, from the summable top-level flows
   * in the unit. With the second side as the only counterpart, that is two per (direction, category).
   */
  function sankeyLinks(unit: string) {
    const actor = SIDES[0]!;
    const counterpart = (figure: ApiFigure) =>
      figure.from?.code === actor ? figure.to?.code : figure.to?.code === actor ? figure.from?.code : undefined;
    const withActor = (figure: ApiFigure) => {
      const other = counterpart(figure);
      return other !== undefined && other !== actor && !NON_FLOW_KINDS.includes(figure.kind) && !CONTEXT_CATEGORIES.includes(figure.category);
    };
    const parentFlow = (figure: ApiFigure) => {
      const parent = figure.parentId === null ? undefined : byId.get(figure.parentId);
      return parent !== undefined && withActor(parent) && counterpart(parent) === counterpart(figure);
    };
    const summable = figures.filter(
      (figure) => withActor(figure) && !parentFlow(figure) && figure.unit === unit && !figure.flags.includes("internal_inconsistency") && figure.value > 0,
    );
    const gave = (figure: ApiFigure) => figure.from?.code === actor;
    const actorEnd = new Set(summable.map((figure) => `${gave(figure)}|${figure.category}`));
    const otherEnd = new Set(summable.map((figure) => `${gave(figure)}|${figure.category}|${counterpart(figure)}`));
    // A flow is a path to a counterpart: below three, the chart draws them as labelled bars.
    return { links: actorEnd.size + otherEnd.size, flows: otherEnd.size };
  }
  return { byId, topLevel, componentsOf, ledger, sankeyLinks };
}

async function loadData(request: APIRequestContext) {
  const figures = (await (await request.get("/api/v1/figures?limit=1000")).json()) as { data: ApiFigure[] };
  const events = (await (await request.get("/api/v1/events?limit=1000")).json()) as { data: ApiEvent[] };
  return { figures: figures.data, events: events.data };
}

async function openOverview(page: Page, query = "") {
  await page.goto(`/${query}`);
  await drawAllCharts(page);
  // Recharts draws after hydration: wait for the ledger's SVG (or its empty state, or its table).
  await expect(page.locator("[data-chart=ledger] svg, [data-chart-empty=ledger], [data-chart-table=ledger]").first()).toBeVisible();
}

test.describe("overview", () => {
  test("the header answers what, when and on what source", async ({ page, request }) => {
    const datasets = (await (await request.get("/api/v1/datasets")).json()) as {
      data: { title: string; version: number; counts: { figures: number; events: number; sources: number } }[];
    };
    const dataset = datasets.data[0]!;
    await openOverview(page);
    await expect(page.locator("h1")).toHaveText(dataset.title);
    const meta = page.locator("[data-dataset-meta]");
    await expect(meta).toContainText(`v${dataset.version}`);
    await expect(meta).toContainText(`${dataset.counts.figures} figures`);
    await expect(meta).toContainText(`${dataset.counts.events} events`);
    await expect(meta).toContainText(`${dataset.counts.sources} sources`);
    await expect(page.locator("[data-lede]")).toContainText("Akhobadze");
  });

  test("headline cards show each figure with its qualifier and link to it", async ({ page, request }) => {
    const { figures } = await loadData(request);
    await openOverview(page);
    const lines = page.locator("[data-card-line]");
    expect(await lines.count()).toBeGreaterThanOrEqual(6);
    for (const line of await lines.all()) {
      const id = Number(await line.getAttribute("data-card-line"));
      const figure = figures.find((candidate) => candidate.id === id)!;
      await expect(line.locator(`a[href="/figures/${id}"]`)).toBeVisible();
      if (figure.qualifier === "more_than") await expect(line).toContainText("more than");
      if (figure.qualifier === "about") await expect(line).toContainText("about");
    }
    // The trainees card keeps its three figures as separate lines.
    await expect(page.locator("[data-card]", { hasText: "Trained in the USSR" }).locator("[data-card-line]")).toHaveCount(3);
  });

  test("the ledger draws one bar per figure for each unit, with components stacked", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const { ledger } = model(figures);
    const units = [...new Set(model(figures).topLevel.map((figure) => figure.unit))];
    for (const unit of [...units, "t"]) {
      await openOverview(page, `?unit=${unit}`);
      const expected = ledger(unit);
      const segments = page.locator("[data-chart=ledger] [data-mark=ledger-segment]");
      await expect(segments).toHaveCount(expected.segments);
      await expect(page.locator("[data-chart=ledger] [data-ledger-row]")).toHaveCount(expected.rows);
    }
  });

  test("qualifiers are visible on the bars", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const persons = model(figures).topLevel.filter((figure) => figure.unit === "persons");
    await openOverview(page);
    const people = page.locator("[data-chart=people]");
    await expect(people.locator("[data-mark=people-bar]")).toHaveCount(persons.length);
    const lower = persons.find((figure) => figure.qualifier === "more_than")!;
    await expect(people).toContainText(`> ${lower.value.toLocaleString("en-US")}`);
    // A lower bound's bar has an open end.
    await openOverview(page, "?family=people");
    const row = page.locator(`[data-chart=ledger] [data-ledger-row="figure-${lower.id}"]`);
    await expect(row.locator("[data-tip=lower]")).toHaveCount(1);
  });

  test("switching the unit family redraws the ledger and updates the URL", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const { ledger } = model(figures);
    await openOverview(page);
    await page.getByRole("button", { name: /^People/ }).click();
    await expect(page).toHaveURL(/family=people/);
    await expect(page.getByRole("button", { name: /^People/ })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("[data-chart=ledger] [data-mark=ledger-segment]")).toHaveCount(ledger("persons").segments);
    await expect(page.locator("[data-chart-frame=ledger] [data-chart-subtitle]")).toContainText("Persons");
  });

  test("the dollar view with new rubles marks converted money as derived and names the rate", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const money = model(figures).topLevel.filter((figure) => figure.unit === "USD" || figure.unit === "RUB");
    const rubles = money.filter((figure) => figure.unit === "RUB");
    await openOverview(page);
    await page.locator("select[name=currency]").selectOption("usd");
    await expect(page).toHaveURL(/currency=usd/);
    // Without an assumption, unstated rubles are not converted and the chart says so.
    const unstated = rubles.filter((figure) => figure.denomination === "not_stated");
    await expect(page.locator("[data-chart-frame=ledger] [data-chart-notes]")).toContainText("old or new");
    await expect(page.locator("[data-chart=ledger] [data-mark=ledger-segment][data-derived=true]")).toHaveCount(
      rubles.length - unstated.length,
    );
    await page.locator("select[name=assume]").selectOption("new");
    await expect(page).toHaveURL(/assume=new/);
    await expect(page.locator("[data-chart-frame=ledger] [data-chart-subtitle]")).toContainText("assuming unstated rubles are new rubles");
    // Every bar holding rubles is now derived; dollar figures stay as printed.
    const { componentsOf } = model(figures);
    const withRubles = money.filter((figure) => figure.unit === "RUB" || componentsOf(figure.id).some((part) => part.unit === "RUB"));
    await expect(page.locator("[data-chart=ledger] [data-ledger-row]:has([data-derived=true])")).toHaveCount(withRubles.length);
    const derived = page.locator("[data-chart=ledger] [data-mark=ledger-segment][data-derived=true]");
    await expect(page.locator("[data-chart=ledger] [data-ledger-row]")).toHaveCount(money.length);
    // The tooltip names the rate and its source.
    await derived.first().focus();
    const tooltip = page.locator("[data-chart=ledger] [role=tooltip]");
    await expect(tooltip).toContainText("(derived)");
    await expect(tooltip).toContainText("per USD");
    await expect(tooltip).toContainText("Decree of 4 May 1960");
    // The cards show the converted value beside the printed one, marked derived.
    await expect(page.locator("[data-card-line] [data-derived=true]").first()).toContainText("derived");
  });

  test("a unit with nothing to draw shows why", async ({ page }) => {
    await openOverview(page, "?unit=km2");
    await expect(page.locator("[data-chart-empty=ledger]")).toContainText("No figures in square kilometres flow between the USSR and the PRC");
    await expect(page.locator("[data-chart-empty=flow]")).toBeVisible();
  });

  test("the table alternative lists the same figures as the chart", async ({ page }) => {
    await openOverview(page, "?unit=USD");
    const chartIds = await page
      .locator("[data-chart=ledger] [data-ledger-row]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-ledger-row")).sort());
    const toggle = page.locator("[data-chart-frame=ledger] [data-view-toggle=table]");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/view_ledger=table/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const tableIds = await page
      .locator("[data-chart-table=ledger] tr[data-table-row]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-table-row")).sort());
    expect(tableIds).toEqual(chartIds);
    await expect(page.getByRole("table", { name: /Two-way ledger as a table/ })).toBeVisible();
  });

  test("the flow diagram links the first side through its categories to each counterpart", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const { sankeyLinks } = model(figures);
    for (const unit of ["USD", "RUB"]) {
      const { links, flows } = sankeyLinks(unit);
      await openOverview(page, `?unit=${unit}`);
      if (flows >= 3) {
        await expect(page.locator("[data-chart=flow] [data-mark=flow-link]")).toHaveCount(links);
        continue;
      }
      // Too few flows for a diagram: each is a labelled bar, and the chart says why.
      await expect(page.locator("[data-chart=flow] [data-mark=flow-bar]")).toHaveCount(flows);
      await expect(page.locator("[data-chart=flow] [data-mark=flow-link]")).toHaveCount(0);
      await expect(page.locator("[data-chart-frame=flow] [data-chart-notes]")).toContainText("shown as labelled bars");
    }
    expect(sankeyLinks("RUB").flows).toBeLessThan(3);
    await expect(page.locator("[data-chart-frame=flow]")).toContainText("inconsistent within the source");
  });

  test("the timeline draws every event and every figure with a period, each as one mark", async ({ page, request }) => {
    const { figures, events } = await loadData(request);
    const byId = new Map(figures.map((figure) => [figure.id, figure]));
    const drawn = figures.filter((figure) => {
      if (figure.period.start === null || figure.period.status === "unknown") return false;
      if (figure.period.yearStart! > 1980 || figure.period.yearEnd! < 1945) return false;
      const parent = figure.parentId === null ? undefined : byId.get(figure.parentId);
      return !parent || parent.period.start !== figure.period.start || parent.period.end !== figure.period.end;
    });
    const inRange = events.filter((event) => event.yearStart <= 1980 && event.yearEnd >= 1945);
    await openOverview(page);
    const timeline = page.locator("[data-chart=timeline]");
    await expect(timeline.locator("[data-mark=timeline-event]")).toHaveCount(inRange.length);
    await expect(timeline.locator("[data-mark=timeline-span], [data-mark=timeline-point]")).toHaveCount(drawn.length);
    // A 1950–1962 total is one span from 1950 to the end of 1962.
    const total = drawn.find((figure) => figure.period.start === "1950" && figure.period.end === "1962")!;
    const span = timeline.locator(`[data-mark=timeline-span][data-figure-id="${total.id}"]`);
    await expect(span).toHaveCount(1);
    await expect(span).toHaveAttribute("data-x1", "1950.000");
    await expect(span).toHaveAttribute("data-x2", "1963.000");
    // Labels on keyboard focus.
    await timeline.locator("[data-mark=timeline-event]").first().focus();
    await expect(timeline.locator("[role=tooltip]")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(timeline.locator("[data-mark=timeline-event]").nth(1)).toBeFocused();
  });

  test("the goods chart shows PRC exports in tons, flags, and a log/linear toggle", async ({ page, request }) => {
    const { figures } = await loadData(request);
    const goods = figures.filter((figure) => figure.unit === "t" && direction(figure) === "b_to_a" && isFlow(figure));
    await openOverview(page);
    const chart = page.locator("[data-chart=goods]");
    await expect(chart.locator("[data-mark=goods-bar]")).toHaveCount(goods.length);
    await expect(chart.locator("[data-flag=implausible_as_printed]")).toHaveCount(
      goods.filter((figure) => figure.flags.includes("implausible_as_printed")).length,
    );
    await page.locator("[data-scale-toggle=linear]").click();
    await expect(page).toHaveURL(/goods_scale=linear/);
    await expect(page.locator("[data-scale=linear] [data-mark=goods-bar]")).toHaveCount(goods.length);
  });

  test("a chart below the fold is drawn only when the visitor scrolls near it", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("load");
    const people = page.locator('[data-chart-slot]:has([data-chart="people"])');
    // Its box is there from the server, empty and labelled, at its final size.
    await expect(people).toHaveAttribute("data-chart-slot", "waiting");
    const box = await people.boundingBox();
    expect(box!.y).toBeGreaterThan(page.viewportSize()!.height + 300);
    await expect(people.locator("[data-mark]")).toHaveCount(0);
    await people.evaluate((node) => node.scrollIntoView({ block: "center" }));
    await expect(people).toHaveAttribute("data-chart-slot", "near");
    await expect(people.locator("[data-mark]").first()).toBeVisible();
    // Drawing it did not change its height: nothing below it moved.
    expect((await people.boundingBox())!.height).toBe(box!.height);
  });

  test("an invalid parameter shows a notice, not an error", async ({ page }) => {
    const response = await page.goto("/?currency=eur&family=bogus&view_goods=pie");
    expect(response?.status()).toBe(200);
    await drawAllCharts(page);
    const notice = page.locator("[data-url-notice]");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("currency");
    await expect(notice).toContainText("family");
    await expect(page.locator("[data-chart=ledger] [data-mark=ledger-segment]").first()).toBeVisible();
    await expect(page.locator("select[name=currency]")).toHaveValue("original");
  });
});

test.describe("overview accessibility", () => {
  for (const [name, query] of [
    ["charts", ""],
    ["tables", "?view_ledger=table&view_flow=table&view_counterparts=table&view_timeline=table&view_goods=table&view_people=table"],
    ["converted money", "?currency=usd&assume=new"],
  ] as const) {
    test(`axe finds no serious or critical violations (${name})`, async ({ page }) => {
      const { default: AxeBuilder } = await import("@axe-core/playwright");
      await openOverview(page, query);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    });
  }

  test("the charts work at 390 px without the page scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openOverview(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator("[data-chart=ledger] [data-mark=ledger-segment]").first()).toBeVisible();
  });
});
