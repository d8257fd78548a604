import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";
import { PAGE_TYPE, type TimelineType } from "./timeline-type";

// The key under the timeline: each drawn event's number, date and label, whole, in as many columns
// as the width allows, each entry wrapped within its column. Pixels of the drawing.

const COLUMN_GAP = 24;
type KeyType = TimelineType["key"];

export interface KeyEntry {
  number: number;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
}

export function layoutEventKey(entries: readonly { number: number; text: string }[], left: number, width: number, top: number, type: KeyType = PAGE_TYPE.key) {
  if (entries.length === 0) return { entries: [] as KeyEntry[], height: 0 };
  const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / (type.columnMin + COLUMN_GAP)));
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const wrapped = entries.map((entry) => ({ ...entry, lines: wrapText(entry.text, columnWidth - type.numberRoom, type.size) }));
  // Column-major, so the numbers read down each column; columns balanced by lines.
  const totalLines = wrapped.reduce((sum, entry) => sum + entry.lines.length, 0);
  const perColumn = Math.ceil(totalLines / columns);
  const placed: KeyEntry[] = [];
  let column = 0;
  let used = 0;
  let tallest = 0;
  for (const entry of wrapped) {
    if (used > 0 && used + entry.lines.length > perColumn && column < columns - 1) {
      column += 1;
      used = 0;
    }
    placed.push({ number: entry.number, lines: entry.lines, x: left + column * (columnWidth + COLUMN_GAP), y: top + type.heading + used * type.line + type.size });
    used += entry.lines.length;
    tallest = Math.max(tallest, used);
  }
  return { entries: placed, height: type.heading + tallest * type.line + 4 };
}

/** Width of an event's number label, for packing the markers. */
export const numberWidth = (number: number, size = PAGE_TYPE.number) => estimateTextWidth(String(number), size) + 2;
