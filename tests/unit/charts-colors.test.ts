import { describe, expect, it } from "vitest";
import { contrastRatio, DEFICIENCIES, perceivedDifference, simulate } from "@/lib/charts/color-vision";
import { DIRECTION_PATTERNS } from "@/components/charts/direction-colors";
import { EXPORT_THEMES } from "@/lib/export/theme";
import { THEME_TOKENS, type ThemeName } from "@/lib/views/theme-tokens";

// The two direction colours must stay apart for readers with each colour-vision deficiency, in both
// themes, as the page draws them (the theme tokens) and as the image export draws them.
const MIN_DELTA_E = 20;
const THEMES: ThemeName[] = ["light", "dark"];

describe("colour-vision simulation", () => {
  it("leaves greys grey and confuses red with green for a deuteranope", () => {
    for (const deficiency of DEFICIENCIES) {
      const [r, g, b] = simulate("#777777", deficiency);
      expect(Math.abs(r - g)).toBeLessThan(0.02);
      expect(Math.abs(g - b)).toBeLessThan(0.03);
    }
    expect(perceivedDifference("#d62728", "#2ca02c", null)).toBeGreaterThan(50);
    expect(perceivedDifference("#d62728", "#2ca02c", "deuteranopia")).toBeLessThan(20);
  });
});

describe.each(THEMES)("direction colours, %s theme", (theme) => {
  const tokens = THEME_TOKENS[theme];
  it.each([null, ...DEFICIENCIES])("stay at least ΔE2000 %s apart under %s", (deficiency) => {
    expect(perceivedDifference(tokens["side-a"], tokens["side-b"], deficiency)).toBeGreaterThanOrEqual(MIN_DELTA_E);
    expect(perceivedDifference(EXPORT_THEMES[theme]["side-a"], EXPORT_THEMES[theme]["side-b"], deficiency)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it("stand out from the background (WCAG 1.4.11: 3:1 for graphics)", () => {
    expect(contrastRatio(tokens["side-a"], tokens.bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(tokens["side-b"], tokens.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe("direction patterns", () => {
  it("gives each direction its own pattern, so colour is never the only cue", () => {
    const patterns = Object.values(DIRECTION_PATTERNS);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
