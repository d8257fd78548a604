import { formatYearSpan } from "@/lib/format";
import { QUALIFIERS, type Qualifier } from "@/lib/vocab";
import { chartEmpty, chartOk, figureHref, type ChartResult } from "../chart-types";
import { periodText } from "../mark-info";
import { formatMeasured, measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { DIRECTIONS, directionLabel, type Direction, type Sides } from "../sides";

// The balance under the ledger: per direction, the figures on the chosen measure and, only where
// that is honest, their sum. Only top-level figures are added (a component is already inside its
// total), figures flagged as inconsistent within the source are left out and listed, and the
// qualifiers of the parts decide the qualifier of the sum.

export type CombinedQualifier = Qualifier | "range_uncertain";

const LOWER: ReadonlySet<string> = new Set(["more_than", "over", "at_least"]);
const STRICT_LOWER: ReadonlySet<string> = new Set(["more_than", "over"]);
const UPPER: ReadonlySet<string> = new Set(["up_to", "nearly"]);

/**
 * The qualifier of a sum of qualified figures.
 * - all the same -> that qualifier (all exact -> exact; all "at least" -> "at least");
 * - lower bounds mixed with upper bounds -> "range_uncertain" (the sum bounds nothing);
 * - any "about" -> "about";
 * - exact with lower bounds -> "more than" ("at least" when no part is a strict lower bound, since
 *   ≥a + b is ≥ a+b, not > a+b);
 * - exact with upper bounds -> "up to".
 * An unknown code makes the sum's range uncertain rather than silently exact.
 */
export function combineQualifiers(qualifiers: readonly string[]): CombinedQualifier {
  if (qualifiers.length === 0) return "exact";
  if (qualifiers.some((code) => !(code in QUALIFIERS))) return "range_uncertain";
  const distinct = new Set(qualifiers);
  if (distinct.size === 1) return qualifiers[0] as Qualifier;
  const hasLower = qualifiers.some((code) => LOWER.has(code));
  const hasUpper = qualifiers.some((code) => UPPER.has(code));
  if (hasLower && hasUpper) return "range_uncertain";
  if (distinct.has("about")) return "about";
  if (hasLower) return qualifiers.some((code) => STRICT_LOWER.has(code)) ? "more_than" : "at_least";
  if (hasUpper) return "up_to";
  return "exact";
}

export const COMBINED_QUALIFIER_WORDS: Record<CombinedQualifier, string> = {
  ...Object.fromEntries(Object.entries(QUALIFIERS).map(([code, info]) => [code, info.label])),
  range_uncertain: "range uncertain",
} as Record<CombinedQualifier, string>;

export interface BalanceItem {
  id: number;
  label: string;
  valueText: string;
  periodText: string;
  href: string;
  reason: string | null;
}

export interface BalanceSum {
  value: number;
  qualifier: CombinedQualifier;
  /** "about 32,000 persons", or a sentence saying why no number is given. */
  text: string;
  derived: boolean;
}

export interface BalanceSide {
  direction: Direction;
  label: string;
  included: BalanceItem[];
  excluded: BalanceItem[];
  sum: BalanceSum | null;
  /** The union of the years the included figures cover. */
  years: { from: number; to: number } | null;
  periodNote: string | null;
  caveat: string | null;
}

export interface BalanceData {
  measure: Measure;
  sides: BalanceSide[];
}

export const INCONSISTENT = "internal_inconsistency";

/** The top-level flows that may be added: not flagged as inconsistent within the source. */
export function summableFlows(selection: MeasureFigures): { included: MeasuredFlow[]; excluded: MeasuredFlow[] } {
  const included = selection.flows.filter((flow) => !flow.figure.flags.includes(INCONSISTENT));
  const excluded = selection.flows.filter((flow) => flow.figure.flags.includes(INCONSISTENT));
  return { included, excluded };
}

function item(flow: MeasuredFlow, measure: Measure, reason: string | null): BalanceItem {
  return {
    id: flow.figure.id,
    label: flow.figure.label,
    valueText: formatMeasured(flow.value, flow.figure.qualifier, measure, { derived: flow.derived }),
    periodText: periodText(flow.figure),
    href: figureHref(flow.figure.id),
    reason,
  };
}

export function sumFlows(flows: readonly MeasuredFlow[], measure: Measure): BalanceSum | null {
  if (flows.length === 0) return null;
  const value = flows.reduce((total, flow) => total + flow.value, 0);
  const qualifier = combineQualifiers(flows.map((flow) => flow.figure.qualifier));
  const derived = flows.some((flow) => flow.derived);
  const text =
    qualifier === "range_uncertain"
      ? "No sum: the figures mix lower and upper bounds, so their total has no stated range."
      : formatMeasured(value, qualifier, measure, { derived });
  return { value, qualifier, text, derived };
}

function periodSummary(flows: readonly MeasuredFlow[]): Pick<BalanceSide, "years" | "periodNote"> {
  const known = flows.filter((flow) => flow.figure.period.yearStart !== null && flow.figure.period.yearEnd !== null);
  const unknown = flows.length - known.length;
  const years =
    known.length === 0
      ? null
      : {
          from: Math.min(...known.map((flow) => flow.figure.period.yearStart!)),
          to: Math.max(...known.map((flow) => flow.figure.period.yearEnd!)),
        };
  const periods = new Set(flows.map((flow) => `${flow.figure.period.start}|${flow.figure.period.end}`));
  const parts: string[] = [];
  if (years && periods.size > 1) parts.push(`The figures cover different periods within ${formatYearSpan(years.from, years.to)}.`);
  if (unknown > 0) parts.push(`${unknown} ${unknown === 1 ? "figure gives" : "figures give"} no period.`);
  return { years, periodNote: parts.length > 0 ? parts.join(" ") : null };
}

export function shapeBalance(selection: MeasureFigures, measure: Measure, sides: Sides): ChartResult<BalanceData> {
  const { included, excluded } = summableFlows(selection);
  const result: BalanceSide[] = DIRECTIONS.map((direction) => {
    const mine = included.filter((flow) => flow.direction === direction);
    const left = excluded.filter((flow) => flow.direction === direction);
    return {
      direction,
      label: directionLabel(direction, sides),
      included: mine.map((flow) => item(flow, measure, null)),
      excluded: left.map((flow) => item(flow, measure, "flagged as inconsistent within the source")),
      sum: sumFlows(mine, measure),
      ...periodSummary(mine),
      caveat:
        mine.length > 1
          ? "The sum assumes the figures do not overlap; the source does not say whether they do."
          : null,
    };
  });
  if (result.every((side) => side.included.length === 0 && side.excluded.length === 0)) {
    const groups = selection.componentGroups.length;
    return chartEmpty(
      `No top-level figures in ${measureNoun(measure)} flow between the ${sides.a.code} and the ${sides.b.code}` +
        (groups > 0 ? `; the components on this axis belong to totals printed in another unit, so nothing is added.` : "."),
    );
  }
  return chartOk({ measure, sides: result });
}
