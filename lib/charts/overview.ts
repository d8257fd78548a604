import { formatYearSpan } from "@/lib/format";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import { CURRENCY_NAMES, type RateRow } from "@/lib/vocab/convert";
import type { CurrencyView, RubleAssumption } from "@/lib/vocab/currency-view";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { CATEGORY_CODES, type Category, type UnitCode, type UnitFamily } from "@/lib/vocab";
import { categoryLabel } from "@/lib/vocab/labels";
import type { BarListData } from "./bar-list/bar-list";
import type { ChartEvent, ChartFigure, ChartPhase, ChartResult } from "./chart-types";
import { classifyFigures, NOT_FLOW_WORDS, type ClassifiedFigures, type FlowFigure } from "./flows";
import { shapeSankey, type SankeyData } from "./flow-diagram/sankey";
import { shapeGoods } from "./goods/goods";
import { shapeHeadlineCards, type HeadlineCard } from "./headline-cards/headline-cards";
import { shapeBalance, type BalanceData } from "./ledger/balance";
import { shapeLedger, type LedgerData } from "./ledger/ledger";
import { leftOutNotes } from "./ledger/ledger-notes";
import { resolveLedgerSelection, type LedgerSelection } from "./ledger/selection";
import { sourceLine } from "./mark-info";
import { measureLabel, VIEW_CURRENCY, type ConversionContext } from "./measure";
import { measureFigures } from "./measure-figures";
import { shapePeople } from "./people/people";
import { resolveSides, type Sides } from "./sides";
import { defaultTimelineFigures, shapeTimeline, type TimelineData } from "./timeline/timeline";
import { yearsCovered } from "./years";

// The whole overview, shaped from plain data: which unit the ledger shows, and every chart's data,
// notes, subtitle and source line. The page renders this; the client components only draw it.
// How a chart folder is laid out, and where a new chart goes: README.md beside this file.

export interface OverviewInput {
  /** The dataset's own metadata: its two sides and headline cards, when it names them. */
  meta: DatasetMeta;
  figures: readonly ChartFigure[];
  events: readonly ChartEvent[];
  phases: readonly ChartPhase[];
  rates: RateRow[];
  primarySource: { author: string; title: string } | null;
}

export interface OverviewRequest {
  family?: UnitFamily;
  unit?: UnitCode;
  currency: CurrencyView;
  assume: RubleAssumption;
}

export interface ChartText {
  subtitle: string;
  source: string;
  notes: string[];
}

type TextedChart<T> = ChartResult<T> & ChartText;

export interface OverviewView {
  sides: Sides | null;
  cards: HeadlineCard[];
  lede: string;
  selection: LedgerSelection | null;
  currencyText: string;
  ledger: TextedChart<LedgerData>;
  balance: ChartResult<BalanceData>;
  sankey: TextedChart<SankeyData>;
  timeline: TextedChart<TimelineData>;
  goods: TextedChart<BarListData>;
  people: TextedChart<BarListData>;
  /** Figures the ledger never shows (not flows between the sides), for the note and explore link. */
  notFlows: { count: number; examples: string[] };
  notices: UrlNotice[];
}

function currencyText(currency: CurrencyView, assume: RubleAssumption): string {
  if (currency === "original") return "Money as printed; nothing converted.";
  const target = CURRENCY_NAMES[VIEW_CURRENCY[currency]];
  const base = `Money converted to ${target} at reference rates (derived, never printed by the source)`;
  if (assume === "none") return `${base}. No ruble assumption: rubles the source does not call old or new are not converted and not shown.`;
  return `${base}, assuming unstated rubles are ${assume} rubles (${assume === "old" ? "before" : "from"} the 1961 reform).`;
}

function yearsOf(figures: readonly ChartFigure[]): string {
  const years = yearsCovered(figures);
  if (!years) return "period not stated";
  const unknown = figures.filter((figure) => figure.period.yearStart === null || figure.period.yearEnd === null).length;
  return `${formatYearSpan(years.from, years.to)}${unknown > 0 ? ` (${unknown} without a stated period)` : ""}`;
}

