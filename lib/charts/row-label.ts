import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";

// A bar chart row's label ("label · value") at the chart's 12px font: one line when it fits the
// room, otherwise wrapped over as many lines as it needs, never cut. The rows then grow by the
// extra lines, so the row layout depends on the width the chart is drawn at.

export const ROW_LABEL = { size: 12, line: 14 } as const;

export interface RowLabel {
  /** The label and its value on one line. */
  single: boolean;
  lines: string[];
}

export function rowLabel(label: string, valueText: string, room: number): RowLabel {
  const whole = `${label} · ${valueText}`;
  if (estimateTextWidth(whole, ROW_LABEL.size) <= room) return { single: true, lines: [whole] };
  return { single: false, lines: wrapText(whole, Math.max(room, 60), ROW_LABEL.size) };
}

/** The px a row grows by for its label's extra lines. */
export const extraLines = (label: RowLabel) => (label.lines.length - 1) * ROW_LABEL.line;
