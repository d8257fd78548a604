import type { BarMarks } from "./bar-list/bar-list";
import type { SankeyData } from "./flow-diagram/sankey";
import type { LedgerData } from "./ledger/ledger";
import { extraLines, rowLabel, type RowLabel } from "./row-label";

// Chart geometry that the server needs (the box height, so nothing shifts when the chart draws)
// and the client needs (where each row goes). One place, so both always agree.

export const LEDGER_LAYOUT = { top: 34, header: 26, row: 42, bar: 18, axis: 32, bottom: 6 } as const;

export interface LedgerSlot {
  kind: "header" | "row";
  key: string;
  /** Top of the slot, from the top of the plot area. */
  y: number;
}

/** The ledger's left and right margins, around its plot. */
export const LEDGER_MARGIN = 14;
/** Below this plot width, a ledger label gets the full width rather than its side of the centre line. */
const LEDGER_NARROW = 600;

/** Where a ledger row's label starts and how much room it has, at a plot width (ledger-chart.tsx draws it so). */
export function ledgerLabelRoom(plotWidth: number): { room: number; narrow: boolean } {
  const narrow = plotWidth < LEDGER_NARROW;
  return { narrow, room: narrow ? plotWidth - 4 : plotWidth / 2 - 6 };
}

/** The width the server lays charts out at, before the page measures them. */
export const FIRST_LAYOUT_WIDTH = 960;

/**
 * The ledger's rows and group headers, from the top of the plot. Given the drawing's `width`, a
 * row whose label needs more than one line grows by those lines (row-label.ts); without it, every
 * row takes one line. Rows are as tall as at `reference` (the server's width) whenever the chart
 * is at least that wide, so a chart drawn on a wide screen keeps the box the server sized.
 */
export function ledgerSlots(
  data: Pick<LedgerData, "groups">,
  width?: number,
  reference = FIRST_LAYOUT_WIDTH,
): { slots: LedgerSlot[]; plotHeight: number; height: number; labels: Map<string, RowLabel> } {
  const slots: LedgerSlot[] = [];
  const labels = new Map<string, RowLabel>();
  const labelAt = (at: number, row: LedgerData["groups"][number]["rows"][number]) => rowLabel(row.label, row.shortText, ledgerLabelRoom(at - 2 * LEDGER_MARGIN).room);
  let y = 0;
  for (const group of data.groups) {
    slots.push({ kind: "header", key: group.category, y });
    y += LEDGER_LAYOUT.header;
    for (const row of group.rows) {
      slots.push({ kind: "row", key: row.key, y });
      if (width !== undefined) labels.set(row.key, labelAt(width, row));
      y += LEDGER_LAYOUT.row + (width === undefined ? 0 : extraLines(labelAt(Math.min(width, reference), row)));
    }
  }
  return { slots, plotHeight: y, height: LEDGER_LAYOUT.top + y + LEDGER_LAYOUT.axis + LEDGER_LAYOUT.bottom, labels };
}

export const BAR_LIST_LAYOUT = { top: 8, row: 42, bar: 18, axis: 32, bottom: 6, left: 8, right: 28 } as const;

/** A bar list's width on the server: half the overview (goods and people sit side by side). */
const BAR_LIST_FIRST_WIDTH = FIRST_LAYOUT_WIDTH / 2;

/**
 * Each bar's top (from the plot's top) and label at the drawing's `width`, and the chart's height
 * (row-label.ts); rows are as tall as at `reference` whenever the chart is at least that wide (see ledgerSlots).
 */
export function barListRows(data: Pick<BarMarks, "bars">, width?: number, reference = BAR_LIST_FIRST_WIDTH): { tops: number[]; labels: RowLabel[]; height: number } {
  const L = BAR_LIST_LAYOUT;
  const labelsAt = (at: number | undefined) => data.bars.map((bar) => rowLabel(bar.label, bar.shortText, at === undefined ? Number.POSITIVE_INFINITY : at - L.left - L.right - 4));
  const labels = labelsAt(width);
  const reserved = width === undefined ? labels : labelsAt(Math.min(width, reference));
  const tops: number[] = [];
  let y = 0;
  for (const label of reserved) {
    tops.push(y);
    y += L.row + extraLines(label);
  }
  return { tops, labels, height: L.top + y + L.axis + L.bottom };
}

export function barListHeight(data: Pick<BarMarks, "bars">, width?: number, reference?: number): number {
  return barListRows(data, width, reference).height;
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
