import { describe, expect, it } from "vitest";
import { resolveSides } from "@/lib/charts/sides";
import { defaultTimelineFigures, shapeTimeline, type TimelineData } from "@/lib/charts/timeline/timeline";
import { packTimeline, unpackTimeline } from "@/lib/charts/timeline/timeline-wire";
import { datasetChartInput } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

// The timeline crosses to the browser packed (timeline-wire.ts); the chart must get back exactly
// what the server shaped, tooltips and flags included, in fewer bytes.

function datasetTimeline(): TimelineData {
  const input = datasetChartInput();
  const sides = resolveSides(input.meta.sides, input.figures);
  const result = shapeTimeline({ figures: defaultTimelineFigures(input.figures), events: input.events, phases: input.phases, sides, words: EN });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

describe("packTimeline / unpackTimeline", () => {
  it("gives back the dataset's timeline unchanged, with every flag label", () => {
    const data = datasetTimeline();
    const wire = packTimeline(data);
    expect(unpackTimeline(JSON.parse(JSON.stringify(wire)))).toEqual(data);
    expect(data.events.some((event) => event.info.flags.length > 0)).toBe(true);
  });

  it("sends each repeated text and flag label once", () => {
    const data = datasetTimeline();
    const packed = JSON.stringify(packTimeline(data)).length;
    expect(packed).toBeLessThan(JSON.stringify(data).length * 0.6);
  });

  it("refuses a mark whose tooltip no longer repeats its label", () => {
    const data = datasetTimeline();
    const [first, ...rest] = data.events;
    const changed = { ...data, events: [{ ...first!, info: { ...first!.info, title: "another title" } }, ...rest] };
    expect(() => packTimeline(changed)).toThrow(/no longer repeats/);
  });
});
