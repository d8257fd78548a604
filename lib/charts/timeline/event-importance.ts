import type { ChartEvent, ChartFigure, ChartPhase } from "../chart-types";

// Which events matter most, judged from the data alone: an event on which figures begin or end
// (the same month, or the same day) is what the figures hang on; an event that opens or closes a
// phase marks a turn; an event in a year when many figures begin matters more than one in a quiet
// year. Used for the timeline's "key events" view; ties go to the earlier event.

const monthOf = (date: string | null) => (date && date.length >= 7 ? date.slice(0, 7) : null);

export function eventWeight(event: ChartEvent, figures: readonly ChartFigure[], phases: readonly ChartPhase[]): number {
  const month = monthOf(event.date);
  let weight = 0;
  for (const figure of figures) {
    const { start, end } = figure.period;
    if (month && (monthOf(start) === month || monthOf(end) === month)) weight += 2;
    if (figure.period.yearStart === event.yearStart) weight += 0.25;
  }
  for (const phase of phases) if (phase.startYear === event.yearStart || phase.endYear === event.yearEnd) weight += 1;
  return weight;
}

/** Ranks (1 = most important) of `events`, by weight and then date. */
export function rankEvents<T extends { id: number; x1: number; weight: number }>(events: readonly T[]): Map<number, number> {
  const order = [...events].sort((a, b) => b.weight - a.weight || a.x1 - b.x1 || a.id - b.id);
  return new Map(order.map((event, index) => [event.id, index + 1]));
}
