import { describe, expect, it } from "vitest";
import { sankeyHeight } from "@/lib/charts/layout";
import { shapeOverview, type OverviewRequest } from "@/lib/charts/overview";
import { datasetChartInput, flowsInput, makeActor, makeEvent, makeFigure, makeMoneyFlow } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

// The whole overview for datasets of other shapes than the bundled one: one giver and many
// receivers, a two-way exchange, fifty actors, a pair the visitor picks and a year window.

const DEFAULT: OverviewRequest = { currency: "original", assume: "none" };
const USA = makeActor("USA", "United States");
const RECEIVERS = ["AUT", "FRA", "DEU", "ITA", "NLD", "GBR"].map((code) => makeActor(code, `Country ${code}`));

/** USA → six countries in dollars, one or two grants each, 1948–1952 (France gets the most figures). */
function marshallLike() {
  return [
    ...RECEIVERS.map((receiver, index) => makeMoneyFlow(USA, receiver, (index + 1) * 1_000_000)),
    makeMoneyFlow(USA, RECEIVERS[1]!, 500_000, { category: "technology_transfer", period: { start: "1949", end: "1949" } }),
  ];
}

describe("shapeOverview, one giver and many receivers", () => {
  const figures = marshallLike();
  const view = shapeOverview(flowsInput(figures), DEFAULT, EN);

  it("sets the giver against its busiest receiver, and offers every pair with flows", () => {
    expect(view.sides).toMatchObject({ a: { code: "USA" }, b: { code: "FRA" } });
    expect(view.pairs).toHaveLength(6);
    expect(view.pairs.every((pair) => pair.a.code === "USA")).toBe(true);
  });

  it("says plainly that the ledger has one direction, and draws only that side", () => {
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(view.ledger.data.directions).toEqual(["a_to_b"]);
    expect(view.ledger.notes[0]).toMatch(/^One direction only: every bar runs USA → FRA\. Nothing in US dollars flows FRA → USA/);
    expect(view.ledger.subtitle).toContain("one direction only");
    expect(view.lede).toContain("Nothing is recorded flowing from the Country FRA to the United States.");
  });

  it("draws the giver through its categories to every receiver", () => {
    if (!view.sankey.ok) throw new Error(view.sankey.reason);
    const { nodes, links } = view.sankey.data;
    expect(nodes.filter((node) => node.kind === "source").map((node) => node.name)).toEqual(["USA (sent)"]);
    expect(nodes.filter((node) => node.kind === "target")).toHaveLength(6);
    // One link per category from the giver, one per category and receiver to the receivers.
    expect(links.filter((link) => link.counterpart === null)).toHaveLength(2);
    expect(links.filter((link) => link.counterpart !== null)).toHaveLength(7);
    const credits = links.find((link) => link.counterpart === null && link.category === "credits_loans")!;
    expect(credits.value).toBe(21_000_000);
    expect(credits.path).toBe("USA → Credits and loans → 6 receivers");
    expect(view.sankey.notes.join(" ")).toMatch(/to the USA from another actor/);
  });

  it("ranks the receivers in the counterparts chart", () => {
    if (!view.counterparts.ok) throw new Error(view.counterparts.reason);
    expect(view.counterparts.data.bars.map((bar) => bar.counterpart.code)).toEqual(["GBR", "NLD", "ITA", "DEU", "FRA", "AUT"]);
    expect(view.counterparts.data.bars.find((bar) => bar.counterpart.code === "FRA")!.value).toBe(2_500_000);
  });

  it("shows the largest flow of each family and direction when the metadata names no cards", () => {
    expect(view.cards.map((card) => card.title)).toEqual(["Money, USA → FRA"]);
    const largestToFrance = figures.filter((figure) => figure.to?.code === "FRA").sort((a, b) => b.value - a.value)[0]!;
    expect(view.cards[0]!.lines.map((line) => line.label)).toEqual([largestToFrance.label]);
  });
});

describe("shapeOverview, the pair picker", () => {
  const figures = marshallLike();

  it("shows the pair the URL asks for, either way round", () => {
    const view = shapeOverview(flowsInput(figures), { ...DEFAULT, a: "DEU", b: "USA" }, EN);
    expect(view.sides).toMatchObject({ a: { code: "DEU" }, b: { code: "USA" } });
    expect(view.notices).toEqual([]);
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(view.ledger.data.directions).toEqual(["b_to_a"]);
    if (!view.counterparts.ok) throw new Error(view.counterparts.reason);
    expect(view.counterparts.data.bars.map((bar) => bar.key)).toEqual(["b_to_a-USA"]);
  });

  it("falls back to the default pair with a notice when the pair has no flows", () => {
    const view = shapeOverview(flowsInput(figures), { ...DEFAULT, a: "FRA", b: "DEU" }, EN);
    expect(view.sides).toMatchObject({ a: { code: "USA" }, b: { code: "FRA" } });
    expect(view.notices.map((notice) => notice.message)).toEqual(["ignored a=FRA and b=DEU: no flows between them in this dataset"]);
  });

  it("takes the dataset's own sides from its metadata", () => {
    const view = shapeOverview(flowsInput(figures, { sides: { a: "USA", b: "ITA" } }), DEFAULT, EN);
    expect(view.sides).toMatchObject({ a: { code: "USA" }, b: { code: "ITA" } });
  });
});

