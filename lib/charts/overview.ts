import { formatCount, formatYearSpan } from "@/lib/format";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import type { RateRow } from "@/lib/vocab/convert";
import type { RubleAssumption } from "@/lib/vocab/currency-view";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { exploreHref, PAIR_CAP, SPAN_CAP, type ChartCap } from "./cap";
import { barListSummary } from "./bar-list/bar-list-summary";
import { summaryOf } from "./chart-summary";
import type { ChartEvent, ChartFigure, ChartPhase, ChartResult } from "./chart-types";
import type { CounterpartsData } from "./counterparts/counterparts";
import { classifyFigures, NOT_FLOW_WORDS, type ClassifiedFigures } from "./flows";
import type { SankeyData } from "./flow-diagram/sankey";
import { shapeGoods, type GoodsData } from "./goods/goods";
import { shapeHeadlineCards, type HeadlineCard } from "./headline-cards/headline-cards";
import type { BalanceData } from "./ledger/balance";
import type { LedgerData } from "./ledger/ledger";
import { resolveLedgerSelection, type LedgerSelection } from "./ledger/selection";
import { sourceLine } from "./mark-info";
import type { ConversionContext } from "./measure";
import { measuredCharts } from "./overview-measured";
import { buildLede, currencyText, yearsOf } from "./overview-text";
import { resolvePair, type PairOption } from "./pairs";
import { shapePeople, type PeopleData } from "./people/people";
import { directionLabel, type Sides } from "./sides";
import { defaultTimelineFigures, shapeTimeline, type TimelineData } from "./timeline/timeline";
import { timelineSummary } from "./timeline/timeline-summary";
import { applyYearWindow, datasetYears, type WindowedFigures } from "./year-window";

// A dataset's whole overview, shaped from plain data: which two actors it sets against each other,
// which years it shows, which unit the ledger shows, and every chart's data, notes, subtitle and
// source line. The page renders this; the client components only draw it.
// How a chart folder is laid out, and where a new chart goes: README.md beside this file.

export interface OverviewInput {
  /** The dataset's slug, for the explore links of the charts' caps. */
  dataset?: string;
  /** The dataset's own metadata: its two sides and headline cards, when it names them. */
  meta: DatasetMeta;
  figures: readonly ChartFigure[];
  events: readonly ChartEvent[];
  phases: readonly ChartPhase[];
  rates: RateRow[];
  primarySource: { author: string; title: string } | null;
}

/** The unit family, unit and currency view the ledger's measure is chosen from (ledger/selection.ts). */
type MeasureRequest = Parameters<typeof resolveLedgerSelection>[1];

export interface OverviewRequest extends MeasureRequest {
  assume: RubleAssumption;
  /** The pair the visitor picked (actor codes); both or neither. */
  a?: string;
  b?: string;
  /** The year window: only figures whose whole period lies within it. */
  yearFrom?: number;
  yearTo?: number;
}

export interface ChartText {
  subtitle: string;
  /** What the chart shows in words, with its largest values and period (chart-summary.ts). */
  summary: string;
  source: string;
  notes: string[];
  /** What the chart leaves out for legibility, and where to see it (cap.ts); empty when it draws everything. */
  caps: ChartCap[];
}

type TextedChart<T> = ChartResult<T> & ChartText;

export interface OverviewView {
  sides: Sides | null;
  /** The pairs of actors with flows between them, the most flows first, for the pair picker (at most PAIR_CAP). */
  pairs: PairOption[];
  /** When the picker lists only the busiest pairs: which, and how to open another. */
  pairNote: string | null;
  /** The years the dataset covers (the window's bounds), and the window applied, if any. */
  years: { from: number; to: number } | null;
  window: { from: number; to: number } | null;
  /** What the window leaves out, in words. */
  windowNotes: string[];
  cards: HeadlineCard[];
  lede: string;
  selection: LedgerSelection | null;
  currencyText: string;
  ledger: TextedChart<LedgerData>;
  balance: ChartResult<BalanceData>;
  sankey: TextedChart<SankeyData>;
  counterparts: TextedChart<CounterpartsData>;
  timeline: TextedChart<TimelineData> & { years: { from: number; to: number } };
  goods: TextedChart<GoodsData>;
  people: TextedChart<PeopleData>;
  /** Figures the ledger never shows (not flows between the sides), for the note and explore link. */
  notFlows: { count: number; examples: string[] };
  notices: UrlNotice[];
}

function timelineChart(windowed: WindowedFigures, input: OverviewInput, sides: Sides | null): OverviewView["timeline"] {
  const figures = defaultTimelineFigures(windowed.figures);
  const { from, to } = windowed.range;
  const dataset = input.dataset ?? "";
  const limit = {
    spans: SPAN_CAP,
    events: SPAN_CAP,
    figuresHref: exploreHref({ dataset, sort: "period" }),
    eventsHref: `/events?dataset=${encodeURIComponent(dataset)}`,
  };
  const timeline = shapeTimeline({ figures, events: windowed.events, phases: input.phases, sides, from, to, limit });
  return {
    ...timeline,
    caps: timeline.ok ? timeline.data.caps : [],
    subtitle: `Phases as bands, dated events as markers, and every figure with a period as one span from its start to its end (a stock at a date is a point). ${formatYearSpan(from, to)}.`,
    source: sourceLine([...figures, ...windowed.events], { one: "figure or event", many: "figures and events" }),
    summary: summaryOf(timeline, timelineSummary),
    notes: timeline.notes,
    years: { from, to },
  };
}

