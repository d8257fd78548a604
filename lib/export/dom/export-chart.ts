import { composeExportSvg } from "../compose-svg";
import { chartFileName } from "../file-names";
import { fontFaceCss } from "../fonts";
import { exportDrawWidth, layoutExport, type ExportSize, type ExportText } from "../layout";
import { EXPORT_THEMES, type ExportThemeName } from "../theme";
import { captureChartSvg } from "./capture-chart";
import { embeddedFontsFor, georgianFontCss } from "./embedded-fonts";
import { svgToPngBlob } from "./render-png";
import { saveBlob } from "./save-file";

// Makes one chart image and downloads it: lays out the image for its size, draws the chart at the
// width that fills the layout's chart box (the caller's `drawAt` renders it off screen in the
// export theme), copies the drawing with its styles inlined, embeds the fonts the text needs,
// composes the SVG, and for PNG rasterises it at the size's pixel ratio.

export interface ExportRequest {
  format: "png" | "svg";
  size: ExportSize;
  theme: ExportThemeName;
  text: ExportText;
  file: { dataset: string; chart: string; settings: [string, string | undefined][] };
  /** The page's language: a Georgian page's image embeds the Georgian font whatever its text. */
  locale?: string;
  /**
   * Draws the chart off screen at `width` px in `theme`, and resolves with its <svg> once drawn.
   * `height` is the image's chart box: a chart that lays itself out for that box (it marks its
   * <svg> with data-fits-box) is drawn once, at the image's own scale.
   */
  drawAt: (width: number, theme: ExportThemeName, height?: number | null) => Promise<SVGSVGElement>;
}

export async function exportChart({ format, size, theme, text, file, drawAt, locale = "en" }: ExportRequest): Promise<string> {
  const layout = layoutExport(text, size);
  // Our charts take their height from their data, not their width: draw once to learn it, then
  // again at the width that, scaled to the box's height, fills the box.
  let svg = await drawAt(Math.round(layout.chart.width), theme, Math.floor(layout.chart.height));
  const naturalHeight = svg.getBoundingClientRect().height;
  const width = exportDrawWidth(naturalHeight, layout.chart);
  if (!svg.hasAttribute("data-fits-box") && Math.abs(width - layout.chart.width) > 1) svg = await drawAt(width, theme);
  const chart = captureChartSvg(svg);

  const allText = [text.title, text.subtitle, text.source, text.credit, text.permalink, ...text.legend.map((item) => item.label), svg.textContent ?? ""].join(" ");
  const [fonts, georgian] = await Promise.all([embeddedFontsFor(allText), georgianFontCss(allText, locale)]);
  const fontCss = [fontFaceCss(fonts), georgian].filter(Boolean).join("\n");
  const compose = (pixelRatio: number) =>
    composeExportSvg({ layout, theme: EXPORT_THEMES[theme], fontCss, chart, title: text.title, description: text.description, pixelRatio });

  const fileName = chartFileName({ ...file, size: format === "png" ? { width: size.width * size.pixelRatio, height: size.height * size.pixelRatio } : { width: size.width, height: size.height }, extension: format, theme });
  if (format === "svg") {
    saveBlob(new Blob([compose(1)], { type: "image/svg+xml;charset=utf-8" }), fileName);
  } else {
    const blob = await svgToPngBlob(compose(size.pixelRatio), size.width * size.pixelRatio, size.height * size.pixelRatio);
    saveBlob(blob, fileName);
  }
  return fileName;
}
