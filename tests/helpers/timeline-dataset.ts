import { resolveSides } from "@/lib/charts/sides";
import { defaultTimelineFigures, shapeTimeline, type TimelineData } from "@/lib/charts/timeline/timeline";
import { datasetChartInput } from "./chart-fixtures";
import { EN } from "./chart-words";

/** The shipped dataset's timeline, as the overview shapes it: what the timeline tests lay out. */
export function datasetTimeline(): TimelineData {
  const input = datasetChartInput();
  const sides = resolveSides(input.meta.sides, input.figures);
  const result = shapeTimeline({ figures: defaultTimelineFigures(input.figures), events: input.events, phases: input.phases, sides, words: EN });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}
