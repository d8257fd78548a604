import { loadConversionRatesFile, loadDatasetFile } from "@/lib/import/dataset/load";
import { CONVERSION_RATES_FILE, DATASET_FILES } from "@/lib/import/dataset/paths";
import { yearOf } from "@/lib/schemas/partial-date";
import type { ChartEvent, ChartFigure, ChartPhase } from "@/lib/charts/chart-types";
import type { OverviewInput } from "@/lib/charts/overview";
import type { RateRow } from "@/lib/vocab/convert";
import type { Measure } from "@/lib/charts/measure";
import { unitInfoOf } from "./vocabulary";

// Chart inputs for unit tests: the real dataset file turned into DTO-like objects (ids in file
// order, as the seed assigns them), and small factories for synthetic cases.

const SOURCE = { key: "paper", citation: "Paper.", author: "A. Author", year: null, title: "A paper", url: null };

export function datasetChartInput(): OverviewInput & { figures: ChartFigure[]; events: ChartEvent[]; phases: ChartPhase[] } {
  const file = loadDatasetFile(DATASET_FILES[0]!);
  const actors = new Map(file.actors.map((actor) => [actor.code, { code: actor.code, name: actor.name }]));
  const sources = new Map(
    file.sources.map((source) => [
      source.key,
      { key: source.key, citation: source.citation, author: source.author, year: source.year, title: source.title, url: source.url },
    ]),
  );
  const idOf = new Map(file.figures.map((figure, index) => [figure.key, index + 1]));
  const figures: ChartFigure[] = file.figures.map((entry, index) => ({
    id: index + 1,
    key: entry.key,
    label: entry.label,
    category: entry.category,
    kind: entry.kind,
    from: entry.from ? actors.get(entry.from)! : null,
    to: entry.to ? actors.get(entry.to)! : null,
    value: entry.value,
    valuePrinted: entry.printed,
    unit: entry.unit,
    unitInfo: unitInfoOf(entry.unit),
    priceBasis: entry.priceBasis,
    priceYear: entry.priceYear,
    denomination: entry.denomination,
    qualifier: entry.qualifier,
    period: {
      start: entry.period.start,
      end: entry.period.end,
      status: entry.period.status,
      text: entry.period.text,
      yearStart: entry.period.start === null ? null : yearOf(entry.period.start),
      yearEnd: entry.period.end === null ? null : yearOf(entry.period.end),
    },
    parentId: entry.parent === null ? null : idOf.get(entry.parent)!,
    derived: entry.derived,
    derivation: entry.derivation,
    source: sources.get(entry.source)!,
    section: entry.section,
    phrase: entry.phrase,
    flags: [...entry.flags],
  }));
  const phaseLabels = new Map(file.phases.map((phase) => [phase.key, phase.label]));
  const events: ChartEvent[] = file.events.map((entry, index) => ({
    id: index + 1,
    key: entry.key,
    date: entry.date,
    endDate: entry.endDate,
    dateText: entry.dateText,
    yearStart: yearOf(entry.date),
    yearEnd: yearOf(entry.endDate ?? entry.date),
    label: entry.label,
    type: entry.type,
    phase: entry.phase ? { key: entry.phase, label: phaseLabels.get(entry.phase)! } : null,
    source: sources.get(entry.source)!,
    section: entry.section,
    phrase: entry.phrase,
    flags: [...entry.flags],
  }));
  const phases: ChartPhase[] = file.phases.map((phase) => ({ key: phase.key, label: phase.label, startYear: phase.startYear, endYear: phase.endYear }));
  const rates: RateRow[] = loadConversionRatesFile(CONVERSION_RATES_FILE).map((rate) => ({
    key: rate.key,
    unit: rate.unit,
    perUnit: rate.perUnit,
    rate: rate.rate,
    validFrom: rate.validFrom,
    validTo: rate.validTo,
    description: rate.description,
    sourceTitle: rate.sourceTitle,
    sourceUrl: rate.sourceUrl,
  }));
  const primary = file.sources.find((source) => source.kind === "primary")!;
  return {
    meta: file.dataset.meta,
    figures,
    events,
    phases,
    rates,
    primarySource: { author: primary.author, title: primary.title },
  };
}

let nextId = 1000;

/** A synthetic figure: USSR -> PRC, 100 persons, exact, 1950–1955, unless overridden; its unit named as the shipped data names it. */
export function makeFigure(overrides: Omit<Partial<ChartFigure>, "period"> & { period?: Partial<ChartFigure["period"]> } = {}): ChartFigure {
  const id = overrides.id ?? nextId++;
  const { period, ...rest } = overrides;
  const start = period?.start === undefined ? "1950" : period.start;
  const end = period?.end === undefined ? "1955" : period.end;
  return {
    id,
    key: `figure-${id}`,
    label: `Figure ${id}`,
    category: "personnel",
    kind: "count",
    from: { code: "USSR", name: "Soviet Union" },
    to: { code: "PRC", name: "People's Republic of China" },
    value: 100,
    valuePrinted: "100",
    unit: "persons",
    unitInfo: unitInfoOf(overrides.unit ?? "persons"),
    priceBasis: null,
    priceYear: null,
    denomination: null,
    qualifier: "exact",
    parentId: null,
    derived: false,
    derivation: null,
    source: SOURCE,
    section: "Section",
    phrase: "one hundred",
    flags: [],
    ...rest,
    period: {
      start,
      end,
      status: period?.status ?? (start === null ? "unknown" : "stated"),
      text: period?.text ?? null,
      yearStart: start === null ? null : yearOf(start),
      yearEnd: end === null ? null : yearOf(end),
    },
  };
}

/** The axis of one unit, named as the shipped data names it. */
export function measureOf(code: string): Measure {
  return { kind: "unit", unit: code, info: unitInfoOf(code) };
}

const USSR = { code: "USSR", name: "Soviet Union" };
const PRC = { code: "PRC", name: "People's Republic of China" };
export const SIDES = { a: USSR, b: PRC };

export function makeEvent(overrides: Partial<ChartEvent> = {}): ChartEvent {
  const id = overrides.id ?? nextId++;
  const date = overrides.date ?? "1950-02-14";
  return {
    id,
    key: `event-${id}`,
    date,
    endDate: null,
    dateText: date,
    yearStart: yearOf(date),
    yearEnd: yearOf(overrides.endDate ?? date),
    label: `Event ${id}`,
    type: "signing",
    phase: null,
    source: SOURCE,
    section: "Section",
    phrase: "signed",
    flags: [],
    ...overrides,
  };
}

/** An actor reference as figures carry it. */
export function makeActor(code: string, name = `Actor ${code}`): { code: string; name: string } {
  return { code, name };
}

/** A dataset of only these figures: no metadata, events, phases, rates or primary source. */
export function flowsInput(figures: ChartFigure[], meta: OverviewInput["meta"] = {}): OverviewInput {
  return { meta, figures, events: [], phases: [], rates: [], primarySource: null };
}

/** A money flow: `value` US dollars from `from` to `to`, a grant, exact, 1948–1952 unless overridden. */
export function makeMoneyFlow(
  from: { code: string; name: string },
  to: { code: string; name: string },
  value: number,
  overrides: Parameters<typeof makeFigure>[0] = {},
): ChartFigure {
  return makeFigure({ from, to, value, valuePrinted: String(value), unit: "USD", category: "credits_loans", kind: "delivery", period: { start: "1948", end: "1952" }, ...overrides });
}
