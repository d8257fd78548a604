import { describe, expect, it } from "vitest";
import { BAR_CAP, capItems, exploreHref, NAME_CAP, nameSome, SPAN_CAP } from "@/lib/charts/cap";
import { measureActorFlows } from "@/lib/charts/counterparts/actor-flows";
import { shapeCounterparts } from "@/lib/charts/counterparts/counterparts";
import { classifyFigures } from "@/lib/charts/flows";
import { shapeSankey } from "@/lib/charts/flow-diagram/sankey";
import { shapeGoods } from "@/lib/charts/goods/goods";
import { shapeBalance } from "@/lib/charts/ledger/balance";
import { shapeLedger } from "@/lib/charts/ledger/ledger";
import { measureFigures } from "@/lib/charts/measure-figures";
import { shapeOverview, type OverviewRequest } from "@/lib/charts/overview";
import { shapePeople } from "@/lib/charts/people/people";
import { shapeTimeline } from "@/lib/charts/timeline/timeline";
import { datasetChartInput, flowsInput, makeActor, makeEvent, makeFigure, makeMoneyFlow, measureOf, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

// A chart of a large dataset draws only its first marks in its own order, says how many of how many
// and links to the explore page filtered as the chart is; sums still add every figure and say so.

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const DEFAULT: OverviewRequest = { currency: "original", assume: "none" };
const USD = measureOf("USD");

/** `count` dollar flows USSR → PRC with values 1…count; every third one "about". */
function manyFlows(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makeMoneyFlow(SIDES.a, SIDES.b, index + 1, { qualifier: index % 3 === 0 ? "about" : "exact" }),
  );
}

describe("the cap helpers", () => {
  it("keeps the first items in order and says how many of how many", () => {
    const { kept, cap } = capItems([3, 1, 2, 5, 4], 2, (a, b) => b - a, { kind: "largestFigures", href: "/figures?dataset=x" }, EN);
    expect(kept).toEqual([5, 4]);
    expect(cap).toMatchObject({ shown: 2, total: 5, href: "/figures?dataset=x" });
    expect(cap!.text).toBe("Showing the 2 largest of 5 figures, because a chart cannot show more legibly");
    expect(cap!.linkText).toBe("see every one in Explore");
  });

  it("keeps everything, sorted and without a cap, when there are few", () => {
    expect(capItems([2, 1], 5, (a, b) => a - b, { kind: "largestFigures", href: "" }, EN)).toEqual({ kept: [1, 2], cap: null });
  });

  it("names a few figures and counts the rest", () => {
    const names = Array.from({ length: NAME_CAP + 802 }, (_, index) => `f${index}`);
    expect(nameSome(names, EN)).toMatch(/^f0; f1; .*; f9 and 802 more$/);
    expect(nameSome(["a", "b"], EN)).toBe("a; b");
  });

  it("writes the explore address with the dataset and the chart's filters", () => {
    expect(exploreHref({ dataset: "aid-1950", from: ["USA", "FRA"], to: ["FRA"], unit: ["USD"], parent: "none", sort: "-value" })).toBe(
      "/figures?dataset=aid-1950&from=USA%2CFRA&to=FRA&unit=USD&parent=none&sort=-value",
    );
  });
});

describe("the ledger's cap", () => {
  const figures = manyFlows(100);
  const selection = measureFigures(classifyFigures(figures, SIDES), USD, NO_CONVERSION, EN);

  it("draws the largest bars only, with the reason and the explore link", () => {
    const result = shapeLedger(selection, USD, SIDES, EN, "big-set");
    if (!result.ok) throw new Error(result.reason);
    const values = result.data.groups.flatMap((group) => group.rows.map((row) => row.extent));
    expect(values).toHaveLength(BAR_CAP);
    expect(Math.min(...values)).toBe(100 - BAR_CAP + 1);
    expect(result.data.rowCount).toBe(BAR_CAP);
    expect(result.data.cap).toMatchObject({ shown: BAR_CAP, total: 100 });
    expect(result.data.cap!.text).toMatch(/^Showing the 40 largest of 100 bars, because a chart cannot show more legibly$/);
    expect(result.data.cap!.href).toBe("/figures?dataset=big-set&from=USSR%2CPRC&to=USSR%2CPRC&unit=USD&parent=none&sort=-value");
  });

  it("draws every bar, with no cap, when they fit", () => {
    const few = measureFigures(classifyFigures(manyFlows(BAR_CAP), SIDES), USD, NO_CONVERSION, EN);
    const result = shapeLedger(few, USD, SIDES, EN, "big-set");
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.rowCount).toBe(BAR_CAP);
    expect(result.data.cap).toBeNull();
  });

  it("leaves the balance's sum whole: it adds every figure and says how many, and names only the largest", () => {
    const result = shapeBalance(selection, USD, SIDES, EN);
    if (!result.ok) throw new Error(result.reason);
    const side = result.data.sides.find((candidate) => candidate.direction === "a_to_b")!;
    expect(side.sum!.value).toBe((100 * 101) / 2);
    expect(side.sum!.qualifier).toBe("about");
    expect(side.sum!.summary).toBe("sum of 100 figures, 34 with qualifiers");
    expect(side.includedCount).toBe(100);
    expect(side.included.map((item) => item.label)).toHaveLength(NAME_CAP);
    expect(side.included[0]!.id).toBe(figures[99]!.id);
  });

  it("names only the largest figures of a flow-diagram link, with the count of all", () => {
    const result = shapeSankey(selection, USD, SIDES, EN);
    if (!result.ok) throw new Error(result.reason);
    const link = result.data.links[0]!;
    expect(link.figureCount).toBe(100);
    expect(link.figures).toHaveLength(5);
    expect(link.figures[0]!.id).toBe(figures[99]!.id);
    expect(link.figuresText).toMatch(/ and 95 more$/);
    expect(link.summary).toBe("sum of 100 figures, 34 with qualifiers");
    expect(link.value).toBe((100 * 101) / 2);
  });
});

