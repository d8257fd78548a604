import type { ChartCap } from "./cap";
import type { ChartFigure } from "./chart-types";
import { measureActorFlows } from "./counterparts/actor-flows";
import { shapeCounterparts } from "./counterparts/counterparts";
import type { ClassifiedFigures } from "./flows";
import { shapeSankey } from "./flow-diagram/sankey";
import { shapeBalance } from "./ledger/balance";
import { shapeLedger } from "./ledger/ledger";
import { leftOutNotes } from "./ledger/ledger-notes";
import type { LedgerSelection } from "./ledger/selection";
import { sourceLine } from "./mark-info";
import { measureLabel, type ConversionContext } from "./measure";
import { measureFigures, type MeasureFigures } from "./measure-figures";
import { currencyText, yearsOf } from "./overview-text";
import type { Sides } from "./sides";
import { barListSummary } from "./bar-list/bar-list-summary";
import { summaryOf } from "./chart-summary";
import { flowSummary } from "./flow-diagram/flow-summary";
import { ledgerSummary } from "./ledger/ledger-summary";

// The overview's charts that share the measure chosen above the ledger: the ledger and the balance
// (the two sides), and the flow diagram and the ranked counterparts (side A with every actor it
// exchanged with; with a single counterpart, the same two sides).

interface MeasuredInput {
  /** The dataset's slug, for the explore links of the charts' caps. */
  dataset: string;
  figures: readonly ChartFigure[];
  classified: ClassifiedFigures;
  selection: LedgerSelection;
  context: ConversionContext;
  sides: Sides;
}

const summedFigures = (measured: MeasureFigures) => measured.flows.map((flow) => flow.figure);

const capsOf = (result: { ok: boolean } & ({ ok: true; data: { cap: ChartCap | null } } | { ok: false })) =>
  result.ok && result.data.cap ? [result.data.cap] : [];

export function measuredCharts({ dataset, figures, classified, selection, context, sides }: MeasuredInput) {
  const measure = selection.measure;
  const measured = measureFigures(classified, measure, context);
  const wide = measureActorFlows(figures, sides.a, measure, context);
  const drawn = [
    ...measured.flows.map((flow) => flow.figure),
    ...measured.componentGroups.flatMap((group) => group.components.map((component) => component.figure)),
  ];
  const moneyText =
    measure.kind === "currency" || selection.family === "money" ? ` ${currencyText(context.currency, context.assume)}` : "";
  const ledger = shapeLedger(measured, measure, sides, dataset);
  const oneWay = ledger.ok && ledger.data.directions.length === 1;
  const layout = oneWay
    ? "one direction only, so every bar grows to the right"
    : `${sides.a.code} → ${sides.b.code} to the left, ${sides.b.code} → ${sides.a.code} to the right`;
  const sankey = shapeSankey(wide, measure, sides, dataset);
  // The flow diagram and the counterparts draw the same sums: their years and sources are the same.
  const wideFigures = summedFigures(wide);
  const wideYears = yearsOf(wideFigures);
  const wideSource = sourceLine(wideFigures);
  const counterparts = shapeCounterparts(wide, measure, sides.a, dataset);
  return {
    ledger: {
      ...ledger,
      subtitle: `${measureLabel(measure)} · ${yearsOf(drawn)} · ${layout}; one bar per figure.${moneyText}`,
      source: sourceLine(drawn),
      summary: summaryOf(ledger, (data) => ledgerSummary(data, yearsOf(drawn))),
      caps: capsOf(ledger),
      notes: [...ledger.notes, ...leftOutNotes(measured, measure, sides)],
    },
    sankey: {
      ...sankey,
      subtitle: `${measureLabel(measure)} · ${wideYears} · what the ${sides.a.code} gave and received, with every counterpart, by category, for the unit chosen above the ledger.${moneyText}`,
      source: wideSource,
      summary: summaryOf(sankey, (data) => flowSummary(data, wideYears)),
      notes: sankey.notes,
      caps: sankey.ok ? sankey.data.caps : [],
    },
    counterparts: {
      ...counterparts,
      subtitle: `${measureLabel(measure)} · ${wideYears} · the ${sides.a.code}'s counterparts, the largest sum first, for the unit chosen above the ledger.${moneyText}`,
      source: wideSource,
      summary: summaryOf(counterparts, (data) => barListSummary(`Counterparts of the ${sides.a.code} in ${measureLabel(measure)}`, data, wideYears)),
      notes: counterparts.notes,
      caps: capsOf(counterparts),
    },
    balance: shapeBalance(measured, measure, sides),
  };
}
