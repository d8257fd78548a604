import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";
import { PAGE_TYPE } from "./timeline-type";

// Where a figure's label goes on the timeline, whole, never cut: beside its bar (right, else left),
// inside it when the bar is long enough, or else wrapped over as many lines as it needs in the
// widest of those three places. Pixels of the drawing; the label's font is the chart's span type.

const SPAN_FONT = PAGE_TYPE.span;
const GAP = 4;

type LabelSide = "right" | "left" | "inside";

export interface PlacedLabel {
  side: LabelSide;
  lines: string[];
  /** Left edge of the text box. */
  x: number;
  width: number;
}

export function placeSpanLabel(label: string, x1: number, x2: number, plot: { left: number; right: number }, font: { size: number } = SPAN_FONT): PlacedLabel {
  const width = estimateTextWidth(label, font.size);
  const rooms: Record<LabelSide, number> = {
    right: plot.right - x2 - GAP,
    left: x1 - plot.left - GAP,
    inside: x2 - x1 - 2 * GAP,
  };
  const fits = (["right", "left", "inside"] as const).find((side) => rooms[side] >= width);
  const side = fits ?? (["right", "left", "inside"] as const).reduce((best, next) => (rooms[next] > rooms[best] ? next : best));
  const lines = fits ? [label] : wrapText(label, Math.max(rooms[side], 40), font.size);
  const drawn = Math.max(...lines.map((line) => estimateTextWidth(line, font.size)));
  const x = side === "right" ? x2 + GAP : side === "left" ? x1 - GAP - drawn : x1 + GAP;
  return { side, lines, x, width: drawn };
}
