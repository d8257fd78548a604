import { BAR_CAP, capItems, exploreHref, type ChartCap } from "../cap";
import { categoryOrder } from "../category-order";
import { chartEmpty, chartOk, type ChartResult, type MarkInfo } from "../chart-types";
import { measureNoun, type Measure } from "../measure";
import type { MeasureFigures } from "../measure-figures";
import type { Tip } from "../qualifier-tip";
import { DIRECTIONS, directionLabel, type Direction, type Sides } from "../sides";
import type { ChartWords } from "../words";
import { componentsElsewhereNotes, emptyLedgerReason, separateFigureNotes } from "./ledger-notes";
import { ledgerExplore } from "./ledger-explore";
import { componentsRow, figureRow } from "./ledger-rows";

// The two-way ledger: one bar per top-level flow on the chosen measure, grouped by category, with
// what side A sent on the left and what side B sent on the right. Never one bar per category sum:
// two figures in one category can overlap or contradict each other, so adding them would invent a
// number. Components on the same axis are stacked inside their total's bar, with the part the source
// does not itemise shown as "not itemised"; components in another unit stay in their own unit's view.

export interface LedgerSegment {
  key: string;
  figureId: number | null;
  role: "total" | "component" | "remainder";
  label: string;
  value: number;
  qualifier: string;
  valueText: string;
  derived: boolean;
  implausible: boolean;
  info: MarkInfo;
}

export interface LedgerRow {
  key: string;
  kind: "figure" | "components";
  figureId: number;
  direction: Direction;
  category: string;
  label: string;
  /** Length of the bar: the total, or the sum of the stacked parts when they exceed it. */
  extent: number;
  qualifier: string;
  tip: Tip;
  valueText: string;
  shortText: string;
  derived: boolean;
  implausible: boolean;
  segments: LedgerSegment[];
  info: MarkInfo;
  href: string;
}

export interface LedgerGroup {
  category: string;
  label: string;
  rows: LedgerRow[];
}

export interface LedgerData {
  measure: Measure;
  sides: Sides;
  groups: LedgerGroup[];
  rowCount: number;
  segmentCount: number;
  /** The largest extent on either side: the axis runs from -max to +max so 0 sits in the middle. */
  maxExtent: number;
  /** The directions that have a bar. With one, the chart draws that side alone, not an empty half. */
  directions: Direction[];
  derived: boolean;
  /** Set when the ledger draws only the largest bars: how many of how many, and where the rest are. */
  cap: ChartCap | null;
}

/** A bar before it is built: enough to rank it, so only the bars drawn are built. */
interface Candidate {
  id: number;
  direction: Direction;
  extent: number;
  build: (notes: string[]) => LedgerRow;
}

const sumOf = (items: readonly { value: number }[]) => items.reduce((total, item) => total + item.value, 0);

function candidatesOf(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords): Candidate[] {
  return [
    ...selection.flows.map((flow) => ({
      id: flow.figure.id,
      direction: flow.direction,
      extent: Math.max(flow.value, sumOf(flow.components)),
      build: (notes: string[]) => figureRow(flow, measure, sides, notes, w),
    })),
    ...selection.componentGroups.map((group) => ({
      id: group.parent.id,
      direction: group.direction,
      extent: sumOf(group.components),
      build: () => componentsRow(group, measure, sides, w),
    })),
  ];
}

const rowOrder = (a: LedgerRow, b: LedgerRow) =>
  (a.direction === b.direction ? 0 : a.direction === "a_to_b" ? -1 : 1) || b.extent - a.extent || a.figureId - b.figureId;

function groupByCategory(rows: readonly LedgerRow[], w: ChartWords): LedgerGroup[] {
  const byCategory = new Map<string, LedgerRow[]>();
  for (const row of rows) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  return [...byCategory.entries()]
    .sort(([a], [b]) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, label: w.category(category), rows: list.sort(rowOrder) }));
}

/** The ledger; `dataset` names the dataset its explore link filters on. */
export function shapeLedger(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords, dataset = ""): ChartResult<LedgerData> {
  const notes: string[] = [];
  const candidates = candidatesOf(selection, measure, sides, w);
  if (candidates.length === 0) return chartEmpty(emptyLedgerReason(selection, measure, sides, w), notes);
  // The largest bars, by the length they are drawn at; ties by figure id, so the choice is stable.
  const href = exploreHref(ledgerExplore(selection, measure, sides, dataset));
  const { kept, cap } = capItems(candidates, BAR_CAP, (a, b) => b.extent - a.extent || a.id - b.id, { kind: "largestBars", href }, w);
  const groups = groupByCategory(
    kept.map((candidate) => candidate.build(notes)),
    w,
  );
  const keptIds = new Set(kept.map((candidate) => candidate.id));
  notes.push(...separateFigureNotes(groups, sides, w, cap !== null), ...componentsElsewhereNotes(selection.flows.filter((flow) => keptIds.has(flow.figure.id)), w));
  const rowsFlat = groups.flatMap((group) => group.rows);
  // Which directions have a bar is a fact about every bar, drawn or not.
  const directions = DIRECTIONS.filter((direction) => candidates.some((candidate) => candidate.direction === direction));
  if (directions.length === 1) {
    const missing = DIRECTIONS.find((direction) => direction !== directions[0])!;
    notes.unshift(w.t("ledger.oneDirection", { direction: directionLabel(directions[0]!, sides), unit: measureNoun(measure, w), missing: directionLabel(missing, sides) }));
  }
  return chartOk(
    {
      measure,
      sides,
      groups,
      rowCount: rowsFlat.length,
      segmentCount: rowsFlat.reduce((total, row) => total + row.segments.length, 0),
      maxExtent: rowsFlat.reduce((max, row) => Math.max(max, row.extent), 0),
      directions,
      derived: rowsFlat.some((row) => row.derived),
      cap,
    },
    notes,
  );
}
