import { figureHref, type ChartFigure } from "../chart-types";
import { figureInfo, flagList } from "../mark-info";
import { formatMeasured, measureNoun, type Measure } from "../measure";
import type { ComponentGroup, MeasuredFigure, MeasuredFlow } from "../measure-figures";
import { tipOf } from "../qualifier-tip";
import { directionLabel, type Direction, type Sides } from "../sides";
import type { ChartWords } from "../words";
import type { LedgerRow, LedgerSegment } from "./ledger";

// The rows of the ledger: a top-level flow is one bar (its components stacked inside, with the part
// the source does not itemise), and a total printed in another unit whose components are on this
// axis is one bar of those components, with no total claimed for it.

const IMPLAUSIBLE = "implausible_as_printed";

const sumOf = (items: readonly { value: number }[]) => items.reduce((total, item) => total + item.value, 0);

function segmentOf(item: MeasuredFigure, measure: Measure, direction: string, role: LedgerSegment["role"], w: ChartWords): LedgerSegment {
  const valueText = formatMeasured(item.value, item.figure.qualifier, measure, { derived: item.derived }, w);
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
    info: figureInfo(item.figure, { valueText, direction, derivedNote: item.derivedNote }, w),
  };
}

/** The part of a total its listed components leave out: not a figure the source prints. */
function remainderSegment(flow: MeasuredFlow, value: number, measure: Measure, direction: string, totalText: string, w: ChartWords): LedgerSegment {
  const { t } = w;
  const valueText = formatMeasured(value, flow.figure.qualifier, measure, { derived: flow.derived }, w);
  return {
    key: `remainder-${flow.figure.id}`,
    figureId: null,
    role: "remainder",
    label: t("ledger.notItemised"),
    value,
    qualifier: flow.figure.qualifier,
    valueText,
    derived: flow.derived,
    implausible: false,
    info: {
      title: t("ledger.notItemisedTitle", { label: flow.figure.label }),
      valueText,
      printed: null,
      phrase: null,
      period: null,
      direction,
      flags: [],
      derivedNote: flow.derivedNote,
      extra: [t("ledger.remainder", { total: totalText })],
      href: figureHref(flow.figure.id),
    },
  };
}

/** The fields every row takes from the figure it stands for. */
function rowOf(kind: LedgerRow["kind"], figure: ChartFigure, direction: Direction) {
  return { key: `${kind}-${figure.id}`, kind, figureId: figure.id, direction, category: figure.category, href: figureHref(figure.id) };
}

/** The stacked segments of a flow's bar, and what its tooltip adds about them. */
function flowSegments(flow: MeasuredFlow, measure: Measure, direction: string, valueText: string, notes: string[], w: ChartWords) {
  const segments = flow.components.map((component) => segmentOf(component, measure, direction, "component", w));
  const extra: string[] = [];
  if (segments.length === 0) return { segments: [segmentOf(flow, measure, direction, "total", w)], extra };
  // Relative tolerance: converted values carry floating-point noise.
  const remainder = flow.value - sumOf(flow.components);
  if (remainder > Math.abs(flow.value) * 1e-9) {
    segments.push(remainderSegment(flow, remainder, measure, direction, valueText, w));
    extra.push(w.t("ledger.componentsListed", { count: segments.length - 1 }));
  } else if (remainder < -Math.abs(flow.value) * 1e-9) {
    notes.push(w.t("ledger.componentsExceed", { label: flow.figure.label }));
  }
  return { segments, extra };
}

export function figureRow(flow: MeasuredFlow, measure: Measure, sides: Sides, notes: string[], w: ChartWords): LedgerRow {
  const direction = directionLabel(flow.direction, sides);
  const valueText = formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived }, w);
  const { segments, extra } = flowSegments(flow, measure, direction, valueText, notes, w);
  if (flow.componentsElsewhere.length > 0) extra.push(w.t("ledger.componentsOtherUnit", { count: flow.componentsElsewhere.length }));
  return {
    ...rowOf("figure", flow.figure, flow.direction),
    label: flow.figure.label,
    extent: Math.max(flow.value, sumOf(flow.components)),
    qualifier: flow.figure.qualifier,
    tip: tipOf(flow.figure.qualifier),
    valueText,
    shortText: formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived, short: true }, w),
    derived: flow.derived || segments.some((segment) => segment.derived),
    implausible: segments.some((segment) => segment.implausible) || flow.figure.flags.includes(IMPLAUSIBLE),
    segments,
    info: figureInfo(flow.figure, { valueText, direction, derivedNote: flow.derivedNote, extra }, w),
  };
}

export function componentsRow(group: ComponentGroup, measure: Measure, sides: Sides, w: ChartWords): LedgerRow {
  const { t } = w;
  const direction = directionLabel(group.direction, sides);
  const segments = group.components.map((component) => segmentOf(component, measure, direction, "component", w));
  const count = t("ledger.componentCount", { count: segments.length });
  // Components are stacked because they share the unit; what they add up to is the length of the
  // bar, not a figure the source prints, so no total text is claimed for it.
  return {
    ...rowOf("components", group.parent, group.direction),
    label: t("ledger.componentsLabel", { label: group.parent.label.replace(/\s*\([^()]*\)\s*$/, "") }),
    extent: sumOf(group.components),
    qualifier: "exact",
    tip: "exact",
    valueText: t("ledger.listed", { count }),
    shortText: count,
    derived: segments.some((segment) => segment.derived),
    implausible: segments.some((segment) => segment.implausible),
    segments,
    info: {
      title: t("ledger.componentsTitle", { label: group.parent.label }),
      valueText: t("ledger.countIn", { count, unit: measureNoun(measure, w) }),
      printed: null,
      phrase: null,
      period: null,
      direction,
      flags: flagList(group.parent.flags, w),
      derivedNote: null,
      extra: [
        t("ledger.totalElsewhere", { total: w.fmt.formatValue(group.parent) }),
        ...segments.map((segment) => `${segment.label}: ${segment.valueText}`),
      ],
      href: figureHref(group.parent.id),
    },
  };
}
