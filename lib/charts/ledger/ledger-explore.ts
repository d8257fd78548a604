import type { ExploreFilters } from "../cap";
import type { Measure } from "../measure";
import type { MeasureFigures } from "../measure-figures";
import type { Sides } from "../sides";

// The explore page filtered as the ledger is: the top-level figures between the two sides in the
// ledger's unit (or, when money is converted, in every currency the bars were printed in), the
// largest first.

export function ledgerExplore(selection: MeasureFigures, measure: Measure, sides: Sides, dataset: string): ExploreFilters {
  const units = measure.kind === "unit" ? [measure.unit] : [...new Set(selection.flows.map((flow) => flow.figure.unit))].sort();
  const pair = [sides.a.code, sides.b.code];
  return { dataset, from: pair, to: pair, unit: units, parent: "none", sort: "-value" };
}
