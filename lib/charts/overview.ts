import type { UrlNotice } from "@/lib/views/lenient-parse";
import type { RateRow } from "@/lib/vocab/convert";
import type { RubleAssumption } from "@/lib/vocab/currency-view";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { exploreHref, PAIR_CAP, SPAN_CAP, type ChartCap } from "./cap";
import { barListSummary } from "./bar-list/bar-list-summary";
import { summaryOf } from "./chart-summary";
import type { ChartEvent, ChartFigure, ChartPhase, ChartResult } from "./chart-types";
import type { CounterpartsData } from "./counterparts/counterparts";
import { classifyFigures, type ClassifiedFigures } from "./flows";
import type { SankeyData } from "./flow-diagram/sankey";
import { shapeGoods, type GoodsData } from "./goods/goods";
import { shapeHeadlineCards, type HeadlineCard } from "./headline-cards/headline-cards";
import type { BalanceData } from "./ledger/balance";
import type { LedgerData } from "./ledger/ledger";
import { resolveLedgerSelection, type LedgerSelection } from "./ledger/selection";
import { sourceLine } from "./mark-info";
import { measureLabel, measureNoun, type ConversionContext } from "./measure";
import { overviewLabels, type OverviewLabels } from "./overview-labels";
import { measuredCharts } from "./overview-measured";
import { buildLede, currencyText, yearsOf } from "./overview-text";
import { resolvePair, type PairOption } from "./pairs";
import { shapePeople, type PeopleData } from "./people/people";
import { directionLabel, type Sides } from "./sides";
import { defaultTimelineFigures, shapeTimeline, type TimelineData } from "./timeline/timeline";
import { timelineFirstHeight } from "./timeline/timeline-layout";
import { timelineSummary } from "./timeline/timeline-summary";
import { applyYearWindow, datasetYears, type WindowedFigures } from "./year-window";
import type { ChartWords } from "./words";

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
  /** `height`: the drawing's height at the server's width (timeline-layout.ts), 0 when empty. */
  timeline: TextedChart<TimelineData> & { years: { from: number; to: number }; height: number };
  goods: TextedChart<GoodsData>;
  people: TextedChart<PeopleData>;
  /** Figures the ledger never shows (not flows between the sides), for the note and explore link. */
  notFlows: { count: number; examples: string[] };
  notices: UrlNotice[];
  /** The charts' titles and legend words, in the view's language. */
  labels: OverviewLabels;
}

function timelineChart(windowed: WindowedFigures, input: OverviewInput, sides: Sides | null, w: ChartWords): OverviewView["timeline"] {
  const figures = defaultTimelineFigures(windowed.figures);
  const { from, to } = windowed.range;
  const dataset = input.dataset ?? "";
  const limit = {
    spans: SPAN_CAP,
    events: SPAN_CAP,
    figuresHref: exploreHref({ dataset, sort: "period" }),
    eventsHref: `/events?dataset=${encodeURIComponent(dataset)}`,
  };
  const timeline = shapeTimeline({ figures, events: windowed.events, phases: input.phases, sides, from, to, limit, words: w });
  return {
    ...timeline,
    caps: timeline.ok ? timeline.data.caps : [],
    subtitle: w.t("subtitle.timeline", { years: w.fmt.formatYearSpan(from, to) }),
    source: sourceLine([...figures, ...windowed.events], w, "figuresAndEvents"),
    summary: summaryOf(timeline, (data) => timelineSummary(data, w)),
    notes: timeline.notes,
    years: { from, to },
    height: timeline.ok ? timelineFirstHeight(timeline.data, w.t) : 0,
  };
}

/** The overview of a dataset with no two sides: the timeline, and the reason for everything else. */
function oneSidedView(
  base: Pick<OverviewView, "pairs" | "pairNote" | "years" | "window" | "windowNotes" | "timeline" | "currencyText" | "notices">,
  figureCount: number,
  w: ChartWords,
): OverviewView {
  const reason = w.t("oneSided");
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
    labels: overviewLabels(w, { sides: null, years: base.timeline.years, goodsFrom: "b", counterparts: { unit: "", count: 0 }, people: 0, convertedTo: null }),
  };
}

/** A bar list's subtitle, source and cap, from the figures it drew. */
function barListChart<T extends GoodsData | PeopleData>(
  result: ChartResult<T>,
  figures: readonly ChartFigure[],
  subtitle: (years: string, data: T | null) => string,
  what: (data: T) => string,
  w: ChartWords,
): TextedChart<T> {
  const ids = new Set(result.ok ? result.data.bars.map((bar) => bar.figureId) : []);
  const drawn = figures.filter((figure) => ids.has(figure.id));
  const data = result.ok ? result.data : null;
  const years = yearsOf(drawn, w);
  const summary = summaryOf(result, (shaped) => barListSummary(what(shaped), shaped, years, w));
  return { ...result, subtitle: subtitle(years, data), summary, source: sourceLine(drawn, w), notes: result.notes, caps: data?.cap ? [data.cap] : [] };
}

