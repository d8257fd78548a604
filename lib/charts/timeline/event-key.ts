import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";

// The key under the timeline: each drawn event's number, date and label, whole, in as many columns
// as the width allows, each entry wrapped within its column. Pixels of the drawing.

const KEY_FONT = { size: 11, line: 14, heading: 18 } as const;
const COLUMN_MIN = 280;
const COLUMN_GAP = 24;
const NUMBER_ROOM = 26;

export interface KeyEntry {
  number: number;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
}

export function layoutEventKey(entries: readonly { number: number; text: string }[], left: number, width: number, top: number) {
  if (entries.length === 0) return { entries: [] as KeyEntry[], height: 0 };
  const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / (COLUMN_MIN + COLUMN_GAP)));
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const wrapped = entries.map((entry) => ({ ...entry, lines: wrapText(entry.text, columnWidth - NUMBER_ROOM, KEY_FONT.size) }));
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
    placed.push({ number: entry.number, lines: entry.lines, x: left + column * (columnWidth + COLUMN_GAP), y: top + KEY_FONT.heading + used * KEY_FONT.line + KEY_FONT.size });
    used += entry.lines.length;
    tallest = Math.max(tallest, used);
  }
  return { entries: placed, height: KEY_FONT.heading + tallest * KEY_FONT.line + 4 };
}

/** Width of an event's number label, for packing the markers. */
export const numberWidth = (number: number) => estimateTextWidth(String(number), 9) + 2;
