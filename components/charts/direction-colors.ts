import type { Direction } from "@/lib/charts/sides";
import type { LegendColor, LegendItem } from "@/lib/export/legend";

// The colour of each direction of flow, for every chart, card, panel and legend: a theme token
// (lib/views/theme-tokens.ts), so the page, both themes and the exported image agree. Figures with
// no direction between the two sides are drawn in the context colour.

export type ColorKey = Direction | "context";

export const DIRECTION_TOKENS = { a_to_b: "side-a", b_to_a: "side-b", context: "context" } as const satisfies Record<ColorKey, LegendColor>;

export const DIRECTION_COLORS = {
  a_to_b: `var(--${DIRECTION_TOKENS.a_to_b})`,
  b_to_a: `var(--${DIRECTION_TOKENS.b_to_a})`,
  context: `var(--${DIRECTION_TOKENS.context})`,
} as const satisfies Record<ColorKey, string>;

/**
 * Each direction's pattern besides its colour, so colour is never the only cue: the first side's
 * marks are solid, the second side's dotted (svg-marks.tsx DirectionPatterns; the legends follow).
 */
export const DIRECTION_PATTERNS = { a_to_b: "solid", b_to_a: "dotted" } as const satisfies Record<Direction, NonNullable<LegendItem["swatch"]>["style"]>;

/** The fill of a direction's mark: its colour, or its pattern in `chart`. */
export function directionFill(chart: string, key: ColorKey): string {
  return key !== "context" && DIRECTION_PATTERNS[key] === "dotted" ? `url(#${chart}-dots-${key})` : DIRECTION_COLORS[key];
}
