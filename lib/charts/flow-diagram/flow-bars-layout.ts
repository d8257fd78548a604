import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";
import type { FlowBars } from "./flow-bars";

// Where the flow bars go at one drawing width: each flow's whole path label above its bar, wrapped
// when long, and its value beside the bar's end. Pixels of the drawing.

export const FLOW_BARS_FONT = { size: 13, line: 17, value: 12 } as const;
const MARGIN = 16;
const BAR = 22;
const ROW_GAP = 18;

export interface FlowBarRow {
  index: number;
  lines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
}

export function layoutFlowBars(data: FlowBars, width: number): { rows: FlowBarRow[]; height: number; left: number; barHeight: number } {
  const inner = Math.max(80, width - 2 * MARGIN);
  let y = MARGIN;
  const rows = data.bars.map((bar, index) => {
    const lines = wrapText(bar.label, inner, FLOW_BARS_FONT.size);
    const labelY = y + FLOW_BARS_FONT.size;
    const barY = y + lines.length * FLOW_BARS_FONT.line + 4;
    const room = inner - estimateTextWidth(bar.valueText, FLOW_BARS_FONT.value) - 8;
    const barWidth = Math.max(3, (bar.value / data.max) * Math.max(room, inner / 3));
    y = barY + BAR + ROW_GAP;
    return { index, lines, labelY, barY, barWidth, valueX: MARGIN + barWidth + 6 };
  });
  return { rows, height: y, left: MARGIN, barHeight: BAR };
}

/** The bars' height before the box is measured. */
export const flowBarsFirstHeight = (data: FlowBars) => layoutFlowBars(data, 900).height;