/** "Metric tons · 1950–1962 · PRC → USSR, one bar per commodity as printed." */
function goodsSubtitle(sides: Sides, { t }: ChartWords) {
  return (years: string, data: GoodsData | null) => {
    const direction = data?.direction ?? "b_to_a";
    return t("subtitle.goods", { unit: data?.unitLabel ?? t("subtitle.goodsByWeight"), years, direction: directionLabel(direction, sides) });
  };
}

/** How many figures are not flows, with the first of each reason as an example. */
function notFlowSummary(classified: ClassifiedFigures, { t }: ChartWords): OverviewView["notFlows"] {
  const notFlowFigures = classified.others.filter((other) => other.reason !== "component_elsewhere");
  const examples = [...new Set(notFlowFigures.map((other) => other.reason))].map((reason) => {
    const first = notFlowFigures.find((other) => other.reason === reason)!;
    return `${first.figure.label} (${t(reason === "component_elsewhere" ? "notFlow.component" : `notFlow.${reason}`)})`;
  });
  return { count: notFlowFigures.length, examples };
}

/** The pairs the picker lists: a select of hundreds helps nobody, and a pair's address still opens it. */
function pickerPairs(options: PairOption[], { t }: ChartWords): Pick<OverviewView, "pairs" | "pairNote"> {
  if (options.length <= PAIR_CAP) return { pairs: options, pairNote: null };
  return { pairs: options.slice(0, PAIR_CAP), pairNote: t("pairNote", { shown: PAIR_CAP, total: options.length }) };
}

function windowOf(request: OverviewRequest, windowed: WindowedFigures): OverviewView["window"] {
  return request.yearFrom === undefined && request.yearTo === undefined ? null : windowed.range;
}

/** The overview in the language of `w` (its messages, formatting and vocabulary names). */
export function shapeOverview(input: OverviewInput, request: OverviewRequest, w: ChartWords): OverviewView {
  const { t } = w;
  const windowed = applyYearWindow(input, { from: request.yearFrom, to: request.yearTo }, w);
  const figures = windowed.figures;
  // The pair comes from every figure, so a window with nothing in it keeps the pair (and the picker).
  const pair = resolvePair(input.meta.sides, input.figures, { a: request.a, b: request.b }, t);
  const { sides } = pair;
  const base = {
    ...pickerPairs(pair.options, w),
    years: datasetYears(input.figures, input.phases),
    window: windowOf(request, windowed),
    windowNotes: windowed.notes,
    timeline: timelineChart(windowed, input, sides, w),
    currencyText: currencyText(request.currency, request.assume, w),
  };
  if (!sides) return oneSidedView({ ...base, notices: pair.notices }, figures.length, w);
  const classified = classifyFigures(figures, sides);
  const selection = resolveLedgerSelection(classified, request, w);
  const context: ConversionContext = { currency: request.currency, assume: request.assume, rates: input.rates };
  const dataset = input.dataset ?? "";
  const { ledger, sankey, balance, counterparts } = measuredCharts({ dataset, figures, classified, selection, context, sides, words: w });
  const kept = new Set(figures.map((figure) => figure.key));
  const outsideWindow = new Set(input.figures.filter((figure) => !kept.has(figure.key)).map((figure) => figure.key));
  const { cards, notes: cardNotes } = shapeHeadlineCards(input.meta.headline, figures, sides, w, context, outsideWindow);
  const goods = shapeGoods(figures, sides, w, undefined, dataset);
  const people = shapePeople(figures, sides, w, "persons", dataset);
  return {
    ...base,
    sides,
    cards,
    lede: buildLede(classified.flows, sides, yearsOf(classified.flows.map((flow) => flow.figure), w), input.primarySource, w),
    selection,
    ledger: { ...ledger, notes: [...ledger.notes, ...cardNotes.map((note) => t("cards.note", { note }))] },
    balance,
    sankey,
    counterparts,
    goods: barListChart(
      goods,
      figures,
      goodsSubtitle(sides, w),
      (data) => t("summary.goods", { unit: data.unitLabel, direction: directionLabel(data.direction, sides) }),
      w,
    ),
    people: barListChart(
      people,
      figures,
      (years) => t("subtitle.people", { years }),
      () => t("summary.people"),
      w,
    ),
    notFlows: notFlowSummary(classified, w),
    notices: [...pair.notices, ...selection.notices],
    labels: overviewLabels(w, {
      sides,
      years: base.timeline.years,
      goodsFrom: goods.ok && goods.data.direction === "a_to_b" ? "a" : "b",
      counterparts: counterparts.ok ? { unit: measureLabel(counterparts.data.measure, w), count: counterparts.data.bars.length } : { unit: "", count: 0 },
      people: people.ok ? people.data.bars.length : 0,
      convertedTo: selection.measure.kind === "currency" ? measureNoun(selection.measure, w) : null,
    }),
  };
}
