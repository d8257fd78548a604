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
import type { ChartWords } from "./words";
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
  words: ChartWords;
}

const summedFigures = (measured: MeasureFigures) => measured.flows.map((flow) => flow.figure);

const capsOf = (result: { ok: boolean } & ({ ok: true; data: { cap: ChartCap | null } } | { ok: false })) =>
  result.ok && result.data.cap ? [result.data.cap] : [];

export function measuredCharts({ dataset, figures, classified, selection, context, sides, words: w }: MeasuredInput) {
  const { t } = w;
  const measure = selection.measure;
  const measured = measureFigures(classified, measure, context, w);
  const wide = measureActorFlows(figures, sides.a, measure, context, w);
  const drawn = [
    ...measured.flows.map((flow) => flow.figure),
    ...measured.componentGroups.flatMap((group) => group.components.map((component) => component.figure)),
  ];
  const moneyText =
    measure.kind === "currency" || selection.family === "money" ? ` ${currencyText(context.currency, context.assume, w)}` : "";
  const ledger = shapeLedger(measured, measure, sides, w, dataset);
  const oneWay = ledger.ok && ledger.data.directions.length === 1;
  const layout = oneWay ? t("subtitle.oneWay") : t("subtitle.twoWay", { a: sides.a.code, b: sides.b.code });
  const sankey = shapeSankey(wide, measure, sides, w, dataset);
  // The flow diagram and the counterparts draw the same sums: their years and sources are the same.
  const wideFigures = summedFigures(wide);
  const wideYears = yearsOf(wideFigures, w);
  const wideSource = sourceLine(wideFigures, w);
  const counterparts = shapeCounterparts(wide, measure, sides.a, w, dataset);
  const unit = measureLabel(measure, w);
  const drawnYears = yearsOf(drawn, w);
  return {
    ledger: {
      ...ledger,
      subtitle: `${t("subtitle.ledger", { unit, years: drawnYears, layout })}${moneyText}`,
      source: sourceLine(drawn, w),
      summary: summaryOf(ledger, (data) => ledgerSummary(data, drawnYears, w)),
      caps: capsOf(ledger),
      notes: [...ledger.notes, ...leftOutNotes(measured, measure, sides, w)],
    },
    sankey: {
      ...sankey,
      subtitle: `${t("subtitle.sankey", { unit, years: wideYears, actor: sides.a.code })}${moneyText}`,
      source: wideSource,
      summary: summaryOf(sankey, (data) => flowSummary(data, wideYears, w)),
      notes: sankey.notes,
      caps: sankey.ok ? sankey.data.caps : [],
    },
    counterparts: {
      ...counterparts,
      subtitle: `${t("subtitle.counterparts", { unit, years: wideYears, actor: sides.a.code })}${moneyText}`,
      source: wideSource,
      summary: summaryOf(counterparts, (data) => barListSummary(t("summary.counterparts", { actor: sides.a.code, unit }), data, wideYears, w)),
      notes: counterparts.notes,
      caps: capsOf(counterparts),
    },
    balance: shapeBalance(measured, measure, sides, w),
  };
}
