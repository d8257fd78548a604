import type { ExportToken } from "./theme";

// A chart's legend as data, so that the page (HTML) and the exported image (SVG) draw the same
// entries. A swatch has a colour token and a style; a glyph is a character shown as the key.

export type LegendColor = Extract<ExportToken, "side-a" | "side-b" | "context" | "fg-muted" | "danger">;

export interface LegendItem {
  label: string;
  swatch?: { color: LegendColor; style: "solid" | "dashed" | "hatched" | "dotted" };
  glyph?: string;
}
