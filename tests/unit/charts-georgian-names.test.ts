import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { shapeGoods } from "@/lib/charts/goods/goods";
import { shapeHeadlineCards } from "@/lib/charts/headline-cards/headline-cards";
import { resolveLedgerSelection } from "@/lib/charts/ledger/selection";
import { sourceLine } from "@/lib/charts/mark-info";
import { shapeOverview, type OverviewRequest } from "@/lib/charts/overview";
import { localActorName } from "@/lib/views/figure/actor-names";
import { withActorNames } from "@/lib/views/list/actor-names";
import { datasetChartInput, makeEvent, SIDES } from "../helpers/chart-fixtures";
import { EN, KA } from "../helpers/chart-words";

// The names the charts show on a Georgian page: unit families and units (the unit selector, the
// generic headline cards, the goods chart), actors (the pair picker, from the dataset's declared
// Georgian names) and the events page's source line. English keeps the data's own names.

const DEFAULT: OverviewRequest = { currency: "original", assume: "none" };
const GEORGIAN = /[\u10D0-\u10FF]/;
const LATIN = /[A-Za-z]/;
const input = datasetChartInput();

describe("the unit selector in Georgian", () => {
  const ka = shapeOverview(input, DEFAULT, KA).selection!;
  const en = shapeOverview(input, DEFAULT, EN).selection!;

  it("names every family and unit in Georgian, and keeps the English names on English pages", () => {
    expect(en.familyOptions.find((option) => option.family === "money")?.label).toBe("Money");
    expect(ka.familyOptions.find((option) => option.family === "money")?.label).toBe("ფული");
    expect(en.unitOptions.find((option) => option.unit === "RUB")?.label).toBe("Rubles");
    expect(ka.unitOptions.find((option) => option.unit === "RUB")?.label).toBe("მანეთი");
    expect(ka.familyOptions.length).toBeGreaterThan(1);
    for (const option of [...ka.familyOptions, ...ka.unitOptions]) {
      expect(option.label).toMatch(GEORGIAN);
      expect(option.label).not.toMatch(LATIN);
    }
    // The same options, in the same order: only the names differ.
    expect(ka.familyOptions.map((option) => option.family)).toEqual(en.familyOptions.map((option) => option.family));
  });

  it("names the families a dataset declares in Georgian", () => {
    const people = shapeOverview(input, { ...DEFAULT, family: "people" }, KA).selection!;
    expect(people.familyOptions.find((option) => option.family === "people")?.label).toBe("ადამიანები");
    expect(people.unitOptions.map((option) => option.label)).toContain("ადამიანი");
  });

  it("says a unit outside the family in Georgian names", () => {
    const { notices } = resolveLedgerSelection(classifyFigures(input.figures, SIDES), { family: "people", unit: "RUB", currency: "original" }, KA);
    expect(notices.map((notice) => notice.message)).toEqual(["ერთეული უგულებელყოფილია: მანეთი არ ეკუთვნის ოჯახს „ადამიანები“"]);
  });

  it("names the empty axis of a window with no figures in Georgian", () => {
    const measure = resolveLedgerSelection(classifyFigures([], SIDES), DEFAULT, KA).measure;
    expect(measure.kind === "unit" ? measure.info.label : null).toBe("ფული");
    const english = resolveLedgerSelection(classifyFigures([], SIDES), DEFAULT, EN).measure;
    expect(english.kind === "unit" ? english.info.label : null).toBe("Money");
  });
});

describe("unit names in the cards and the goods chart", () => {
  it("titles the generic headline cards with the family's Georgian name", () => {
    const ka = shapeHeadlineCards(undefined, input.figures, SIDES, KA).cards.map((card) => card.title);
    const en = shapeHeadlineCards(undefined, input.figures, SIDES, EN).cards.map((card) => card.title);
    expect(en).toContain("Money, USSR → PRC");
    expect(ka).toContain("ფული, USSR → PRC");
    expect(ka).toHaveLength(en.length);
    for (const title of ka) expect(title.split(",")[0]).toMatch(GEORGIAN);
  });

  it("names the goods chart's unit in Georgian", () => {
    const ka = shapeGoods(input.figures, SIDES, KA);
    const en = shapeGoods(input.figures, SIDES, EN);
    expect(en.ok && en.data.unitLabel).toBe("Metric tons");
    expect(ka.ok && ka.data.unitLabel).toBe("ტონა");
    expect(shapeOverview(input, DEFAULT, KA).goods.subtitle).toMatch(/^ტონა · /);
  });
});

describe("actor names in the pair picker", () => {
  const names = { USSR: { ka: { name: "საბჭოთა კავშირი", translated: true } }, PRC: { ka: { name: "ჩინეთის სახალხო რესპუბლიკა", translated: true } } };

  it("lists the pairs under the dataset's Georgian names, the codes unchanged", () => {
    const figures = withActorNames(input.figures, (actor) => localActorName(actor, "ka", names));
    const view = shapeOverview({ ...input, figures }, DEFAULT, KA);
    const first = view.pairs[0]!;
    expect([first.a.code, first.b.code].sort()).toEqual(["PRC", "USSR"]);
    expect([first.a.name, first.b.name].sort()).toEqual(["საბჭოთა კავშირი", "ჩინეთის სახალხო რესპუბლიკა"]);
    expect(view.sides).toMatchObject({ a: { code: "USSR", name: "საბჭოთა კავშირი" }, b: { code: "PRC", name: "ჩინეთის სახალხო რესპუბლიკა" } });
    expect(view.lede).toContain("საბჭოთა კავშირი");
    // The figures the page was given keep their stored names.
    expect(input.figures.find((figure) => figure.from?.code === "USSR")!.from!.name).toBe("Soviet Union");
  });
});

describe("the events page's source line", () => {
  const events = [
    makeEvent({ source: { ...input.events[0]!.source, key: "one" } }),
    makeEvent({ source: { ...input.events[0]!.source, key: "one" }, section: "Another" }),
    makeEvent({ source: { ...input.events[0]!.source, key: "two", author: "Someone Else" } }),
  ];

  it("counts events, not figures and events", () => {
    const en = sourceLine(events, EN, "events");
    expect(en).toMatch(/^Sources: 2 events from .*; 1 event from Someone Else/);
    expect(en).not.toContain("figure");
    const ka = sourceLine(events, KA, "events");
    expect(ka).toMatch(/^წყაროები: 2 მოვლენა წყაროდან .*; 1 მოვლენა წყაროდან Someone Else/);
    expect(ka).not.toContain("მაჩვენებელი");
  });
});
