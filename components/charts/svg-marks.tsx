"use client";

import type { Tip } from "@/lib/charts/qualifier-tip";
import styles from "./charts.module.css";
import type { Direction } from "@/lib/charts/sides";
import { DIRECTION_COLORS, DIRECTION_PATTERNS, type ColorKey } from "./direction-colors";

// Small SVG pieces the bar charts share: the hatch patterns that mark derived (converted) values,
// the dotted fill of the second direction, and the glyphs that show a qualifier at the end of a bar.

export const hatchId = (chart: string, color: ColorKey) => `${chart}-hatch-${color}`;

/** Diagonal hatching in each direction colour: the fill of a converted, derived value. */
export function ChartPatterns({ chart }: { chart: string }) {
  return (
    <defs>
      {(Object.keys(DIRECTION_COLORS) as ColorKey[]).map((key) => (
        <pattern key={key} id={hatchId(chart, key)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" className={styles.hatchFill} style={{ fill: DIRECTION_COLORS[key] }} />
          <line x1="0" y1="0" x2="0" y2="6" className={styles.hatchLine} style={{ stroke: DIRECTION_COLORS[key] }} />
        </pattern>
      ))}
    </defs>
  );
}

/** The pattern fill of each dotted direction (direction-colors.ts): its colour, dotted with the background. */
export function DirectionPatterns({ chart }: { chart: string }) {
  return (
    <defs>
      {(Object.keys(DIRECTION_PATTERNS) as Direction[])
        .filter((key) => DIRECTION_PATTERNS[key] === "dotted")
        .map((key) => (
          <pattern key={key} id={`${chart}-dots-${key}`} patternUnits="userSpaceOnUse" width="5" height="5">
            <rect width="5" height="5" style={{ fill: DIRECTION_COLORS[key] }} />
            <circle cx="2.5" cy="2.5" r="1.2" style={{ fill: "var(--bg)" }} />
          </pattern>
        ))}
    </defs>
  );
}

/**
 * The end of a bar says what kind of number it is: an open chevron for a lower bound ("more than"),
 * a cap for an upper bound ("up to"), "≈" for an approximate value. `x` is the bar's outer end,
 * `sign` the side it grows to (+1 right, -1 left).
 */
export function BarTip({ tip, x, y, height, sign, color }: { tip: Tip; x: number; y: number; height: number; sign: 1 | -1; color: string }) {
  const mid = y + height / 2;
  if (tip === "lower") {
    const d = `M ${x + sign * 3} ${y} L ${x + sign * 11} ${mid} L ${x + sign * 3} ${y + height}`;
    return <path d={d} className={styles.tipLower} style={{ stroke: color }} data-tip="lower" />;
  }
  if (tip === "upper") {
    return (
      <path
        d={`M ${x} ${y - 3} L ${x} ${y + height + 3} M ${x} ${y - 3} L ${x - sign * 5} ${y - 3} M ${x} ${y + height + 3} L ${x - sign * 5} ${y + height + 3}`}
        className={styles.tipUpper}
        data-tip="upper"
      />
    );
  }
  if (tip === "approx") {
    return (
      <text x={x + sign * 4} y={mid + 5} textAnchor={sign === 1 ? "start" : "end"} className={styles.tipApprox} data-tip="approx">
        ≈
      </text>
    );
  }
  return null;
}

/** A warning marker for a value flagged implausible as printed. */
export function WarningMark({ x, y, anchor }: { x: number; y: number; anchor: "start" | "middle" | "end" }) {
  return (
    <text x={x} y={y} textAnchor={anchor} className={styles.warningMark} data-flag="implausible_as_printed">
      ⚠
    </text>
  );
}
