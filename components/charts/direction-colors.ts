import type { Direction } from "@/lib/charts/sides";
import type { LegendColor } from "@/lib/export/legend";

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
