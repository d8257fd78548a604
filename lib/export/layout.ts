import type { LegendItem } from "./legend";
import { estimateTextWidth, truncateToWidth, wrapText } from "./text-metrics";
import type { ExportToken } from "./theme";

// Where everything goes in an exported chart image: the title and subtitle at the top, the chart,
// its legend, and a footer with the source, the credit line (Aidflow, the dataset and its
// version) and the permalink of the view. Each size lays out anew, so a square image wraps its
// text into more lines and gives the chart a squarer box; nothing is stretched. Pure: all sizes in
// px of the image's own coordinate system (its viewBox); PNGs render it at `pixelRatio`.

export const EXPORT_SIZES = {
  slide: { width: 1600, height: 900, pixelRatio: 2, label: "Slide, 16:9" },
  square: { width: 1080, height: 1080, pixelRatio: 2, label: "Square, for social posts" },
} as const;
export type ExportSizeName = keyof typeof EXPORT_SIZES;
export interface ExportSize {
  width: number;
  height: number;
  pixelRatio: number;
}

export interface ExportText {
  title: string;
  /** Unit, period and any conversion assumption. */
  subtitle: string;
  legend: readonly LegendItem[];
  /** The source citation line of the chart. */
  source: string;
  /** "Aidflow · <dataset> · dataset version N". */
  credit: string;
  /** The absolute URL of the view the image shows. */
  permalink: string;
  /** The chart in words (lib/charts/chart-summary.ts): the image's <desc>. */
  description?: string;
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  color: ExportToken;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LegendSlot {
  item: LegendItem;
  /** The label as drawn (cut to fit when a label alone is wider than the image). */
  label: string;
  /** Left edge of the key (swatch or glyph). */
  x: number;
  /** Centre line of the row. */
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  padding: number;
  title: TextBlock;
  subtitle: TextBlock;
  chart: Rect;
  legend: { fontSize: number; key: { width: number; height: number }; slots: LegendSlot[] };
  /** The rule between the chart and the footer. */
  ruleY: number;
  source: TextBlock;
  credit: TextBlock;
  permalink: TextBlock;
  /** The permalink whole (the drawn lines may break it). */
  permalinkHref: string;
}

const PADDING = 56;
const TITLE = { fontSize: 40, lineHeight: 48 };
const SUBTITLE = { fontSize: 22, lineHeight: 30 };
const LEGEND = { fontSize: 18, rowHeight: 30, key: { width: 24, height: 14 }, keyGap: 8, itemGap: 28 };
const FOOTER = { fontSize: 16, lineHeight: 22, permalinkSize: 15 };
/** Below this share of the height, the text blocks give up lines so the chart stays readable. */
const MIN_CHART_SHARE = 0.38;

function block(lines: string[], x: number, top: number, spec: { fontSize: number; lineHeight: number }, bold: boolean, color: ExportToken): TextBlock {
  // The first baseline sits about 0.8 em below the block's top.
  return { lines, x, y: top + Math.round(spec.fontSize * 0.85), fontSize: spec.fontSize, lineHeight: spec.lineHeight, bold, color };
}

const blockHeight = (lines: string[], lineHeight: number) => lines.length * lineHeight;

function layoutLegend(items: readonly LegendItem[], left: number, width: number): { slots: Omit<LegendSlot, "y">[]; rows: number[] } {
  const slots: Omit<LegendSlot, "y">[] = [];
  const rows: number[] = [];
  let x = left;
  let row = 0;
  const keyRoom = LEGEND.key.width + LEGEND.keyGap;
  for (const item of items) {
    const label = truncateToWidth(item.label, width - keyRoom, LEGEND.fontSize);
    const itemWidth = keyRoom + estimateTextWidth(label, LEGEND.fontSize);
    if (x > left && x + itemWidth > left + width) {
      row += 1;
      x = left;
    }
    slots.push({ item, label, x });
    rows.push(row);
    x += itemWidth + LEGEND.itemGap;
  }
  return { slots, rows };
}

export function layoutExport(text: ExportText, size: Pick<ExportSize, "width" | "height">): ExportLayout {
  const attempt = (limits: { title: number; subtitle: number; source: number }) => {
    const { width, height } = size;
    const inner = width - 2 * PADDING;
    const titleLines = wrapText(text.title, inner, TITLE.fontSize, { bold: true, maxLines: limits.title });
    const subtitleLines = wrapText(text.subtitle, inner, SUBTITLE.fontSize, { maxLines: limits.subtitle });
    const title = block(titleLines, PADDING, PADDING, TITLE, true, "fg");
    const subtitleTop = PADDING + blockHeight(titleLines, TITLE.lineHeight) + 6;
    const subtitle = block(subtitleLines, PADDING, subtitleTop, SUBTITLE, false, "fg-muted");
    const headerBottom = subtitleTop + blockHeight(subtitleLines, SUBTITLE.lineHeight);

    // The footer, from the bottom up.
    const permalinkLines = wrapText(text.permalink, inner, FOOTER.permalinkSize, { maxLines: 2 });
    const sourceLines = wrapText(text.source, inner, FOOTER.fontSize, { maxLines: limits.source });
    const creditLines = wrapText(text.credit, inner, FOOTER.fontSize, { bold: true, maxLines: 1 });
    const permalinkTop = height - PADDING + 8 - blockHeight(permalinkLines, FOOTER.lineHeight);
    const creditTop = permalinkTop - blockHeight(creditLines, FOOTER.lineHeight);
    const sourceTop = creditTop - blockHeight(sourceLines, FOOTER.lineHeight) - 4;
    const ruleY = sourceTop - 14;

    const legendLayout = layoutLegend(text.legend, PADDING, inner);
    const legendRows = text.legend.length === 0 ? 0 : Math.max(...legendLayout.rows) + 1;
    const legendTop = ruleY - 16 - legendRows * LEGEND.rowHeight;
    const slots = legendLayout.slots.map((slot, index) => ({
      ...slot,
      y: legendTop + legendLayout.rows[index]! * LEGEND.rowHeight + LEGEND.rowHeight / 2,
    }));

    const chartTop = headerBottom + 24;
    const chartBottom = legendTop - (legendRows > 0 ? 12 : 0);
    const layout: ExportLayout = {
      width,
      height,
      padding: PADDING,
      title,
      subtitle,
      chart: { x: PADDING, y: chartTop, width: inner, height: Math.max(0, chartBottom - chartTop) },
      legend: { fontSize: LEGEND.fontSize, key: LEGEND.key, slots },
      ruleY,
      source: block(sourceLines, PADDING, sourceTop, FOOTER, false, "fg-muted"),
      credit: block(creditLines, PADDING, creditTop, FOOTER, true, "fg"),
      permalink: block(permalinkLines, PADDING, permalinkTop, { fontSize: FOOTER.permalinkSize, lineHeight: FOOTER.lineHeight }, false, "accent"),
      permalinkHref: text.permalink,
    };
    return layout;
  };
  const generous = attempt({ title: 2, subtitle: 3, source: 3 });
  if (generous.chart.height >= size.height * MIN_CHART_SHARE) return generous;
  return attempt({ title: 1, subtitle: 2, source: 2 });
}

/**
 * How a chart drawn at `natural` size fits `box`: uniformly scaled (never stretched) and centred.
 * `maxScale` keeps a small chart from being blown up past readable proportions.
 */
export function fitChart(natural: { width: number; height: number }, box: Rect, maxScale = 2): Rect & { scale: number } {
  if (natural.width <= 0 || natural.height <= 0) return { ...box, width: 0, height: 0, scale: 1 };
  const scale = Math.min(box.width / natural.width, box.height / natural.height, maxScale);
  const width = natural.width * scale;
  const height = natural.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height, scale };
}

/**
 * The width to draw a chart at for export, given the height it takes (which our charts decide from
 * their data, not their width): wide enough that, scaled to the box's height, it fills the box's
 * width, but never scaled up by more than `maxScale`.
 */
export function exportDrawWidth(naturalHeight: number, box: Pick<Rect, "width" | "height">, maxScale = 2): number {
  if (naturalHeight <= 0 || box.height <= 0) return Math.round(box.width);
  const scale = Math.min(maxScale, box.height / naturalHeight);
  return Math.round(box.width / scale);
}
