import type { BarMarks } from "./bar-list/bar-list";
import type { SankeyData } from "./flow-diagram/sankey";
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

export function barListHeight(data: Pick<BarMarks, "bars">): number {
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

const SANKEY_MIN_HEIGHT = 380;
/** Room for a node's two lines of label, and the diagram's margins. */
const SANKEY_NODE_ROOM = 36;

/** The flow diagram's height: its usual size, or taller when a column holds many nodes (many receivers). */
export function sankeyHeight(data: Pick<SankeyData, "nodes">): number {
  const perColumn = new Map<string, number>();
  for (const node of data.nodes) perColumn.set(node.kind, (perColumn.get(node.kind) ?? 0) + 1);
  return Math.max(SANKEY_MIN_HEIGHT, Math.max(0, ...perColumn.values()) * SANKEY_NODE_ROOM + 32);
}

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

/**
 * The ledger's value axis: symmetric around 0 when bars run both ways, from 0 when they run one way
 * only (the chart then draws that side alone, every bar growing to the right).
 */
export function ledgerAxis(data: Pick<LedgerData, "maxExtent" | "directions">): { low: number; high: number; ticks: number[]; oneSided: boolean } {
  if (data.directions.length === 1) {
    const { domain, ticks } = linearAxis(data.maxExtent);
    return { low: 0, high: domain, ticks, oneSided: true };
  }
  const { domain, ticks } = symmetricAxis(data.maxExtent);
  return { low: -domain, high: domain, ticks, oneSided: false };
}

/** A linear axis from 0 with room for the qualifier glyph and round ticks. */
export function linearAxis(max: number): { domain: number; ticks: number[] } {
  const step = niceStep(max, 4);
  const domain = Math.max(max * 1.15, step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= domain + step * 1e-9; tick += step) ticks.push(Math.round(tick / step) * step);
  return { domain, ticks };
}
