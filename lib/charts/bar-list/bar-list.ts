import type { ChartFigure, MarkInfo } from "../chart-types";
import { compactLabel } from "../labels";
import { figureInfo } from "../mark-info";
import { tipOf, type Tip } from "../qualifier-tip";
import { formatMeasured, unitMeasure } from "../measure";
import { directionLabel, type Direction, type Sides } from "../sides";
import { yearsCovered } from "../years";
import type { ChartWords } from "../words";

// A list of horizontal bars in one unit, one per figure. Not a chart of its own on the overview:
// the goods chart and the people chart (their own folders) choose the figures and draw them as this.

/** What the bar list draws for one bar: one figure, or (the counterparts chart) a sum of figures. */
export interface BarMark {
  key: string;
  /** The figure the bar is, or null for a sum. */
  figureId: number | null;
  label: string;
  fullLabel: string;
  value: number;
  qualifier: string;
  tip: Tip;
  valueText: string;
  shortText: string;
  direction: Direction;
  implausible: boolean;
  info: MarkInfo;
}

/** The bars of a chart drawn as a bar list, and the range of their values. */
export interface BarMarks {
  bars: readonly BarMark[];
  min: number;
  max: number;
}

export interface BarDatum extends BarMark {
  figureId: number;
  /** The total the figure is a component of, if any ("Chinese food exports…"). */
  group: string | null;
}

export interface BarListData extends BarMarks {
  unit: string;
  unitLabel: string;
  bars: BarDatum[];
  years: { from: number; to: number } | null;
  implausibleCount: number;
}

export function barDatum(figure: ChartFigure, direction: Direction, sides: Sides, parents: Map<number, ChartFigure>, w: ChartWords): BarDatum {
  const valueText = formatMeasured(figure.value, figure.qualifier, unitMeasure(figure), { derived: false }, w);
  const shortText = formatMeasured(figure.value, figure.qualifier, unitMeasure(figure), { derived: false, short: true }, w);
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
    info: figureInfo(
      figure,
      {
        valueText,
        direction: directionLabel(direction, sides),
        extra: parent ? [w.t("bars.partOf", { parent: parent.label })] : [],
      },
      w,
    ),
  };
}

export function barListData(unit: string, bars: BarDatum[], figures: readonly ChartFigure[], w: Pick<ChartWords, "unit">): BarListData {
  const info = figures.find((figure) => figure.unit === unit)?.unitInfo;
  return {
    unit,
    unitLabel: info ? w.unit(unit, info).label : unit,
    bars,
    ...valueRange(bars),
    years: yearsCovered(figures),
    implausibleCount: bars.filter((bar) => bar.implausible).length,
  };
}

/** The smallest and largest value of the bars (0 and 0 for none). */
export function valueRange(bars: readonly Pick<BarMark, "value">[]): Pick<BarMarks, "min" | "max"> {
  let min = Infinity;
  let max = -Infinity;
  for (const bar of bars) {
    min = Math.min(min, bar.value);
    max = Math.max(max, bar.value);
  }
  return bars.length === 0 ? { min: 0, max: 0 } : { min, max };
}