describe("the counterparts' cap", () => {
  it("ranks at most sixty sums, each naming its largest figures, and links to explore", () => {
    const hub = makeActor("HUB", "Hub");
    const figures = Array.from({ length: 70 }, (_, index) =>
      Array.from({ length: 12 }, (_, k) => makeMoneyFlow(hub, makeActor(`C${String(index).padStart(2, "0")}`), (index + 1) * 100 + k)),
    ).flat();
    const result = shapeCounterparts(measureActorFlows(figures, hub, USD, NO_CONVERSION, EN), USD, hub, EN, "big-set");
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars).toHaveLength(60);
    expect(result.data.bars[0]!.counterpart.code).toBe("C69");
    expect(result.data.counterparts).toBe(70);
    expect(result.data.cap).toMatchObject({ shown: 60, total: 70 });
    expect(result.data.cap!.href).toContain("dataset=big-set");
    const first = result.data.bars[0]!;
    expect(first.figureCount).toBe(12);
    expect(first.figures).toHaveLength(NAME_CAP);
    expect(first.info.extra.join(" ")).toMatch(/sum of 12 figures/);
    expect(first.info.extra.join(" ")).toMatch(/ and 2 more\.$/);
  });
});

describe("the flow diagram's cap", () => {
  it("draws the counterparts with the largest sums that fit a hundred links, and says so", () => {
    const hub = makeActor("HUB", "Hub");
    const categories = ["credits_loans", "industrial_projects", "infrastructure", "technology_transfer", "education_training"];
    const figures = Array.from({ length: 40 }, (_, index) =>
      categories.map((category) => makeMoneyFlow(hub, makeActor(`C${String(index).padStart(2, "0")}`), (index + 1) * 100, { category })),
    ).flat();
    const result = shapeSankey(measureActorFlows(figures, hub, USD, NO_CONVERSION, EN), USD, { a: hub, b: makeActor("C39") }, EN, "big-set");
    if (!result.ok) throw new Error(result.reason);
    // Five categories cost five links on the hub's side; each receiver costs five more.
    const targets = result.data.nodes.filter((node) => node.kind === "target").map((node) => node.name);
    expect(targets).toHaveLength(19);
    expect(targets[0]).toBe("C39 (received)");
    expect(result.data.links.length).toBeLessThanOrEqual(100);
    expect(result.data.caps).toHaveLength(1);
    expect(result.data.caps[0]).toMatchObject({ shown: 19, total: 40 });
    expect(result.data.caps[0]!.text).toMatch(/^Showing the 19 receivers with the largest sums of 40 receivers/);
    expect(result.data.caps[0]!.href).toBe("/figures?dataset=big-set&from=HUB&unit=USD&parent=none&sort=-value");
  });
});

describe("the timeline's cap", () => {
  const between = Array.from({ length: 30 }, (_, index) => makeFigure({ period: { start: "1950", end: String(1951 + (index % 3)) } }));
  const others = Array.from({ length: 200 }, (_, index) =>
    makeFigure({ from: makeActor("AAA"), to: makeActor("BBB"), period: { start: "1950", end: String(1951 + (index % 20)) } }),
  );
  const events = Array.from({ length: 150 }, (_, index) => makeEvent({ date: String(1950 + (index % 30)) }));
  const limit = { spans: SPAN_CAP, events: SPAN_CAP, figuresHref: "/figures?dataset=big-set", eventsHref: "/events?dataset=big-set" };

  it("draws the figures between the sides first, then the longest spans, and the earliest events", () => {
    const result = shapeTimeline({ figures: [...others, ...between], events, phases: [], sides: SIDES, limit, words: EN });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.spans).toHaveLength(SPAN_CAP);
    const drawn = new Set(result.data.spans.map((span) => span.id));
    expect(between.every((figure) => drawn.has(figure.id))).toBe(true);
    const shortest = Math.min(...others.filter((figure) => drawn.has(figure.id)).map((figure) => figure.period.yearEnd!));
    const longestLeftOut = Math.max(...others.filter((figure) => !drawn.has(figure.id)).map((figure) => figure.period.yearEnd!));
    expect(shortest).toBeGreaterThanOrEqual(longestLeftOut);
    expect(result.data.events).toHaveLength(SPAN_CAP);
    expect(result.data.caps.map((cap) => [cap.shown, cap.total, cap.href])).toEqual([
      [SPAN_CAP, 230, "/figures?dataset=big-set"],
      [SPAN_CAP, 150, "/events?dataset=big-set"],
    ]);
    expect(result.data.caps[0]!.text).toMatch(/of 230 figures with a period/);
    expect(result.data.caps[1]!.linkText).toBe("see every one on the events page");
  });

  it("draws everything when no limit is asked for (the events page)", () => {
    const result = shapeTimeline({ figures: [], events, phases: [], sides: null, words: EN });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.events).toHaveLength(150);
    expect(result.data.caps).toEqual([]);
  });
});

