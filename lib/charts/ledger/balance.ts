import { NAME_CAP } from "../cap";
import { chartEmpty, chartOk, figureHref, type ChartResult } from "../chart-types";
import { periodText } from "../mark-info";
import { formatMeasured, measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { DIRECTIONS, directionLabel, type Direction, type Sides } from "../sides";
import { yearsCovered } from "../years";
import { summableFlows, sumFlows, type FlowSum } from "../sum-flows";
import type { ChartWords } from "../words";

// The balance under the ledger: per direction, the figures on the chosen measure and, only where
// that is honest, their sum, by the rules of sum-flows.ts. The figures left out of a sum are listed.

interface BalanceItem {
  id: number;
  label: string;
  valueText: string;
  periodText: string;
  href: string;
  reason: string | null;
}

interface BalanceSide {
  direction: Direction;
  label: string;
  /** The largest figures added (at most NAME_CAP each), and how many there are in all. */
  included: BalanceItem[];
  includedCount: number;
  excluded: BalanceItem[];
  excludedCount: number;
  sum: FlowSum | null;
  /** The union of the years the included figures cover. */
  years: { from: number; to: number } | null;
  periodNote: string | null;
  caveat: string | null;
}

export interface BalanceData {
  measure: Measure;
  sides: BalanceSide[];
}

function item(flow: MeasuredFlow, measure: Measure, reason: string | null, w: ChartWords): BalanceItem {
  return {
    id: flow.figure.id,
    label: flow.figure.label,
    valueText: formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived }, w),
    periodText: periodText(flow.figure, w),
    href: figureHref(flow.figure.id),
    reason,
  };
}

function periodSummary(flows: readonly MeasuredFlow[], { t, fmt }: ChartWords): Pick<BalanceSide, "years" | "periodNote"> {
  const years = yearsCovered(flows.map((flow) => flow.figure));
  const unknown = flows.filter((flow) => flow.figure.period.yearStart === null || flow.figure.period.yearEnd === null).length;
  const periods = new Set(flows.map((flow) => `${flow.figure.period.start}|${flow.figure.period.end}`));
  const parts: string[] = [];
  if (years && periods.size > 1) parts.push(t("balance.periods", { years: fmt.formatYearSpan(years.from, years.to) }));
  if (unknown > 0) parts.push(t("balance.noPeriod", { count: unknown }));
  return { years, periodNote: parts.length > 0 ? parts.join(" ") : null };
}

/** The figures a side names: all of a few, or the largest of many (the sum still adds every one). */
const largest = (flows: readonly MeasuredFlow[]) =>
  flows.length <= NAME_CAP ? [...flows] : [...flows].sort((a, b) => b.value - a.value || a.figure.id - b.figure.id).slice(0, NAME_CAP);

export function shapeBalance(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords): ChartResult<BalanceData> {
  const { t } = w;
  const { included, excluded } = summableFlows(selection);
  const result: BalanceSide[] = DIRECTIONS.map((direction) => {
    const mine = included.filter((flow) => flow.direction === direction);
    const left = excluded.filter((flow) => flow.direction === direction);
    return {
      direction,
      label: directionLabel(direction, sides),
      included: largest(mine).map((flow) => item(flow, measure, null, w)),
      includedCount: mine.length,
      excluded: largest(left).map((flow) => item(flow, measure, t("balance.inconsistent"), w)),
      excludedCount: left.length,
      sum: sumFlows(mine, measure, w),
      ...periodSummary(mine, w),
      caveat: mine.length > 1 ? t("balance.overlap") : null,
    };
  });
  if (result.every((side) => side.included.length === 0 && side.excluded.length === 0)) {
    const groups = selection.componentGroups.length;
    return chartEmpty(t(groups > 0 ? "balance.emptyComponents" : "balance.empty", { unit: measureNoun(measure, w), a: sides.a.code, b: sides.b.code }));
  }
  return chartOk({ measure, sides: result });
}
