import { escapeUrl, escapeXml } from "./escape";
import { fitChart, type ExportLayout, type TextBlock } from "./layout";
import type { LegendItem } from "./legend";
import { EXPORT_FONT_FAMILY, type ExportTheme } from "./theme";

// One standalone SVG for an exported chart: a background, the title and subtitle, the chart
// (the page's own drawing, with its styles inlined by lib/export/dom/capture-chart.ts), its legend,
// and a footer with the source, the credit line and the permalink. The font is embedded in the
// file's <style> as data URLs, so the text renders the same on any machine. All text from the data
// is escaped here; the chart's markup arrives serialised by the browser (already escaped).

export interface ChartMarkup {
  /** The children of the chart's <svg>, serialised. */
  markup: string;
  /** The size the chart was drawn at (its viewBox). */
  width: number;
  height: number;
}

export interface ComposeInput {
  layout: ExportLayout;
  theme: ExportTheme;
  /** @font-face rules (lib/export/fonts.ts fontFaceCss); empty to rely on installed fonts. */
  fontCss: string;
  chart: ChartMarkup | null;
  title: string;
  /** The chart in words, for screen readers and search: the SVG's <desc>. */
  description?: string;
  /** Written on the root element as width and height: the PNG renderer asks for 2× pixels. */
  pixelRatio?: number;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

function textBlock(block: TextBlock, theme: ExportTheme, attrs = ""): string {
  return block.lines
    .map(
      (line, index) =>
        `<text x="${num(block.x)}" y="${num(block.y + index * block.lineHeight)}" font-size="${block.fontSize}" font-weight="${block.bold ? 700 : 400}" fill="${theme[block.color]}"${attrs}>${escapeXml(line)}</text>`,
    )
    .join("");
}

function legendKey(item: LegendItem, x: number, y: number, key: { width: number; height: number }, theme: ExportTheme, fontSize: number): string {
  const top = y - key.height / 2;
  if (item.swatch) {
    const color = theme[item.swatch.color];
    const rect = `x="${num(x)}" y="${num(top)}" width="${key.width}" height="${key.height}" rx="2"`;
    if (item.swatch.style === "dashed")
      return `<rect ${rect} fill="${theme["bg-muted"]}" stroke="${color}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    if (item.swatch.style === "hatched")
      return `<rect ${rect} fill="url(#export-hatch-${item.swatch.color})" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3"/>`;
    if (item.swatch.style === "dotted") return `<rect ${rect} fill="url(#export-dots-${item.swatch.color})"/>`;
    return `<rect ${rect} fill="${color}"/>`;
  }
  if (item.glyph) {
    const color = item.glyph === "⚠" ? theme.danger : theme.fg;
    return `<text x="${num(x + key.width / 2)}" y="${num(y + fontSize * 0.35)}" text-anchor="middle" font-size="${fontSize}" font-weight="700" fill="${color}">${escapeXml(item.glyph)}</text>`;
  }
  return "";
}

function dotPatterns(layout: ExportLayout, theme: ExportTheme): string {
  const colors = new Set(layout.legend.slots.flatMap((slot) => (slot.item.swatch?.style === "dotted" ? [slot.item.swatch.color] : [])));
  return [...colors]
    .map((color) => `<pattern id="export-dots-${color}" patternUnits="userSpaceOnUse" width="5" height="5"><rect width="5" height="5" fill="${theme[color]}"/><circle cx="2.5" cy="2.5" r="1.2" fill="${theme.bg}"/></pattern>`)
    .join("");
}

function hatchPatterns(layout: ExportLayout, theme: ExportTheme): string {
  const colors = new Set(layout.legend.slots.flatMap((slot) => (slot.item.swatch?.style === "hatched" ? [slot.item.swatch.color] : [])));
  return [...colors]
    .map(
      (color) =>
        `<pattern id="export-hatch-${color}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${theme[color]}" opacity="0.25"/><line x1="0" y1="0" x2="0" y2="6" stroke="${theme[color]}" stroke-width="3"/></pattern>`,
    )
    .join("");
}

export function composeExportSvg({ layout, theme, fontCss, chart, title, description, pixelRatio = 1 }: ComposeInput): string {
  const { width, height } = layout;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width * pixelRatio}" height="${height * pixelRatio}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title"${description ? ' aria-describedby="export-desc"' : ""}>`,
  );
  parts.push(`<title id="export-title">${escapeXml(title)}</title>`);
  if (description) parts.push(`<desc id="export-desc">${escapeXml(description)}</desc>`);
  // CDATA keeps the CSS literal; the font data is base64, which never contains "]]>".
  parts.push(`<style><![CDATA[\n${fontCss}\ntext{font-family:${EXPORT_FONT_FAMILY};}\n]]></style>`);
  parts.push(`<defs>${hatchPatterns(layout, theme)}${dotPatterns(layout, theme)}</defs>`);
  parts.push(`<rect width="${width}" height="${height}" fill="${theme.bg}"/>`);
  parts.push(`<g data-export="header">${textBlock(layout.title, theme)}${textBlock(layout.subtitle, theme)}</g>`);
  if (chart && chart.width > 0 && chart.height > 0) {
    const box = fitChart(chart, layout.chart);
    parts.push(
      `<svg data-export="chart" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" viewBox="0 0 ${num(chart.width)} ${num(chart.height)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${chart.markup}</svg>`,
    );
  }
  const legend = layout.legend;
  parts.push(
    `<g data-export="legend">${legend.slots
      .map(
        (slot) =>
          `${legendKey(slot.item, slot.x, slot.y, legend.key, theme, legend.fontSize)}<text x="${num(slot.x + legend.key.width + 8)}" y="${num(slot.y + legend.fontSize * 0.35)}" font-size="${legend.fontSize}" fill="${theme["fg-muted"]}">${escapeXml(slot.label)}</text>`,
      )
      .join("")}</g>`,
  );
  parts.push(`<line x1="${layout.padding}" x2="${width - layout.padding}" y1="${num(layout.ruleY)}" y2="${num(layout.ruleY)}" stroke="${theme.border}" stroke-width="1"/>`);
  const href = escapeUrl(layout.permalinkHref);
  parts.push(
    `<g data-export="footer">${textBlock(layout.source, theme, ' data-export-part="source"')}${textBlock(layout.credit, theme, ' data-export-part="credit"')}${
      href ? `<a href="${href}" data-export-part="permalink">${textBlock(layout.permalink, theme)}</a>` : textBlock(layout.permalink, theme)
    }</g>`,
  );
  parts.push("</svg>");
  return parts.join("");
}
