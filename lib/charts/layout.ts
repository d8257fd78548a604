import type { BarListData } from "./bar-list/bar-list";
import type { LedgerData } from "./ledger/ledger";
import type { TimelineData } from "./timeline/timeline";

// Chart geometry that the server needs (the box height, so nothing shifts when the chart draws)
// and the client needs (where each row goes). One place, so both always agree.

export const LEDGER_LAYOUT = { top: 34, header: 26, row: 42, bar: 18, axis: 32, bottom: 6 } as const;

export interface LedgerSlot {
  kind: "header" | "row";
  key: string;
  /** Top of the slot, from the top of the plot area. */
  y: number;
}

export function ledgerSlots(data: Pick<LedgerData, "groups">): { slots: LedgerSlot[]; plotHeight: number; height: number } {
  const slots: LedgerSlot[] = [];
  let y = 0;
  for (const group of data.groups) {
    slots.push({ kind: "header", key: group.category, y });
    y += LEDGER_LAYOUT.header;
    for (const row of group.rows) {
      slots.push({ kind: "row", key: row.key, y });
      y += LEDGER_LAYOUT.row;
    }
  }
  return { slots, plotHeight: y, height: LEDGER_LAYOUT.top + y + LEDGER_LAYOUT.axis + LEDGER_LAYOUT.bottom };
}

export const BAR_LIST_LAYOUT = { top: 8, row: 42, bar: 18, axis: 32, bottom: 6 } as const;

export function barListHeight(data: Pick<BarListData, "bars">): number {
  return BAR_LIST_LAYOUT.top + data.bars.length * BAR_LIST_LAYOUT.row + BAR_LIST_LAYOUT.axis + BAR_LIST_LAYOUT.bottom;
}

export const TIMELINE_LAYOUT = { top: 8, phaseLabel: 34, eventLane: 13, gap: 24, spanLane: 15, axis: 30, bottom: 6 } as const;

export function timelineGeometry(data: Pick<TimelineData, "eventLanes" | "spanLanes">) {
  const L = TIMELINE_LAYOUT;
  const eventsTop = L.phaseLabel;
  const eventsHeight = data.eventLanes * L.eventLane;
  const spansTop = eventsTop + eventsHeight + L.gap;
  const spansHeight = data.spanLanes * L.spanLane;
  const plotHeight = spansTop + spansHeight + 4;
  return { eventsTop, eventsHeight, spansTop, spansHeight, plotHeight, height: L.top + plotHeight + L.axis + L.bottom };
}

export const SANKEY_HEIGHT = 380;

/** A round step for about `target` ticks over `range`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(range: number, target: number): number {
  if (!(range > 0)) return 1;
  const raw = range / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The value axis of a diverging chart: symmetric around 0 so both sides share one scale, with room
 * beyond the longest bar for its qualifier glyph, and ticks at round values.
 */
export function symmetricAxis(max: number): { domain: number; ticks: number[] } {
  const step = niceStep(max, 2);
  const domain = Math.max(max * 1.12, step);
  const ticks: number[] = [];
  for (let tick = -Math.floor(domain / step) * step; tick <= domain + step * 1e-9; tick += step) ticks.push(Math.round(tick / step) * step);
  return { domain, ticks };
}

/** A linear axis from 0 with room for the qualifier glyph and round ticks. */
export function linearAxis(max: number): { domain: number; ticks: number[] } {
  const step = niceStep(max, 4);
  const domain = Math.max(max * 1.15, step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= domain + step * 1e-9; tick += step) ticks.push(Math.round(tick / step) * step);
  return { domain, ticks };
}