describe("the goods and people charts", () => {
  it("choose the unit of mass and direction with the most goods figures, and cap the bars", () => {
    const kilos = Array.from({ length: 50 }, (_, index) =>
      makeFigure({ unit: "kg", value: index + 1, category: "commodity_exports", kind: "delivery", from: SIDES.a, to: SIDES.b }),
    );
    const tons = [makeFigure({ unit: "t", value: 5, category: "commodity_exports", kind: "delivery", from: SIDES.b, to: SIDES.a })];
    const result = shapeGoods([...kilos, ...tons], SIDES, EN, undefined, "big-set");
    if (!result.ok) throw new Error(result.reason);
    expect(result.data).toMatchObject({ unit: "kg", direction: "a_to_b" });
    expect(result.data.bars).toHaveLength(BAR_CAP);
    expect(result.data.bars[0]!.value).toBe(50);
    expect(result.data.cap).toMatchObject({ shown: BAR_CAP, total: 50 });
    expect(result.data.cap!.href).toBe("/figures?dataset=big-set&from=USSR&to=PRC&unit=kg&sort=-value");
  });

  it("says why when no figure is in a unit of mass", () => {
    const result = shapeGoods([makeMoneyFlow(SIDES.a, SIDES.b, 5)], SIDES, EN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("No figures in metric tons or any other unit of mass record goods between the USSR and the PRC.");
  });

  it("draws the largest counts of people only", () => {
    const people = Array.from({ length: 45 }, (_, index) => makeFigure({ value: index + 1 }));
    const result = shapePeople(people, SIDES, EN, "persons", "big-set");
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars).toHaveLength(BAR_CAP);
    expect(Math.min(...result.data.bars.map((bar) => bar.value))).toBe(6);
    expect(result.data.cap).toMatchObject({ shown: BAR_CAP, total: 45 });
  });
});

describe("the overview at scale", () => {
  it("caps every chart of a 5,000-figure dataset and keeps the page small", () => {
    const donors = ["USA", "GBR", "FRA"].map((code) => makeActor(code));
    const receivers = Array.from({ length: 40 }, (_, index) => makeActor(`R${String(index).padStart(2, "0")}`));
    const figures = Array.from({ length: 5000 }, (_, index) =>
      makeMoneyFlow(donors[index % 3]!, receivers[index % 40]!, 1000 + index, {
        period: { start: String(1950 + (index % 30)), end: String(1950 + (index % 30) + (index % 5)) },
      }),
    );
    const view = shapeOverview({ ...flowsInput(figures), dataset: "big-set" }, DEFAULT, EN);
    expect(view.ledger.caps[0]).toMatchObject({ shown: BAR_CAP });
    expect(view.timeline.caps[0]).toMatchObject({ shown: SPAN_CAP, total: 5000 });
    if (!view.timeline.ok || !view.ledger.ok) throw new Error("empty charts");
    expect(view.timeline.data.spans).toHaveLength(SPAN_CAP);
    expect(JSON.stringify(view).length).toBeLessThan(400_000);
    // 3 donors × 40 receivers: the picker lists the busiest 100 and says how to open the others.
    expect(view.pairs).toHaveLength(100);
    expect(view.pairNote).toBe("The list holds the 100 pairs with the most flows of 120 pairs; any other pair opens from the address (?a=…&b=…).");
    const other = shapeOverview({ ...flowsInput(figures), dataset: "big-set" }, { ...DEFAULT, a: "USA", b: "R39" }, EN);
    expect(other.sides).toMatchObject({ a: { code: "USA" }, b: { code: "R39" } });
  });

  it("draws every mark of the bundled dataset, as before: no chart is capped", () => {
    const view = shapeOverview(datasetChartInput(), DEFAULT, EN);
    for (const chart of [view.ledger, view.sankey, view.counterparts, view.timeline, view.goods, view.people]) expect(chart.caps).toEqual([]);
    expect(view.pairNote).toBeNull();
    if (!view.goods.ok) throw new Error(view.goods.reason);
    expect(view.goods.data).toMatchObject({ unit: "t", direction: "b_to_a" });
  });
});
