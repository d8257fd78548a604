import { describe, expect, it } from "vitest";
import { shapeHeadlineCards } from "@/lib/charts/headline-cards/headline-cards";
import { resolveSides } from "@/lib/charts/sides";
import { formatValue } from "@/lib/format";
import { datasetChartInput, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const input = datasetChartInput();
const sides = resolveSides(input.meta.sides, input.figures)!;
const specs = input.meta.headline!;

describe("shapeHeadlineCards", () => {
  it("finds every configured figure of the dataset", () => {
    expect(specs.length).toBeGreaterThan(0);
    const { cards, notes } = shapeHeadlineCards(specs, input.figures, sides, EN);
    expect(notes).toEqual([]);
    expect(cards.map((card) => card.title)).toEqual(specs.map((spec) => spec.title));
  });

  it("shows each figure with its qualifier, unit and period, and links to it", () => {
    const { cards } = shapeHeadlineCards(specs, input.figures, sides, EN);
    for (const line of cards.flatMap((card) => card.lines)) {
      const figure = input.figures.find((candidate) => candidate.id === line.figureId)!;
      expect(line.valueText).toBe(formatValue(figure));
      expect(line.href).toBe(`/figures/${figure.id}`);
      expect(line.period.length).toBeGreaterThan(0);
    }
  });

  it("keeps the trainees and graduates as separate lines, never summed", () => {
    const spec = specs.find((candidate) => candidate.keys.length === 3)!;
    const card = shapeHeadlineCards(specs, input.figures, sides, EN).cards.find((candidate) => candidate.title === spec.title)!;
    expect(card.lines).toHaveLength(3);
    const values = card.lines.map((line) => input.figures.find((figure) => figure.id === line.figureId)!.value);
    const sum = values.reduce((total, value) => total + value, 0);
    expect(JSON.stringify(card)).not.toContain(String(sum));
  });

  it("adds a derived line to money figures in a converted view", () => {
    const { cards } = shapeHeadlineCards(specs, input.figures, sides, EN, { currency: "usd", assume: "new", rates: input.rates });
    const rubleLines = cards.flatMap((card) => card.lines).filter((line) => input.figures.find((figure) => figure.id === line.figureId)!.unit === "RUB");
    expect(rubleLines.length).toBeGreaterThan(0);
    for (const line of rubleLines) {
      expect(line.converted?.text).toMatch(/\(derived\)$/);
      expect(line.converted?.note).toMatch(/per USD/);
    }
  });

  it("falls back to the largest top-level flow per family for another dataset", () => {
    const small = makeFigure({ value: 5 });
    const large = makeFigure({ value: 50 });
    const component = makeFigure({ value: 500, parentId: large.id });
    const { cards } = shapeHeadlineCards(undefined, [small, large, component], SIDES, EN);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.lines.map((line) => line.figureId)).toEqual([large.id]);
  });
});
