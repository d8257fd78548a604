import { describe, expect, it } from "vitest";
import { packLanes } from "@/lib/charts/timeline/pack-lanes";
import { defaultTimelineFigures, shapeTimeline } from "@/lib/charts/timeline/timeline";
import { dateRangeFraction, isPointFigure, yearFraction } from "@/lib/charts/timeline/timeline-dates";
import { resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeEvent, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const phases = [
  { key: "before", label: "Before", startYear: null, endYear: 1949 },
  { key: "during", label: "During", startYear: 1950, endYear: 1958 },
];

describe("timeline positions", () => {
  it("keeps a date's precision: a year covers the year, a month the month, a day the day", () => {
    expect(dateRangeFraction("1950", "1962")).toEqual([1950, 1963]);
    const [febStart, febEnd] = dateRangeFraction("1950-02", null);
    expect(febStart).toBeCloseTo(1950 + 31 / 365, 6);
    expect(febEnd).toBeCloseTo(1950 + 59 / 365, 6);
    const [day, next] = dateRangeFraction("1952-12-31", null);
    expect(day).toBeCloseTo(1952 + 365 / 366, 6);
    expect(next).toBe(1953);
    expect(yearFraction("1954-10-12")).toBeGreaterThan(1954.75);
  });

  it("draws stocks and single days as points, periods as spans", () => {
    expect(isPointFigure(makeFigure({ kind: "stock", period: { start: "1973", end: "1973" } }))).toBe(true);
    expect(isPointFigure(makeFigure({ period: { start: "1952-12-31", end: "1952-12-31" } }))).toBe(true);
    expect(isPointFigure(makeFigure({ period: { start: "1950", end: "1962" } }))).toBe(false);
  });

  it("packs lanes so that marks in one lane never overlap", () => {
    const packed = packLanes(
      [
        { x1: 1950, x2: 1955 },
        { x1: 1951, x2: 1952 },
        { x1: 1956, x2: 1960 },
      ],
      0.25,
      0.5,
    );
    expect(packed.map((item) => item.lane)).toEqual([0, 1, 0]);
  });
});

describe("shapeTimeline", () => {
  it("draws a 1950–1962 total as ONE span, never as annual bars", () => {
    const total = makeFigure({ period: { start: "1950", end: "1962" } });
    const result = shapeTimeline({ figures: [total], events: [], phases, sides: SIDES, words: EN });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.spans).toHaveLength(1);
    expect(result.data.spans[0]).toMatchObject({ id: total.id, x1: 1950, x2: 1963, point: false, direction: "a_to_b" });
  });

  it("clips to the chosen years and counts what falls outside", () => {
    const early = makeEvent({ date: "1911" });
    const inside = makeEvent({ date: "1950-02-14" });
    const longRunning = makeEvent({ date: "1937", endDate: "1945" });
    const result = shapeTimeline({ figures: [], events: [early, inside, longRunning], phases, sides: SIDES, from: 1945, to: 1980, words: EN });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.events.map((event) => event.id).sort()).toEqual([inside.id, longRunning.id].sort());
    expect(result.data.events.find((event) => event.id === longRunning.id)).toMatchObject({ x1: 1945, x2: 1946, point: false });
    expect(result.notes.join(" ")).toMatch(/1 event\(s\) fall outside 1945–1980/);
    // The phase without a start begins where the chart begins.
    expect(result.data.phases[0]).toMatchObject({ key: "before", x1: 1945, x2: 1950 });
  });

  it("says why it is empty", () => {
    const result = shapeTimeline({ figures: [], events: [makeEvent({ date: "1911" })], phases, sides: SIDES, words: EN });
    expect(result.ok).toBe(false);
  });

  it("on the dataset, draws one mark per figure with a period and per event within 1945–1980", () => {
    const input = datasetChartInput();
    const sides = resolveSides(input.meta.sides, input.figures);
    const figures = defaultTimelineFigures(input.figures);
    const result = shapeTimeline({ figures, events: input.events, phases: input.phases, sides, words: EN });
    if (!result.ok) throw new Error(result.reason);
    const expectedFigures = figures.filter((figure) => figure.period.yearStart! <= 1980 && figure.period.yearEnd! >= 1945);
    const expectedEvents = input.events.filter((event) => event.yearStart <= 1980 && event.yearEnd >= 1945);
    expect(result.data.spans.map((span) => span.id).sort()).toEqual(expectedFigures.map((figure) => figure.id).sort());
    expect(result.data.events).toHaveLength(expectedEvents.length);
    // No figure is split: ids are unique.
    expect(new Set(result.data.spans.map((span) => span.id)).size).toBe(result.data.spans.length);
    // Figures without a period, and components repeating their parent's period, are not drawn.
    expect(figures.every((figure) => figure.period.start !== null)).toBe(true);
    const byId = new Map(input.figures.map((figure) => [figure.id, figure]));
    for (const figure of figures) {
      const parent = figure.parentId === null ? undefined : byId.get(figure.parentId);
      if (parent) expect(`${parent.period.start}|${parent.period.end}`).not.toBe(`${figure.period.start}|${figure.period.end}`);
    }
  });
});
