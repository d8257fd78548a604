import { formatCount, formatValue } from "@/lib/format";
import { CATEGORIES, CATEGORY_CODES, type Category } from "@/lib/vocab";
import { chartEmpty, chartOk, figureHref, type ChartResult, type MarkInfo } from "../chart-types";
import { compactLabel } from "../labels";
import { figureInfo, flagList } from "../mark-info";
import { formatMeasured, measureNoun, type Measure } from "../measure";
import type { ComponentGroup, MeasuredFigure, MeasuredFlow, MeasureFigures } from "../measure-figures";
import { directionLabel, type Direction, type Sides } from "../sides";

// The two-way ledger: one bar per top-level flow on the chosen measure, grouped by category, with
// what side A sent on the left and what side B sent on the right. Never one bar per category sum:
// two figures in one category can overlap or contradict each other, so adding them would invent a
// number. Components on the same axis are stacked inside their total's bar, with the part the source
// does not itemise shown as "not itemised"; components in another unit stay in their own unit's view.

export type Tip = "exact" | "lower" | "upper" | "approx";

export function tipOf(qualifier: string): Tip {
  if (qualifier === "more_than" || qualifier === "over" || qualifier === "at_least") return "lower";
  if (qualifier === "up_to" || qualifier === "nearly") return "upper";
  if (qualifier === "about") return "approx";
  return "exact";
}

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
  derived: boolean;
}

const IMPLAUSIBLE = "implausible_as_printed";
const categoryOrder = (category: string) => {
  const index = CATEGORY_CODES.indexOf(category as Category);
  return index === -1 ? CATEGORY_CODES.length : index;
};
const categoryLabel = (category: string) => CATEGORIES[category as Category] ?? category;

function segmentOf(item: MeasuredFigure, measure: Measure, direction: string, role: LedgerSegment["role"]): LedgerSegment {
  const valueText = formatMeasured(item.value, item.figure.qualifier, measure, { derived: item.derived });
  return {
    key: `${role}-${item.figure.id}`,
    figureId: item.figure.id,
    role,
    label: item.figure.label,
    value: item.value,
    qualifier: item.figure.qualifier,
    valueText,
    derived: item.derived,
    implausible: item.figure.flags.includes(IMPLAUSIBLE),
    info: figureInfo(item.figure, { valueText, direction, derivedNote: item.derivedNote }),
  };
}

const sumOf = (items: readonly { value: number }[]) => items.reduce((total, item) => total + item.value, 0);

function figureRow(flow: MeasuredFlow, measure: Measure, sides: Sides, notes: string[]): LedgerRow {
  const direction = directionLabel(flow.direction, sides);
  const valueText = formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived });
  const shortText = formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived, short: true });
  const segments = flow.components.map((component) => segmentOf(component, measure, direction, "component"));
  const listed = sumOf(flow.components);
  const extra: string[] = [];
  if (segments.length === 0) {
    segments.push({ ...segmentOf(flow, measure, direction, "total"), key: `total-${flow.figure.id}` });
  } else {
    // Relative tolerance: converted values carry floating-point noise.
    const remainder = flow.value - listed;
    if (remainder > Math.abs(flow.value) * 1e-9) {
      const remainderText = formatMeasured(remainder, flow.figure.qualifier, measure, { derived: flow.derived });
      segments.push({
        key: `remainder-${flow.figure.id}`,
        figureId: null,
        role: "remainder",
        label: "Not itemised",
        value: remainder,
        qualifier: flow.figure.qualifier,
        valueText: remainderText,
        derived: flow.derived,
        implausible: false,
        info: {
          title: `${flow.figure.label}: not itemised`,
          valueText: remainderText,
          printed: null,
          phrase: null,
          period: null,
          direction,
          flags: [],
          derivedNote: flow.derivedNote,
          extra: [`The total (${valueText}) minus the components the source lists. Not a figure the source prints.`],
          href: figureHref(flow.figure.id),
        },
      });
      extra.push(`Components listed: ${segments.length - 1}; the rest is not itemised.`);
    } else if (remainder < -Math.abs(flow.value) * 1e-9) {
      notes.push(`The components of “${flow.figure.label}” add up to more than its total; the bar shows the components.`);
    }
  }
  if (flow.componentsElsewhere.length > 0) {
    extra.push(`${flow.componentsElsewhere.length} component(s) in another unit appear in that unit's view.`);
  }
  return {
    key: `figure-${flow.figure.id}`,
    kind: "figure",
    figureId: flow.figure.id,
    direction: flow.direction,
    category: flow.figure.category,
    label: flow.figure.label,
    extent: Math.max(flow.value, listed),
    qualifier: flow.figure.qualifier,
    tip: tipOf(flow.figure.qualifier),
    valueText,
    shortText,
    derived: flow.derived || segments.some((segment) => segment.derived),
    implausible: segments.some((segment) => segment.implausible) || flow.figure.flags.includes(IMPLAUSIBLE),
    segments,
    info: figureInfo(flow.figure, { valueText, direction, derivedNote: flow.derivedNote, extra }),
    href: figureHref(flow.figure.id),
  };
}

