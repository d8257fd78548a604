import { formatCount, formatValue } from "@/lib/format";
import { figureHref, type ChartFigure } from "../chart-types";
import { figureInfo, flagList } from "../mark-info";
import { formatMeasured, measureNoun, type Measure } from "../measure";
import type { ComponentGroup, MeasuredFigure, MeasuredFlow } from "../measure-figures";
import { tipOf } from "../qualifier-tip";
import { directionLabel, type Direction, type Sides } from "../sides";
import type { LedgerRow, LedgerSegment } from "./ledger";

// The rows of the ledger: a top-level flow is one bar (its components stacked inside, with the part
// the source does not itemise), and a total printed in another unit whose components are on this
// axis is one bar of those components, with no total claimed for it.

const IMPLAUSIBLE = "implausible_as_printed";

const sumOf = (items: readonly { value: number }[]) => items.reduce((total, item) => total + item.value, 0);

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

/** The part of a total its listed components leave out: not a figure the source prints. */
function remainderSegment(flow: MeasuredFlow, value: number, measure: Measure, direction: string, totalText: string): LedgerSegment {
  const valueText = formatMeasured(value, flow.figure.qualifier, measure, { derived: flow.derived });
  return {
    key: `remainder-${flow.figure.id}`,
    figureId: null,
    role: "remainder",
    label: "Not itemised",
    value,
    qualifier: flow.figure.qualifier,
    valueText,
    derived: flow.derived,
    implausible: false,
    info: {
      title: `${flow.figure.label}: not itemised`,
      valueText,
      printed: null,
      phrase: null,
      period: null,
      direction,
      flags: [],
      derivedNote: flow.derivedNote,
      extra: [`The total (${totalText}) minus the components the source lists. Not a figure the source prints.`],
      href: figureHref(flow.figure.id),
    },
  };
}

/** The fields every row takes from the figure it stands for. */
function rowOf(kind: LedgerRow["kind"], figure: ChartFigure, direction: Direction) {
  return { key: `${kind}-${figure.id}`, kind, figureId: figure.id, direction, category: figure.category, href: figureHref(figure.id) };
}

/** The stacked segments of a flow's bar, and what its tooltip adds about them. */
function flowSegments(flow: MeasuredFlow, measure: Measure, direction: string, valueText: string, notes: string[]) {
  const segments = flow.components.map((component) => segmentOf(component, measure, direction, "component"));
  const extra: string[] = [];
  if (segments.length === 0) return { segments: [segmentOf(flow, measure, direction, "total")], extra };
  // Relative tolerance: converted values carry floating-point noise.
  const remainder = flow.value - sumOf(flow.components);
  if (remainder > Math.abs(flow.value) * 1e-9) {
    segments.push(remainderSegment(flow, remainder, measure, direction, valueText));
    extra.push(`Components listed: ${segments.length - 1}; the rest is not itemised.`);
  } else if (remainder < -Math.abs(flow.value) * 1e-9) {
    notes.push(`The components of “${flow.figure.label}” add up to more than its total; the bar shows the components.`);
  }
  return { segments, extra };
}

export function figureRow(flow: MeasuredFlow, measure: Measure, sides: Sides, notes: string[]): LedgerRow {
  const direction = directionLabel(flow.direction, sides);
  const valueText = formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived });
  const { segments, extra } = flowSegments(flow, measure, direction, valueText, notes);
  if (flow.componentsElsewhere.length > 0) {
    extra.push(`${flow.componentsElsewhere.length} component(s) in another unit appear in that unit's view.`);
  }
  return {
    ...rowOf("figure", flow.figure, flow.direction),
    label: flow.figure.label,
    extent: Math.max(flow.value, sumOf(flow.components)),
    qualifier: flow.figure.qualifier,
    tip: tipOf(flow.figure.qualifier),
    valueText,
    shortText: formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived, short: true }),
    derived: flow.derived || segments.some((segment) => segment.derived),
    implausible: segments.some((segment) => segment.implausible) || flow.figure.flags.includes(IMPLAUSIBLE),
    segments,
    info: figureInfo(flow.figure, { valueText, direction, derivedNote: flow.derivedNote, extra }),
  };
}

export function componentsRow(group: ComponentGroup, measure: Measure, sides: Sides): LedgerRow {
  const direction = directionLabel(group.direction, sides);
  const segments = group.components.map((component) => segmentOf(component, measure, direction, "component"));
  const count = formatCount(segments.length, "component");
  // Components are stacked because they share the unit; what they add up to is the length of the
  // bar, not a figure the source prints, so no total text is claimed for it.
  return {
    ...rowOf("components", group.parent, group.direction),
    label: `${group.parent.label.replace(/\s*\([^()]*\)\s*$/, "")} (components listed by the source)`,
    extent: sumOf(group.components),
    qualifier: "exact",
    tip: "exact",
    valueText: `${count} listed`,
    shortText: count,
    derived: segments.some((segment) => segment.derived),
    implausible: segments.some((segment) => segment.implausible),
    segments,
    info: {
      title: `${group.parent.label}: components listed by the source`,
      valueText: `${count}, in ${measureNoun(measure)}`,
      printed: null,
      phrase: null,
      period: null,
      direction,
      flags: flagList(group.parent.flags),
      derivedNote: null,
      extra: [
        `The total is printed in another unit (${formatValue(group.parent)}) and is not converted; only its components are on this axis.`,
        ...segments.map((segment) => `${segment.label}: ${segment.valueText}`),
      ],
      href: figureHref(group.parent.id),
    },
  };
}
