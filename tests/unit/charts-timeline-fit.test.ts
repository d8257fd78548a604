import { describe, expect, it } from "vitest";
import { keyFigureOrder, keyFiguresNote } from "@/lib/charts/timeline/key-figures";
import { shapeTimeline, type TimelineData } from "@/lib/charts/timeline/timeline";
import { fitTimeline } from "@/lib/charts/timeline/timeline-fit";
import { layoutTimeline, type TimelineLayout } from "@/lib/charts/timeline/timeline-layout";
import { SLIDE_MIN_FONT } from "@/lib/charts/timeline/timeline-type";
import { estimateTextWidth } from "@/lib/export/text-metrics";
import { makeEvent, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { datasetTimeline } from "../helpers/timeline-dataset";
import { EN } from "../helpers/chart-words";


function timelineOf(figures: Parameters<typeof shapeTimeline>[0]["figures"], events = [makeEvent()]): TimelineData {
  const result = shapeTimeline({ figures, events, phases: [], sides: SIDES, words: EN });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

/** Every font size the layout draws with. */
function fontSizes(layout: TimelineLayout): number[] {
  const { type } = layout;
  return [type.span.size, type.phase.size, type.group, type.axis, type.key.size, type.number];
}

describe("key figures", () => {
  it("takes each category's largest first, comparing values only within one unit", () => {
    const small = makeFigure({ category: "credits", value: 10, unit: "usd", label: "small" });
    const large = makeFigure({ category: "credits", value: 300, unit: "usd", label: "large" });
    const people = makeFigure({ category: "credits", value: 5, unit: "person", label: "people" });
    const other = makeFigure({ category: "personnel", value: 1, unit: "person", label: "other" });
    const order = keyFigureOrder(timelineOf([small, large, people, other]).spans).map((span) => span.label);
    // Rank 1 of each category first (the largest of its unit: a share of 1), then the rest by share.
    expect(order.slice(0, 3).sort()).toEqual(["large", "other", "people"]);
    expect(order[3]).toBe("small");
    expect(keyFigureOrder(timelineOf([small, large, people, other]).spans, 1)).toHaveLength(2);
  });

  it("says how many of how many it shows, and nothing when it shows all", () => {
    expect(keyFiguresNote(4, 4, null, EN.t)).toBeNull();
    expect(keyFiguresNote(3, 9, null, EN.t)).toContain("3 of 9 figures with a period");
  });
});

// The image's chart box at 1× for the slide (1600 × 900) and the square (1080 × 1080).
const BOXES = [
  { name: "slide", width: 1488, height: 486 },
  { name: "square", width: 968, height: 644 },
];

describe.each(BOXES)("the dataset's timeline fitted to the $name box", (box) => {
  const data = datasetTimeline();
  const layout = fitTimeline(data, box, { keyEvents: 10, keyFigures: null }, EN.t);
  const spans = layout.groups.flatMap((group) => group.spans);

  it("keeps its text at least 14 px and fills the box's height without leaving it", () => {
    expect(Math.min(...fontSizes(layout))).toBeGreaterThanOrEqual(SLIDE_MIN_FONT);
    expect(layout.height).toBeLessThanOrEqual(box.height);
    expect(layout.height).toBeGreaterThan(box.height * 0.9);
    expect(layout.width).toBe(box.width);
  });

  it("draws the key events and the largest figures whole, and says how many of how many", () => {
    expect(layout.key.entries).toHaveLength(10);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.length).toBeLessThan(data.spans.length);
    expect(layout.note?.lines.join(" ")).toContain(`${spans.length} of ${data.spans.length} figures`);
    for (const { span, label } of spans) {
      expect(label.lines.join(" ").replace(/\s+/g, " ")).toBe(span.label.replace(/\s+/g, " "));
      for (const line of label.lines) expect(label.x + estimateTextWidth(line, layout.type.span.size)).toBeLessThanOrEqual(box.width);
    }
    for (const entry of layout.key.entries) expect(entry.x).toBeLessThan(box.width);
  });

  it("numbers a burst of events once per run, and every event keeps its marker", () => {
    expect(layout.events).toHaveLength(10);
    const covered = layout.events.flatMap((laid) => {
      if (laid.numberText === null) return [];
      const [first, last = first] = laid.numberText.split("–").map(Number);
      return Array.from({ length: last! - first! + 1 }, (_, index) => first! + index);
    });
    expect(covered).toEqual(layout.events.map((laid) => laid.number));
  });

  it("shows at most keyFigures of each category when the URL sets it", () => {
    const capped = fitTimeline(data, box, { keyEvents: 10, keyFigures: 1 }, EN.t);
    for (const group of capped.groups) expect(group.spans).toHaveLength(1);
  });
});

describe("the page's timeline", () => {
  it("keeps its small type, numbers every event and needs no note", () => {
    const layout = layoutTimeline(datasetTimeline(), 720, null, { t: EN.t });
    expect(layout.events.every((laid) => laid.numberText === String(laid.number))).toBe(true);
    expect(layout.note).toBeNull();
    expect(Math.max(...fontSizes(layout))).toBeLessThan(SLIDE_MIN_FONT);
  });
});
