import type { ChartFigure } from "./chart-types";

/** The union of the years the figures cover, from those whose period states its years. */
export function yearsCovered(figures: readonly Pick<ChartFigure, "period">[]): { from: number; to: number } | null {
  const known = figures.filter((figure) => figure.period.yearStart !== null && figure.period.yearEnd !== null);
  if (known.length === 0) return null;
  return {
    from: Math.min(...known.map((figure) => figure.period.yearStart!)),
    to: Math.max(...known.map((figure) => figure.period.yearEnd!)),
  };
}
