import type { ChartEvent, ChartFigure, ChartPhase } from "./chart-types";
import { yearsCovered } from "./years";
import type { ChartWords } from "./words";

// The overview's year window (the URL's year_from and year_to). A figure is in the window only when
// its whole period is: a total over 1950–1962 is one value over that span, so a window of 1955–1960
// leaves it out rather than cut a share of it. Figures without a stated period cannot be placed and
// are left out too; the notes say how many. Events are dated points or spans and are shown when
// they touch the window.

export interface YearWindow {
  from?: number;
  to?: number;
}

export interface WindowedFigures {
  figures: ChartFigure[];
  events: ChartEvent[];
  /** The years the timeline shows. */
  range: { from: number; to: number };
  /** What the window leaves out, in words; empty without a window. */
  notes: string[];
}

/** The years a dataset is about: those its figures cover and its phases name. */
export function datasetYears(figures: readonly ChartFigure[], phases: readonly ChartPhase[]): { from: number; to: number } | null {
  const covered = yearsCovered(figures);
  const starts = phases.flatMap((phase) => (phase.startYear === null ? [] : [phase.startYear]));
  const ends = phases.flatMap((phase) => (phase.endYear === null ? [] : [phase.endYear]));
  const from = Math.min(...(covered ? [covered.from] : []), ...starts);
  const to = Math.max(...(covered ? [covered.to] : []), ...ends);
  return Number.isFinite(from) && Number.isFinite(to) && from <= to ? { from, to } : null;
}

function eventYears(events: readonly ChartEvent[]): { from: number; to: number } | null {
  return yearsCovered(events.map((event) => ({ period: { yearStart: event.yearStart, yearEnd: event.yearEnd } })));
}

const inWindow = (figure: ChartFigure, from: number, to: number) =>
  figure.period.yearStart !== null && figure.period.yearEnd !== null && figure.period.yearStart >= from && figure.period.yearEnd <= to;

export function applyYearWindow(
  input: { figures: readonly ChartFigure[]; events: readonly ChartEvent[]; phases: readonly ChartPhase[] },
  window: YearWindow,
  { t, fmt }: ChartWords,
): WindowedFigures {
  // Events only when nothing else has years: they often reach back well before the data.
  const years = datasetYears(input.figures, input.phases) ?? eventYears(input.events);
  const from = window.from ?? years?.from ?? window.to ?? 0;
  const to = window.to ?? years?.to ?? from;
  if (window.from === undefined && window.to === undefined) {
    return { figures: [...input.figures], events: [...input.events], range: { from, to }, notes: [] };
  }
  const figures = input.figures.filter((figure) => inWindow(figure, from, to));
  const events = input.events.filter((event) => event.yearStart <= to && event.yearEnd >= from);
  const span = fmt.formatYearSpan(from, to);
  const undated = input.figures.filter((figure) => figure.period.yearStart === null || figure.period.yearEnd === null).length;
  const across = input.figures.length - figures.length - undated;
  const notes: string[] = [];
  if (across > 0) notes.push(t("window.across", { count: across, span }));
  if (undated > 0) notes.push(t("window.undated", { count: undated, span }));
  return { figures, events, range: { from, to }, notes };
}
