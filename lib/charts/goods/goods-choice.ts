import type { ChartFigure } from "../chart-types";
import { notFlowReason } from "../flows";
import { DIRECTIONS, directionOf, type Direction, type Sides } from "../sides";

// Which goods the chart shows by default: the unit of mass and the direction with the most goods
// figures (flows by weight) between the two sides, so that every dataset with goods draws some.
// Ties go to the direction listed first (side A to side B) and then to the unit code.

const GOODS_FAMILY = "mass";

export function chooseGoods(figures: readonly ChartFigure[], sides: Sides): { unit: string; direction: Direction } | null {
  const counts = new Map<string, { unit: string; direction: Direction; count: number }>();
  for (const figure of figures) {
    if (figure.unitInfo.family !== GOODS_FAMILY || !(figure.value > 0)) continue;
    const direction = directionOf(figure, sides);
    if (!direction || notFlowReason(figure, sides) !== null) continue;
    const key = `${direction}|${figure.unit}`;
    const entry = counts.get(key) ?? { unit: figure.unit, direction, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) || a.unit.localeCompare(b.unit),
  );
  const best = ranked[0];
  return best ? { unit: best.unit, direction: best.direction } : null;
}