/** The overview of a dataset with no two sides: the timeline, and the reason for everything else. */
function oneSidedView(base: Pick<OverviewView, "pairs" | "pairNote" | "years" | "window" | "windowNotes" | "timeline" | "currencyText" | "notices">, figureCount: number): OverviewView {
  const reason = "No figures in this dataset record a giver and a receiver, so there are no two-way flows to draw.";
  const empty = { ok: false as const, reason, notes: [], subtitle: "", summary: reason, source: "", caps: [] };
  return {
    ...base,
    sides: null,
    cards: [],
    lede: reason,
    selection: null,
    ledger: empty,
    balance: { ok: false, reason, notes: [] },
    sankey: empty,
    counterparts: empty,
    goods: empty,
    people: empty,
    notFlows: { count: figureCount, examples: [] },
  };
}

/** A bar list's subtitle, source and cap, from the figures it drew. */
function barListChart<T extends GoodsData | PeopleData>(
  result: ChartResult<T>,
  figures: readonly ChartFigure[],
  subtitle: (years: string, data: T | null) => string,
  what: (data: T) => string,
): TextedChart<T> {
  const ids = new Set(result.ok ? result.data.bars.map((bar) => bar.figureId) : []);
  const drawn = figures.filter((figure) => ids.has(figure.id));
  const data = result.ok ? result.data : null;
  const years = yearsOf(drawn);
  const summary = summaryOf(result, (shaped) => barListSummary(what(shaped), shaped, years));
  return { ...result, subtitle: subtitle(years, data), summary, source: sourceLine(drawn), notes: result.notes, caps: data?.cap ? [data.cap] : [] };
}

/** "Metric tons · 1950–1962 · PRC → USSR, one bar per commodity as printed." */
function goodsSubtitle(sides: Sides) {
  return (years: string, data: GoodsData | null) => {
    const direction = data?.direction ?? "b_to_a";
    return `${data?.unitLabel ?? "Goods by weight"} · ${years} · ${directionLabel(direction, sides)}, one bar per commodity as printed.`;
  };
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

/** The pairs the picker lists: a select of hundreds helps nobody, and a pair's address still opens it. */
function pickerPairs(options: PairOption[]): Pick<OverviewView, "pairs" | "pairNote"> {
  if (options.length <= PAIR_CAP) return { pairs: options, pairNote: null };
  return {
    pairs: options.slice(0, PAIR_CAP),
    pairNote: `The list holds the ${PAIR_CAP} pairs with the most flows of ${formatCount(options.length, "pair")}; any other pair opens from the address (?a=…&b=…).`,
  };
}

function windowOf(request: OverviewRequest, windowed: WindowedFigures): OverviewView["window"] {
  return request.yearFrom === undefined && request.yearTo === undefined ? null : windowed.range;
}

export function shapeOverview(input: OverviewInput, request: OverviewRequest): OverviewView {
  const windowed = applyYearWindow(input, { from: request.yearFrom, to: request.yearTo });
  const figures = windowed.figures;
  // The pair comes from every figure, so a window with nothing in it keeps the pair (and the picker).
  const pair = resolvePair(input.meta.sides, input.figures, { a: request.a, b: request.b });
  const { sides } = pair;
  const base = {
    ...pickerPairs(pair.options),
    years: datasetYears(input.figures, input.phases),
    window: windowOf(request, windowed),
    windowNotes: windowed.notes,
    timeline: timelineChart(windowed, input, sides),
    currencyText: currencyText(request.currency, request.assume),
  };
  if (!sides) return oneSidedView({ ...base, notices: pair.notices }, figures.length);
  const classified = classifyFigures(figures, sides);
  const selection = resolveLedgerSelection(classified, request);
  const context: ConversionContext = { currency: request.currency, assume: request.assume, rates: input.rates };
  const dataset = input.dataset ?? "";
  const { ledger, sankey, balance, counterparts } = measuredCharts({ dataset, figures, classified, selection, context, sides });
  const kept = new Set(figures.map((figure) => figure.key));
  const outsideWindow = new Set(input.figures.filter((figure) => !kept.has(figure.key)).map((figure) => figure.key));
  const { cards, notes: cardNotes } = shapeHeadlineCards(input.meta.headline, figures, sides, context, outsideWindow);
  return {
    ...base,
    sides,
    cards,
    lede: buildLede(classified.flows, sides, yearsOf(classified.flows.map((flow) => flow.figure)), input.primarySource),
    selection,
    ledger: { ...ledger, notes: [...ledger.notes, ...cardNotes.map((note) => `Headline cards: ${note}`)] },
    balance,
    sankey,
    counterparts,
    goods: barListChart(shapeGoods(figures, sides, undefined, dataset), figures, goodsSubtitle(sides), (data) => `Goods in ${data.unitLabel}, ${directionLabel(data.direction, sides)}`),
    people: barListChart(
      shapePeople(figures, sides, "persons", dataset),
      figures,
      (years) => `Persons · ${years} · each bar a separate count, in its direction's colour.`,
      () => "People sent between the two sides",
    ),
    notFlows: notFlowSummary(classified),
    notices: [...pair.notices, ...selection.notices],
  };
}
