import { describe, expect, it } from "vitest";
import { parseKeyEvents } from "@/lib/charts/timeline/key-events-param";
import { shapeTimeline } from "@/lib/charts/timeline/timeline";
import { layoutTimeline } from "@/lib/charts/timeline/timeline-layout";
import { placeSpanLabel } from "@/lib/charts/timeline/span-label";
import { estimateTextWidth } from "@/lib/export/text-metrics";
import { makeEvent, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { datasetTimeline } from "../helpers/timeline-dataset";
import { EN } from "../helpers/chart-words";

// 390 px phone (the chart box inside the page's padding), the page, a square and a slide drawing.
const WIDTHS = [340, 720, 968, 1488, 2400];

describe.each(WIDTHS)("the dataset's timeline laid out at %i px", (width) => {
  const data = datasetTimeline();
  const layout = layoutTimeline(data, width, null, { t: EN.t });
  const spans = layout.groups.flatMap((group) => group.spans);

  it("shows every figure's whole label, inside the drawing, never cut", () => {
    expect(spans).toHaveLength(data.spans.length);
    for (const { span, label } of spans) {
      expect(label.lines.join(" ").replace(/\s+/g, " ")).toBe(span.label.replace(/\s+/g, " "));
      expect(label.lines.join("")).not.toContain("…");
      expect(label.x).toBeGreaterThanOrEqual(0);
      for (const line of label.lines) expect(label.x + estimateTextWidth(line, 10)).toBeLessThanOrEqual(width);
    }
  });

  it("never lets two labels or bars in one lane overlap", () => {
    for (const group of layout.groups) {
      const byLane = new Map<number, { x1: number; x2: number }[]>();
      for (const laid of group.spans) {
        const box = { x1: Math.min(laid.x1, laid.label.x), x2: Math.max(laid.x2, laid.label.x + laid.label.width) };
        const lane = byLane.get(laid.y) ?? [];
        for (const other of lane) expect(box.x2 <= other.x1 || box.x1 >= other.x2).toBe(true);
        byLane.set(laid.y, [...lane, box]);
      }
    }
  });

  it("numbers every event, keys each number to its whole label, and groups lanes by category", () => {
    expect(layout.events.map((event) => event.number)).toEqual(data.events.map((_, index) => index + 1));
    expect(layout.key.entries.map((entry) => entry.number)).toEqual(layout.events.map((event) => event.number));
    for (const entry of layout.key.entries) expect(entry.lines.join("")).not.toContain("…");
    expect(new Set(layout.groups.map((group) => group.category)).size).toBe(layout.groups.length);
    // A band narrower than a word breaks it between letters: every letter is still drawn.
    for (const phase of layout.phases) expect(phase.lines.join("").replace(/\s/g, "")).toBe(phase.band.label.replace(/\s/g, ""));
  });
});

describe("the key events view", () => {
  it("keeps the N events the figures hang on, in date order, and says so", () => {
    const treaty = makeEvent({ date: "1950-02-14", label: "Treaty" });
    const quiet = makeEvent({ date: "1949-06", label: "Quiet" });
    const later = makeEvent({ date: "1960-07", label: "Withdrawal" });
    const figures = [
      makeFigure({ period: { start: "1950-02-14", end: "1954" } }),
      makeFigure({ period: { start: "1950-02", end: "1950-02" } }),
      makeFigure({ period: { start: "1958", end: "1960-07" } }),
    ];
    const result = shapeTimeline({ figures, events: [later, quiet, treaty], phases: [], sides: SIDES, words: EN });
    if (!result.ok) throw new Error(result.reason);
    const rank = (id: number) => result.data.events.find((event) => event.id === id)!.rank;
    expect(rank(treaty.id)).toBe(1);
    expect(rank(later.id)).toBe(2);
    expect(rank(quiet.id)).toBe(3);
    const layout = layoutTimeline(result.data, 1000, 2, { t: EN.t });
    expect(layout.events.map((event) => event.event.label)).toEqual(["Treaty", "Withdrawal"]);
    expect(layout.key.heading).toContain("2 most important of 3");
  });

  it("reads N strictly from the URL", () => {
    expect(parseKeyEvents("10")).toBe(10);
    for (const bad of ["0", "-1", "1e2", "", "ten", "10000", null]) expect(parseKeyEvents(bad)).toBeNull();
  });
});

describe("a figure's label", () => {
  it("goes beside its bar when it fits, and is wrapped, not cut, when it fits nowhere", () => {
    expect(placeSpanLabel("Loan", 100, 200, { left: 0, right: 1000 }).side).toBe("right");
    expect(placeSpanLabel("Loan", 800, 995, { left: 0, right: 1000 }).side).toBe("left");
    const long = "A very long label about a credit that runs across the whole chart and more";
    const placed = placeSpanLabel(long, 10, 300, { left: 0, right: 310 });
    expect(placed.lines.length).toBeGreaterThan(1);
    expect(placed.lines.join(" ")).toBe(long);
  });
});