function categoryList(flows: readonly FlowFigure[], direction: "a_to_b" | "b_to_a"): string {
  const codes = [...new Set(flows.filter((flow) => flow.direction === direction).map((flow) => flow.figure.category))].sort(
    (a, b) => CATEGORY_CODES.indexOf(a as Category) - CATEGORY_CODES.indexOf(b as Category),
  );
  const words = codes.map((code) => categoryLabel(code).toLowerCase());
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** One paragraph: what each side gave the other (by category), over which years, on what source. */
function buildLede(flows: readonly FlowFigure[], sides: Sides, years: string, source: OverviewInput["primarySource"]): string {
  const given = categoryList(flows, "a_to_b");
  const back = categoryList(flows, "b_to_a");
  const sentences = [
    given ? `The ${sides.a.name} gave the ${sides.b.name} ${given}.` : "",
    back ? `The ${sides.b.name} sent back ${back}.` : "",
    `The figures cover ${years}; the cards and charts below give each one with its qualifier, unit and period.`,
    source
      ? `Every number is as printed in ${source.author}, “${source.title}”; numbers that look wrong are kept as printed and flagged, and nothing is converted unless you ask.`
      : "",
  ];
  return sentences.filter(Boolean).join(" ");
}

function timelineChart(input: OverviewInput, sides: Sides | null): TextedChart<TimelineData> {
  const figures = defaultTimelineFigures(input.figures);
  const timeline = shapeTimeline({ figures, events: input.events, phases: input.phases, sides });
  return {
    ...timeline,
    subtitle:
      "Phases as bands, dated events as markers, and every figure with a period as one span from its start to its end (a stock at a date is a point). 1945–1980.",
    source: sourceLine([...figures, ...input.events], { one: "figure or event", many: "figures and events" }),
    notes: timeline.notes,
  };
}

/** The overview of a dataset with no two sides: the timeline, and the reason for everything else. */
function oneSidedView(input: OverviewInput, request: OverviewRequest, timeline: TextedChart<TimelineData>): OverviewView {
  const reason = "No figures in this dataset record a giver and a receiver, so there are no two-way flows to draw.";
  const empty = { ok: false as const, reason, notes: [], subtitle: "", source: "" };
  return {
    sides: null,
    cards: [],
    lede: reason,
    selection: null,
    currencyText: currencyText(request.currency, request.assume),
    ledger: empty,
    balance: { ok: false, reason, notes: [] },
    sankey: empty,
    timeline,
    goods: empty,
    people: empty,
    notFlows: { count: input.figures.length, examples: [] },
    notices: [],
  };
}

/** A bar list's subtitle and source, from the figures it drew. */
function barListChart(result: ChartResult<BarListData>, figures: readonly ChartFigure[], subtitle: (years: string) => string): TextedChart<BarListData> {
  const drawn = result.ok ? figures.filter((figure) => result.data.bars.some((bar) => bar.figureId === figure.id)) : [];
  return { ...result, subtitle: subtitle(yearsOf(drawn)), source: sourceLine(drawn), notes: result.notes };
}

/** How many figures are not flows, with the first of each reason as an example. */
function notFlowSummary(classified: ClassifiedFigures): OverviewView["notFlows"] {
  const notFlowFigures = classified.others.filter((other) => other.reason !== "component_elsewhere");
  const examples = [...new Set(notFlowFigures.map((other) => other.reason))].map((reason) => {
    const first = notFlowFigures.find((other) => other.reason === reason)!;
    return `${first.figure.label} (${reason === "component_elsewhere" ? "component" : NOT_FLOW_WORDS[reason]})`;
  });
  return { count: notFlowFigures.length, examples };
}

/** The ledger and the flow diagram, which share the selected measure, and the balance under them. */
function measuredCharts(classified: ClassifiedFigures, selection: LedgerSelection, context: ConversionContext, sides: Sides) {
  const measure = selection.measure;
  const measured = measureFigures(classified, measure, context);
  const drawn = [
    ...measured.flows.map((flow) => flow.figure),
    ...measured.componentGroups.flatMap((group) => group.components.map((component) => component.figure)),
  ];
  const summed = measured.flows.map((flow) => flow.figure);
  const moneyText =
    measure.kind === "currency" || selection.family === "money" ? ` ${currencyText(context.currency, context.assume)}` : "";
  const ledger = shapeLedger(measured, measure, sides);
  const sankey = shapeSankey(measured, measure, sides);
  return {
    ledger: {
      ...ledger,
      subtitle: `${measureLabel(measure)} · ${yearsOf(drawn)} · ${sides.a.code} → ${sides.b.code} to the left, ${sides.b.code} → ${sides.a.code} to the right; one bar per figure.${moneyText}`,
      source: sourceLine(drawn),
      notes: [...ledger.notes, ...leftOutNotes(measured, measure, sides)],
    },
    sankey: {
      ...sankey,
      subtitle: `${measureLabel(measure)} · ${yearsOf(summed)} · by category, for the unit chosen above the ledger.${moneyText}`,
      source: sourceLine(summed),
      notes: sankey.notes,
    },
    balance: shapeBalance(measured, measure, sides),
  };
}

export function shapeOverview(input: OverviewInput, request: OverviewRequest): OverviewView {
  const sides = resolveSides(input.meta.sides, input.figures);
  const timeline = timelineChart(input, sides);
  if (!sides) return oneSidedView(input, request, timeline);
  const classified = classifyFigures(input.figures, sides);
  const selection = resolveLedgerSelection(classified, request);
  const context: ConversionContext = { currency: request.currency, assume: request.assume, rates: input.rates };
  const { ledger, sankey, balance } = measuredCharts(classified, selection, context, sides);
  const { cards, notes: cardNotes } = shapeHeadlineCards(input.meta.headline, input.figures, sides, context);
  const flowYears = yearsOf(classified.flows.map((flow) => flow.figure));
  return {
    sides,
    cards,
    lede: buildLede(classified.flows, sides, flowYears, input.primarySource),
    selection,
    currencyText: currencyText(request.currency, request.assume),
    ledger: { ...ledger, notes: [...ledger.notes, ...cardNotes.map((note) => `Headline cards: ${note}`)] },
    balance,
    sankey,
    timeline,
    goods: barListChart(
      shapeGoods(input.figures, sides),
      input.figures,
      (years) => `Metric tons · ${years} · ${sides.b.code} → ${sides.a.code}, one bar per commodity as printed.`,
    ),
    people: barListChart(
      shapePeople(input.figures, sides),
      input.figures,
      (years) => `Persons · ${years} · each bar a separate count, in its direction's colour.`,
    ),
    notFlows: notFlowSummary(classified),
    notices: selection.notices,
  };
}