describe("shapeOverview, a two-way exchange", () => {
  it("draws both directions and names both in the lede", () => {
    const [a, b] = [makeActor("AAA", "Alpha"), makeActor("BBB", "Beta")];
    const view = shapeOverview(flowsInput([makeMoneyFlow(a, b, 100), makeMoneyFlow(b, a, 40, { category: "repayments_payments" })]), DEFAULT, EN);
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(view.ledger.data.directions).toEqual(["a_to_b", "b_to_a"]);
    expect(view.ledger.notes.join(" ")).not.toMatch(/One direction only/);
    expect(view.lede).toMatch(/The Alpha gave the Beta credits and loans\. The Beta sent back repayments and payments\./);
    if (!view.sankey.ok) throw new Error(view.sankey.reason);
    expect(view.sankey.data.links).toHaveLength(4);
  });
});

describe("shapeOverview, fifty actors", () => {
  const actors = Array.from({ length: 50 }, (_, index) => makeActor(`A${String(index).padStart(2, "0")}`));
  const figures = [
    ...actors.slice(1).map((actor, index) => makeMoneyFlow(actors[0]!, actor, 100 + index)),
    ...actors.slice(1).map((actor, index) => makeFigure({ from: actor, to: actors[(index + 2) % 50]!, value: 5 })),
  ];
  const view = shapeOverview(flowsInput(figures), DEFAULT, EN);

  it("ranks all 49 counterparts of the busiest giver and lists every pair with flows", () => {
    expect(view.sides?.a.code).toBe("A00");
    if (!view.counterparts.ok) throw new Error(view.counterparts.reason);
    expect(view.counterparts.data.bars).toHaveLength(49);
    expect(view.pairs.length).toBeGreaterThanOrEqual(49);
  });

  it("gives the flow diagram room for its 49 receivers", () => {
    if (!view.sankey.ok) throw new Error(view.sankey.reason);
    expect(view.sankey.data.nodes.filter((node) => node.kind === "target")).toHaveLength(49);
    expect(sankeyHeight(view.sankey.data)).toBeGreaterThan(49 * 30);
  });
});

describe("shapeOverview, the year window", () => {
  const early = makeMoneyFlow(USA, RECEIVERS[0]!, 10, { period: { start: "1948", end: "1948" } });
  const inside = makeMoneyFlow(USA, RECEIVERS[0]!, 20, { period: { start: "1949", end: "1950" } });
  const across = makeMoneyFlow(USA, RECEIVERS[0]!, 30, { period: { start: "1948", end: "1952" } });
  const undated = makeMoneyFlow(USA, RECEIVERS[0]!, 40, { period: { start: null, end: null } });
  const events = [makeEvent({ date: "1947-06-05" }), makeEvent({ date: "1950-01-01" })];
  const input = { ...flowsInput([early, inside, across, undated], { headline: [{ title: "The early grant", keys: [early.key] }] }), events };

  it("keeps only figures whose whole period lies within it, and says what it left out", () => {
    const view = shapeOverview(input, { ...DEFAULT, yearFrom: 1949, yearTo: 1950 }, EN);
    expect(view.window).toEqual({ from: 1949, to: 1950 });
    expect(view.years).toEqual({ from: 1948, to: 1952 });
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(view.ledger.data.groups.flatMap((group) => group.rows).map((row) => row.figureId)).toEqual([inside.id]);
    expect(view.windowNotes).toEqual([
      "2 figure(s) whose period reaches outside 1949–1950 are left out: a total over a period is never split into years.",
      "1 figure(s) without a stated period are left out of the 1949–1950 window.",
    ]);
    expect(view.timeline.years).toEqual({ from: 1949, to: 1950 });
    if (!view.timeline.ok) throw new Error(view.timeline.reason);
    expect(view.timeline.data.events).toHaveLength(1);
    // The card's figure exists but is outside the window: no note that its key is missing, and the
    // cards fall back to the largest flow within the window.
    expect(view.cards.flatMap((card) => card.lines.map((line) => line.figureId))).toEqual([inside.id]);
    expect(view.ledger.notes.join(" ")).not.toMatch(/no figure with key/);
  });

  it("shows every figure without a window, over the years of the data", () => {
    const view = shapeOverview(input, DEFAULT, EN);
    expect(view.window).toBeNull();
    expect(view.windowNotes).toEqual([]);
    expect(view.timeline.years).toEqual({ from: 1948, to: 1952 });
    expect(view.cards.map((card) => card.title)).toEqual(["The early grant"]);
  });
});

describe("shapeOverview, the bundled dataset", () => {
  it("keeps its sides and the years its figures and phases cover", () => {
    const view = shapeOverview(datasetChartInput(), DEFAULT, EN);
    expect(view.sides).toMatchObject({ a: { code: "USSR" }, b: { code: "PRC" } });
    expect(view.timeline.years).toEqual({ from: 1945, to: 1980 });
    expect(view.notices).toEqual([]);
  });
});
