import type { HeadlineCardSpec } from "@/lib/schemas/dataset-meta";
import { isMoney, MONEY_FAMILY } from "@/lib/vocab";
import { figureHref, type ChartFigure } from "../chart-types";
import { classifyFigures } from "../flows";
import { flagList, periodText } from "../mark-info";
import { formatMeasured, valueIn, VIEW_CURRENCY, type ConversionContext } from "../measure";
import { DIRECTIONS, directionLabel, directionOf, type Direction, type Sides } from "../sides";
import type { ChartWords } from "../words";

// The headline cards at the top of the overview. A dataset names its key figures by key in its
// metadata (lib/schemas/dataset-meta.ts); any other dataset gets the largest top-level flow of each
// unit family in each direction. Figures on one
// card are separate lines, never summed: the engineers, the scientists and the graduates trained in
// the USSR are three counts that may overlap.

interface CardLine {
  figureId: number;
  label: string;
  valueText: string;
  printed: string;
  period: string;
  direction: Direction | null;
  directionText: string | null;
  flags: { code: string; label: string }[];
  /** Set in a converted currency view: the value in the chosen currency, marked derived. */
  converted: { text: string; note: string } | null;
  href: string;
}

export interface HeadlineCard {
  key: string;
  title: string;
  direction: Direction | null;
  lines: CardLine[];
  note: string | null;
}

function lineOf(figure: ChartFigure, sides: Sides, conversion: ConversionContext | null, w: ChartWords): CardLine {
  const direction = directionOf(figure, sides);
  let converted: CardLine["converted"] = null;
  if (conversion && conversion.currency !== "original" && isMoney(figure.unitInfo)) {
    const measure = { kind: "currency", currency: VIEW_CURRENCY[conversion.currency] } as const;
    const valued = valueIn(figure, measure, conversion, w);
    converted = valued.ok
      ? valued.derived
        ? { text: formatMeasured(valued.value, figure.qualifier, measure, { derived: true }, w), note: valued.derivedNote ?? "" }
        : null
      : { text: w.t("cards.notConverted"), note: valued.reason };
  }
  return {
    figureId: figure.id,
    label: figure.label,
    valueText: w.fmt.formatValue(figure),
    printed: figure.valuePrinted,
    period: periodText(figure, w),
    direction,
    directionText: direction ? directionLabel(direction, sides) : null,
    flags: flagList(figure.flags, w),
    converted,
    href: figureHref(figure.id),
  };
}

function cardOf(key: string, title: string, figures: ChartFigure[], sides: Sides, conversion: ConversionContext | null, note: string | null, w: ChartWords): HeadlineCard {
  const lines = figures.map((figure) => lineOf(figure, sides, conversion, w));
  const directions = new Set(lines.map((line) => line.direction));
  return { key, title, direction: directions.size === 1 ? lines[0]!.direction : null, lines, note };
}

export function shapeHeadlineCards(
  specs: readonly HeadlineCardSpec[] | undefined,
  figures: readonly ChartFigure[],
  sides: Sides,
  w: ChartWords,
  conversion: ConversionContext | null = null,
  /** Keys of figures that exist but are outside the overview's year window: left out without a note. */
  outsideWindow: ReadonlySet<string> = new Set(),
): { cards: HeadlineCard[]; notes: string[] } {
  const notes: string[] = [];
  if (specs && specs.length > 0) {
    const byKey = new Map(figures.map((figure) => [figure.key, figure]));
    const cards = specs.flatMap((spec) => {
      const found = spec.keys.map((key) => byKey.get(key)).filter((figure): figure is ChartFigure => figure !== undefined);
      const missing = spec.keys.filter((key) => !byKey.has(key) && !outsideWindow.has(key));
      if (missing.length > 0) notes.push(w.t("cards.missing", { title: spec.title, keys: missing.join(", ") }));
      return found.length > 0 ? [cardOf(spec.keys[0]!, spec.title, found, sides, conversion, spec.note ?? null, w)] : [];
    });
    if (cards.length > 0) return { cards, notes };
  }
  // Generic: per family and direction, the largest top-level flow in the family's most used unit.
  const { flows } = classifyFigures(figures, sides);
  const cards: HeadlineCard[] = [];
  // Money first, then the families in the order their first flow appears.
  const families = [...new Set([MONEY_FAMILY, ...flows.map((flow) => flow.figure.unitInfo.family)])];
  for (const family of families) {
    for (const direction of DIRECTIONS) {
      const candidates = flows.filter((flow) => flow.direction === direction && flow.figure.unitInfo.family === family);
      if (candidates.length === 0) continue;
      const unitCounts = new Map<string, number>();
      for (const { figure } of candidates) unitCounts.set(figure.unit, (unitCounts.get(figure.unit) ?? 0) + 1);
      const unit = [...unitCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const largest = candidates.filter((flow) => flow.figure.unit === unit).sort((a, b) => b.figure.value - a.figure.value)[0]!;
      cards.push(
        cardOf(
          largest.figure.key,
          `${w.family(family, largest.figure.unitInfo.familyLabel)}, ${directionLabel(direction, sides)}`,
          [largest.figure],
          sides,
          conversion,
          null,
          w,
        ),
      );
    }
  }
  return { cards: cards.slice(0, 6), notes };
}
