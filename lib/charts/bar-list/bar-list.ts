import { formatYearSpan } from "@/lib/format";
import { unitInfo } from "@/lib/vocab";
import type { ChartFigure, MarkInfo } from "../chart-types";
import { compactLabel } from "../labels";
import { figureInfo } from "../mark-info";
import { tipOf, type Tip } from "../ledger/ledger";
import { formatMeasured } from "../measure";
import { directionLabel, type Direction, type Sides } from "../sides";

// A list of horizontal bars in one unit, one per figure: the goods chart and the people chart.

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
  const withYears = figures.filter((figure) => figure.period.yearStart !== null && figure.period.yearEnd !== null);
  return {
    unit,
    unitLabel: unitInfo(unit)?.label ?? unit,
    bars,
    min: Math.min(...bars.map((bar) => bar.value)),
    max: Math.max(...bars.map((bar) => bar.value)),
    years:
      withYears.length === 0
        ? null
        : {
            from: Math.min(...withYears.map((figure) => figure.period.yearStart!)),
            to: Math.max(...withYears.map((figure) => figure.period.yearEnd!)),
          },
    implausibleCount: bars.filter((bar) => bar.implausible).length,
  };
}

export function yearsText(years: BarListData["years"]): string {
  return years ? formatYearSpan(years.from, years.to) : "period not stated";
}
