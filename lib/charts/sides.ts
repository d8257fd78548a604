import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import type { ChartFigure } from "./chart-types";

// The two parties whose exchange the overview draws. A dataset names them in its metadata; without
// that (or when they have no figures) the pair of actors with the most figures between them is
// drawn, so the overview still works for a dataset nobody has configured.

export interface ActorRef {
  code: string;
  name: string;
}

export interface Sides {
  /** Drawn on the left of the ledger and in the first side's colour (var(--side-a)). */
  a: ActorRef;
  /** Drawn on the right and in the second side's colour (var(--side-b)). */
  b: ActorRef;
}

export type Direction = "a_to_b" | "b_to_a";
export const DIRECTIONS: readonly Direction[] = ["a_to_b", "b_to_a"];

export function resolveSides(configured: DatasetMeta["sides"], figures: readonly ChartFigure[]): Sides | null {
  const names = new Map<string, string>();
  for (const figure of figures) {
    if (figure.from) names.set(figure.from.code, figure.from.name);
    if (figure.to) names.set(figure.to.code, figure.to.name);
  }
  if (configured && names.has(configured.a) && names.has(configured.b)) {
    return { a: { code: configured.a, name: names.get(configured.a)! }, b: { code: configured.b, name: names.get(configured.b)! } };
  }
  // Most figures between an unordered pair; ties go to the pair seen first.
  const counts = new Map<string, { a: ActorRef; b: ActorRef; count: number }>();
  for (const figure of figures) {
    if (!figure.from || !figure.to || figure.from.code === figure.to.code) continue;
    const [first, second] = [figure.from, figure.to].sort((x, y) => x.code.localeCompare(y.code));
    const id = `${first!.code}|${second!.code}`;
    const entry = counts.get(id) ?? { a: { ...figure.from }, b: { ...figure.to }, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  let best: { a: ActorRef; b: ActorRef; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best ? { a: best.a, b: best.b } : null;
}

export function directionOf(figure: Pick<ChartFigure, "from" | "to">, sides: Sides): Direction | null {
  const from = figure.from?.code;
  const to = figure.to?.code;
  if (from === sides.a.code && to === sides.b.code) return "a_to_b";
  if (from === sides.b.code && to === sides.a.code) return "b_to_a";
  return null;
}

/** "USSR → PRC" */
export function directionLabel(direction: Direction, sides: Sides): string {
  return direction === "a_to_b" ? `${sides.a.code} → ${sides.b.code}` : `${sides.b.code} → ${sides.a.code}`;
}
