import type { CSSProperties } from "react";
import type { LegendItem } from "@/lib/export/legend";
import styles from "./charts.module.css";

// A chart's legend on the page, drawn from the same entries the exported image uses.

function swatchStyle(swatch: NonNullable<LegendItem["swatch"]>): CSSProperties {
  const color = `var(--${swatch.color})`;
  if (swatch.style === "dashed") return { background: "var(--bg-muted)", border: `1.5px dashed ${color}` };
  if (swatch.style === "hatched") return { background: `repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px)` };
  if (swatch.style === "dotted") return { background: `radial-gradient(circle, var(--bg) 1.2px, transparent 1.6px) 0 0 / 5px 5px, ${color}` };
  return { background: color };
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className={styles.legend} data-chart-legend>
      {items.map((item) => (
        <li key={item.label}>
          {item.swatch ? <span className={styles.swatch} style={swatchStyle(item.swatch)} aria-hidden="true" /> : null}
          {item.glyph ? <span aria-hidden="true">{item.glyph}</span> : null}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
