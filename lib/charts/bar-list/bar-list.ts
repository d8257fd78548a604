import { unitInfo } from "@/lib/vocab";
import type { ChartFigure, MarkInfo } from "../chart-types";
import { compactLabel } from "../labels";
import { figureInfo } from "../mark-info";
import { tipOf, type Tip } from "../qualifier-tip";
import { formatMeasured } from "../measure";
import { directionLabel, type Direction, type Sides } from "../sides";
import { yearsCovered } from "../years";

// A list of horizontal bars in one unit, one per figure. Not a chart of its own on the overview:
// the goods chart and the people chart (their own folders) choose the figures and draw them as this.

export interface BarDatum {
  key: string;
  figureId: number;
  label: string;
  fullLabel: string;
  /** The total the figure is a component of, if any ("Chinese food exports…"). */
  group: string | null;
  value: number;
  qualifier: string;
  tip: Tip;
  valueText: string;
  shortText: string;
  direction: Direction;
  implausible: boolean;
  info: MarkInfo;
}

export interface BarListData {
  unit: string;
  unitLabel: string;
  bars: BarDatum[];
  min: number;
  max: number;
  years: { from: number; to: number } | null;
  implausibleCount: number;
}

export function barDatum(figure: ChartFigure, direction: Direction, sides: Sides, parents: Map<number, ChartFigure>): BarDatum {
  const valueText = formatMeasured(figure.value, figure.qualifier, { kind: "unit", unit: figure.unit }, { derived: false });
  const shortText = formatMeasured(figure.value, figure.qualifier, { kind: "unit", unit: figure.unit }, { derived: false, short: true });
  const parent = figure.parentId === null ? undefined : parents.get(figure.parentId);
  return {
    key: `figure-${figure.id}`,
    figureId: figure.id,
    label: compactLabel(figure.label),
    fullLabel: figure.label,
    group: parent ? parent.label : null,
    value: figure.value,
    qualifier: figure.qualifier,
    tip: tipOf(figure.qualifier),
    valueText,
    shortText,
    direction,
    implausible: figure.flags.includes("implausible_as_printed"),
    info: figureInfo(figure, {
      valueText,
      direction: directionLabel(direction, sides),
      extra: parent ? [`Part of: ${parent.label}`] : [],
    }),
  };
}

export function barListData(unit: string, bars: BarDatum[], figures: readonly ChartFigure[]): BarListData {
  return {
    unit,
    unitLabel: unitInfo(unit)?.label ?? unit,
    bars,
    min: Math.min(...bars.map((bar) => bar.value)),
    max: Math.max(...bars.map((bar) => bar.value)),
    years: yearsCovered(figures),
    implausibleCount: bars.filter((bar) => bar.implausible).length,
  };
}