function componentsRow(group: ComponentGroup, measure: Measure, sides: Sides): LedgerRow {
  const direction = directionLabel(group.direction, sides);
  const segments = group.components.map((component) => segmentOf(component, measure, direction, "component"));
  const listed = sumOf(group.components);
  const derived = segments.some((segment) => segment.derived);
  // Components are stacked because they share the unit; what they add up to is the length of the
  // bar, not a figure the source prints, so no total text is claimed for it.
  const parentText = formatValue(group.parent);
  return {
    key: `components-${group.parent.id}`,
    kind: "components",
    figureId: group.parent.id,
    direction: group.direction,
    category: group.parent.category,
    label: `${group.parent.label.replace(/\s*\([^()]*\)\s*$/, "")} (components listed by the source)`,
    extent: listed,
    qualifier: "exact",
    tip: "exact",
    valueText: `${formatCount(segments.length, "component")} listed`,
    shortText: formatCount(segments.length, "component"),
    derived,
    implausible: segments.some((segment) => segment.implausible),
    segments,
    info: {
      title: `${group.parent.label}: components listed by the source`,
      valueText: `${formatCount(segments.length, "component")}, in ${measureNoun(measure)}`,
      printed: null,
      phrase: null,
      period: null,
      direction,
      flags: flagList(group.parent.flags),
      derivedNote: null,
      extra: [
        `The total is printed in another unit (${parentText}) and is not converted; only its components are on this axis.`,
        ...segments.map((segment) => `${segment.label}: ${segment.valueText}`),
      ],
      href: figureHref(group.parent.id),
    },
    href: figureHref(group.parent.id),
  };
}

const rowOrder = (a: LedgerRow, b: LedgerRow) =>
  (a.direction === b.direction ? 0 : a.direction === "a_to_b" ? -1 : 1) || b.extent - a.extent || a.figureId - b.figureId;

export function shapeLedger(selection: MeasureFigures, measure: Measure, sides: Sides): ChartResult<LedgerData> {
  const notes: string[] = [];
  const rows = [
    ...selection.flows.map((flow) => figureRow(flow, measure, sides, notes)),
    ...selection.componentGroups.map((group) => componentsRow(group, measure, sides)),
  ];
  if (rows.length === 0) {
    const why = [`No figures in ${measureNoun(measure)} flow between the ${sides.a.code} and the ${sides.b.code}.`];
    if (selection.notConverted.length > 0) {
      why.push(`${selection.notConverted.length} figure(s) could not be put on this axis: ${selection.notConverted[0]!.reason}.`);
    }
    if (selection.notFlows.length > 0) {
      const reasons = [...new Set(selection.notFlows.map((item) => item.reason))].join("; ");
      why.push(`${selection.notFlows.length} figure(s) in this unit are not flows (${reasons}).`);
    }
    return chartEmpty(why.join(" "), notes);
  }
  const byCategory = new Map<string, LedgerRow[]>();
  for (const row of rows) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  const groups: LedgerGroup[] = [...byCategory.entries()]
    .sort(([a], [b]) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, label: categoryLabel(category), rows: list.sort(rowOrder) }));

  for (const group of groups) {
    for (const direction of ["a_to_b", "b_to_a"] as const) {
      const same = group.rows.filter((row) => row.direction === direction && row.kind === "figure");
      if (same.length > 1) {
        notes.push(
          `${group.label} (${directionLabel(direction, sides)}) holds ${same.length} separate figures (${same
            .map((row) => `“${row.label}”, ${row.valueText}`)
            .join("; ")}). They may overlap or contradict each other, so each has its own bar and they are never added.`,
        );
      }
    }
  }
  for (const flow of selection.flows) {
    if (flow.componentsElsewhere.length > 0) {
      notes.push(
        `The components of “${flow.figure.label}” (${flow.componentsElsewhere
          .map((component) => `${compactLabel(component.label)}, ${formatValue(component)}`)
          .join("; ")}) are in another unit: they appear in that unit's view, never converted.`,
      );
    }
  }
  const rowsFlat = groups.flatMap((group) => group.rows);
  return chartOk(
    {
      measure,
      sides,
      groups,
      rowCount: rowsFlat.length,
      segmentCount: rowsFlat.reduce((total, row) => total + row.segments.length, 0),
      maxExtent: Math.max(...rowsFlat.map((row) => row.extent)),
      derived: rowsFlat.some((row) => row.derived),
    },
    notes,
  );
}

/** Notes on what the measure leaves out, for under the ledger and the flow diagram. */
export function leftOutNotes(selection: MeasureFigures, measure: Measure, sides: Sides): string[] {
  const notes: string[] = [];
  const byReason = new Map<string, string[]>();
  for (const item of selection.notConverted) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item.figure.label]);
  for (const [reason, labels] of byReason) {
    notes.push(`${labels.length} money figure(s) are not shown in ${measureNoun(measure)}: ${reason} (${labels.join("; ")}).`);
  }
  if (selection.notFlows.length > 0) {
    const described = selection.notFlows.map(({ figure, reason }) => `${figure.label} — ${reason}`);
    const what = measure.kind === "currency" ? "money figure(s)" : `figure(s) in ${measureNoun(measure)}`;
    notes.push(
      `${selection.notFlows.length} other ${what} are not flows between the ${sides.a.code} and the ${sides.b.code} and are not drawn: ${described.join("; ")}.`,
    );
  }
  return notes;
}
