import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { resolveLedgerSelection } from "@/lib/charts/ledger/selection";
import { formatMeasured, valueIn, type ConversionContext } from "@/lib/charts/measure";
import { measureFigures } from "@/lib/charts/measure-figures";
import { shapeLedger } from "@/lib/charts/ledger/ledger";
import { resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeFigure, measureOf, SIDES } from "../helpers/chart-fixtures";
import { legacyBasis } from "../helpers/vocabulary";
import { EN } from "../helpers/chart-words";

const input = datasetChartInput();
const rates = input.rates;

describe("valueIn (the currency view)", () => {
  const loan = makeFigure({ value: 1.816e9, unit: "RUB", ...legacyBasis("rub_unstated"), period: { start: null, end: null, status: "unknown" } });
  const usd = { kind: "currency", currency: "USD" } as const;

  it("does not convert rubles of unstated basis without an assumption, and says why", () => {
    const result = valueIn(loan, usd, { currency: "usd", assume: "none", rates }, EN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/old or new/);
  });

  it("converts under an assumption, marks the value derived and names the rate and its source", () => {
    const result = valueIn(loan, usd, { currency: "usd", assume: "new", rates }, EN);
    if (!result.ok) throw new Error(result.reason);
    const newRate = rates.find((rate) => rate.unit === "RUB_NEW" && rate.perUnit === "USD")!;
    expect(result.derived).toBe(true);
    expect(result.value).toBeCloseTo(1.816e9 / newRate.rate, 0);
    expect(result.derivedNote).toContain(String(newRate.rate));
    expect(result.derivedNote).toContain(newRate.sourceTitle);
    expect(result.derivedNote).toMatch(/Assuming new rubles/);
    expect(formatMeasured(result.value, "exact", usd, { derived: true }, EN)).toMatch(/^≈ \$.* \(derived\)$/);
  });

  it("leaves a dollar figure as printed in the dollar view (not derived)", () => {
    const credit = makeFigure({ value: 3e8, unit: "USD", ...legacyBasis("usd_gold_1950") });
    const result = valueIn(credit, usd, { currency: "usd", assume: "none", rates }, EN);
    expect(result).toMatchObject({ ok: true, value: 3e8, derived: false });
  });

  it("never turns tons or persons into money", () => {
    for (const figure of [makeFigure({ unit: "t", value: 5 }), makeFigure({ unit: "persons", value: 5 })]) {
      const result = valueIn(figure, usd, { currency: "usd", assume: "new", rates }, EN);
      expect(result.ok).toBe(false);
    }
  });

  it("keeps each unit on its own axis in the original view", () => {
    expect(valueIn(makeFigure({ unit: "persons" }), measureOf("sets"), { currency: "original", assume: "none", rates }, EN).ok).toBe(false);
  });
});

describe("resolveLedgerSelection", () => {
  const sides = resolveSides(input.meta.sides, input.figures)!;
  const classified = classifyFigures(input.figures, sides);

  it("defaults to money and to the money unit with the most top-level flows", () => {
    const selection = resolveLedgerSelection(classified, { currency: "original" }, EN);
    expect(selection.family).toBe("money");
    const counts = new Map<string, number>();
    for (const { figure } of classified.flows) if (["USD", "RUB"].includes(figure.unit)) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
    const most = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(selection.unit).toBe(most);
    expect(selection.unitOptions.map((option) => option.unit).sort()).toEqual([...counts.keys()].sort());
  });

  it("takes the family from a unit given alone", () => {
    expect(resolveLedgerSelection(classified, { unit: "km2", currency: "original" }, EN)).toMatchObject({ family: "area", unit: "km2" });
  });

  it("drops a unit that is not in the family, with a notice", () => {
    const selection = resolveLedgerSelection(classified, { family: "people", unit: "USD", currency: "original" }, EN);
    expect(selection.unit).toBe("persons");
    expect(selection.notices.map((notice) => notice.param)).toEqual(["unit"]);
  });

  it("puts all convertible money on one converted axis in a currency view", () => {
    const selection = resolveLedgerSelection(classified, { family: "money", currency: "usd" }, EN);
    expect(selection.measure).toEqual({ kind: "currency", currency: "USD" });
    const context: ConversionContext = { currency: "usd", assume: "new", rates };
    const ledger = shapeLedger(measureFigures(classified, selection.measure, context, EN), selection.measure, sides, EN);
    if (!ledger.ok) throw new Error(ledger.reason);
    const rows = ledger.data.groups.flatMap((group) => group.rows);
    const moneyFlows = classified.flows.filter(({ figure }) => figure.unit === "USD" || figure.unit === "RUB");
    expect(rows.map((row) => row.figureId).sort()).toEqual(moneyFlows.map(({ figure }) => figure.id).sort());
    // Rubles were converted (derived); dollars stayed as printed.
    for (const row of rows) {
      const figure = input.figures.find((candidate) => candidate.id === row.figureId)!;
      expect(row.derived).toBe(figure.unit === "RUB");
      if (row.derived) expect(row.info.derivedNote).toMatch(/per USD/);
    }
  });

  it("says which ruble figures are left out when no assumption is made", () => {
    const measure = { kind: "currency", currency: "USD" } as const;
    const selection = measureFigures(classified, measure, { currency: "usd", assume: "none", rates }, EN);
    const unstated = classified.flows.filter(({ figure }) => figure.denomination === "not_stated");
    expect(selection.notConverted.map((item) => item.figure.id).sort()).toEqual(unstated.map(({ figure }) => figure.id).sort());
    expect(selection.flows.every((flow) => flow.figure.denomination !== "not_stated")).toBe(true);
  });
});

describe("the sides", () => {
  it("fall back to the pair with the most figures between them for an unconfigured dataset", () => {
    const other = { code: "AAA", name: "A" };
    const figures = [makeFigure(), makeFigure({ from: SIDES.b, to: SIDES.a }), makeFigure({ from: other, to: SIDES.a })];
    expect(resolveSides(undefined, figures)).toMatchObject({ a: { code: "USSR" }, b: { code: "PRC" } });
  });
});
