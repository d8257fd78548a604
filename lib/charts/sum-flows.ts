import { QUALIFIERS, type Qualifier } from "@/lib/vocab";
import { formatMeasured, type Measure } from "./measure";
import type { MeasuredFlow, MeasureFigures } from "./measure-figures";
import type { ChartWords } from "./words";

// The rules for adding flows up, shared by the balance (a sum per direction) and the flow diagram
// (a sum per category): only top-level figures are added (a component is already inside its total),
// figures flagged as inconsistent within the source are left out, and the qualifiers of the parts
// decide the qualifier of the sum.

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


const INCONSISTENT = "internal_inconsistency";

/** The top-level flows that may be added: not flagged as inconsistent within the source. */
export function summableFlows(selection: MeasureFigures): { included: MeasuredFlow[]; excluded: MeasuredFlow[] } {
  const included = selection.flows.filter((flow) => !flow.figure.flags.includes(INCONSISTENT));
  const excluded = selection.flows.filter((flow) => flow.figure.flags.includes(INCONSISTENT));
  return { included, excluded };
}

export interface FlowSum {
  value: number;
  qualifier: CombinedQualifier;
  /** "about 32,000 persons", or a sentence saying why no number is given. */
  text: string;
  derived: boolean;
  /** What was added: "sum of 812 figures, 3 with qualifiers". */
  summary: string;
}

/** "sum of 812 figures, 3 with qualifiers": a sum says what it added, so no qualifier is dropped silently. */
function sumSummary(qualifiers: readonly string[], { t }: ChartWords): string {
  const qualified = qualifiers.filter((code) => code !== "exact").length;
  return t("sum.summary", { count: qualifiers.length, qualified });
}

export function sumFlows(flows: readonly MeasuredFlow[], measure: Measure, w: ChartWords): FlowSum | null {
  if (flows.length === 0) return null;
  const value = flows.reduce((total, flow) => total + flow.value, 0);
  const qualifiers = flows.map((flow) => flow.figure.qualifier);
  const qualifier = combineQualifiers(qualifiers);
  const derived = flows.some((flow) => flow.derived);
  const text =
    qualifier === "range_uncertain"
      ? w.t("sum.rangeUncertain")
      : formatMeasured(value, qualifier, measure, { derived }, w);
  return { value, qualifier, text, derived, summary: sumSummary(qualifiers, w) };
}
