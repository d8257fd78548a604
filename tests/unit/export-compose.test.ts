import { themeCss } from "@/lib/views/theme-tokens";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeExportSvg } from "@/lib/export/compose-svg";
import { escapeXml } from "@/lib/export/escape";
import { fontFaceCss, INTER_SUBSETS, subsetsFor } from "@/lib/export/fonts";
import { EXPORT_SIZES, exportDrawWidth, fitChart, layoutExport, type ExportText } from "@/lib/export/layout";
import { estimateTextWidth, truncateToWidth, wrapText } from "@/lib/export/text-metrics";
import { EXPORT_THEMES, EXPORT_TOKENS } from "@/lib/export/theme";

// The composition of exported chart images, without a DOM: text wrapping, the layout of each size,
// the SVG it writes (escaped, with the font embedded) and the colours it resolves.

const sample: ExportText = {
  title: "What the USSR and the PRC gave each other",
  subtitle:
    "Rubles, basis not stated · 1950–1962 · USSR → PRC to the left, PRC → USSR to the right; one bar per figure. Money as printed; nothing converted.",
  legend: [
    { label: "USSR → PRC", swatch: { color: "side-a", style: "solid" } },
    { label: "PRC → USSR", swatch: { color: "side-b", style: "solid" } },
    { label: "not itemised (total minus listed components)", swatch: { color: "fg-muted", style: "dashed" } },
    { label: "≈ derived (converted at a reference rate)", swatch: { color: "side-a", style: "hatched" } },
    { label: "open end: lower bound (more than, over, at least)", glyph: "▸" },
    { label: "implausible as printed", glyph: "⚠" },
  ],
  source: "Sources: 12 figures from Neli Akhobadze, “Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (1950-1980)” (4 sections).",
  credit: "Aidflow · Sino-Soviet exchange under the 1950 Treaty of Friendship (1945–1980) · dataset version 1",
  permalink: "https://aidflow.example/?family=money&unit=RUB#chart-ledger",
};

describe("text wrapping", () => {
  it("keeps every line within the width and loses no word", () => {
    const text = "Phases as bands, dated events as markers, and every figure with a period as one span from its start to its end.";
    const lines = wrapText(text, 300, 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 20)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(text);
  });

  it("breaks a word longer than a line (a URL) between characters", () => {
    const url = `https://aidflow.example/${"x".repeat(200)}`;
    const lines = wrapText(url, 400, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(url);
  });

  it("ends the last allowed line with an ellipsis when text is left over", () => {
    const lines = wrapText("word ".repeat(200), 300, 20, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(estimateTextWidth(lines[1]!, 20)).toBeLessThanOrEqual(300);
  });

  it("estimates wide scripts wider than Latin, and bold wider than regular", () => {
    expect(estimateTextWidth("测试测试", 20)).toBeGreaterThan(estimateTextWidth("test", 20));
    expect(estimateTextWidth("Title", 20, { bold: true })).toBeGreaterThan(estimateTextWidth("Title", 20));
    expect(truncateToWidth("short", 1000, 20)).toBe("short");
  });
});

describe("export layout", () => {
  for (const name of ["slide", "square"] as const) {
    it(`${name}: header, chart, legend and footer stack inside the image without overlapping`, () => {
      const size = EXPORT_SIZES[name];
      const layout = layoutExport(sample, size);
      const titleBottom = layout.subtitle.y + (layout.subtitle.lines.length - 1) * layout.subtitle.lineHeight;
      expect(layout.chart.y).toBeGreaterThan(titleBottom);
      const legendTop = Math.min(...layout.legend.slots.map((slot) => slot.y)) - 15;
      expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(legendTop);
      const legendBottom = Math.max(...layout.legend.slots.map((slot) => slot.y)) + 15;
      expect(legendBottom).toBeLessThanOrEqual(layout.ruleY);
      expect(layout.ruleY).toBeLessThan(layout.source.y);
      const permalinkBottom = layout.permalink.y + (layout.permalink.lines.length - 1) * layout.permalink.lineHeight;
      expect(permalinkBottom).toBeLessThanOrEqual(size.height);
      expect(layout.chart.height).toBeGreaterThan(size.height * 0.35);
      for (const block of [layout.title, layout.subtitle, layout.source, layout.credit, layout.permalink])
        for (const line of block.lines) expect(estimateTextWidth(line, block.fontSize, { bold: block.bold })).toBeLessThanOrEqual(size.width - 2 * layout.padding);
      // Every legend entry is placed, inside the image.
      expect(layout.legend.slots).toHaveLength(sample.legend.length);
      for (const slot of layout.legend.slots) expect(slot.x).toBeGreaterThanOrEqual(layout.padding);
    });
  }

  it("adapts to the aspect ratio: the square wraps into more lines and gives the chart a squarer box", () => {
    const slide = layoutExport(sample, EXPORT_SIZES.slide);
    const square = layoutExport(sample, EXPORT_SIZES.square);
    const rows = (layout: typeof slide) => new Set(layout.legend.slots.map((slot) => slot.y)).size;
    expect(square.subtitle.lines[0]!.length).toBeLessThan(slide.subtitle.lines[0]!.length);
    expect(square.subtitle.lines.join(" ")).toBe(slide.subtitle.lines.join(" "));
    expect(rows(square)).toBeGreaterThan(rows(slide));
    expect(square.chart.width / square.chart.height).toBeLessThan(slide.chart.width / slide.chart.height);
  });

  it("fits a chart without stretching it, centred, and draws it wide enough to fill the box", () => {
    const box = { x: 50, y: 100, width: 1500, height: 500 };
    const fitted = fitChart({ width: 1000, height: 1000 }, box);
    expect(fitted.width / fitted.height).toBeCloseTo(1);
    expect(fitted.height).toBeCloseTo(500);
    expect(fitted.x).toBeCloseTo(50 + (1500 - 500) / 2);
    // A chart 1000 px tall is drawn 3000 px wide, so that at the box's height it spans its width.
    const width = exportDrawWidth(1000, box);
    expect(fitChart({ width, height: 1000 }, box).width).toBeCloseTo(1500, 0);
    // A small chart is scaled up at most twice.
    expect(exportDrawWidth(100, box)).toBe(750);
  });
});

describe("the composed SVG", () => {
  const layout = layoutExport({ ...sample, title: 'Grain <script>alert("x")</script> & "rice"' }, EXPORT_SIZES.slide);
  const svg = composeExportSvg({
    layout,
    theme: EXPORT_THEMES.light,
    fontCss: fontFaceCss([{ subset: INTER_SUBSETS[0]!, base64: "AAAA" }]),
    chart: { markup: '<rect x="0" y="0" width="10" height="10" fill="#b3261e"/>', width: 800, height: 400 },
    title: 'Grain <script>alert("x")</script> & "rice"',
    pixelRatio: 2,
  });

  it("escapes text from the data: a label stays text", () => {
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("&amp;");
  });

  it("carries the title, the source line, the credit, the permalink and the embedded font", () => {
    expect(svg).toContain(escapeXml(layout.source.lines[0]!));
    expect(svg).toContain("Aidflow");
    expect(svg).toContain(`href="${escapeXml(sample.permalink)}"`);
    expect(svg).toMatch(/@font-face\{font-family:Inter;[^}]*src:url\(data:font\/woff2;base64,AAAA\)/);
    expect(svg).toContain('width="3200" height="1800" viewBox="0 0 1600 900"');
  });

  it("is well-formed XML (every element closed)", () => {
    const opened = (svg.match(/<(svg|g|text|a|style|defs|title|pattern)\b/g) ?? []).length;
    const closed = (svg.match(/<\/(svg|g|text|a|style|defs|title|pattern)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it("draws hatched legend keys with a pattern of their own", () => {
    expect(svg).toContain('id="export-hatch-side-a"');
    expect(svg).toContain('fill="url(#export-hatch-side-a)"');
  });
});

describe("fonts and colours", () => {
  it("embeds Latin always and other Inter subsets only when the text needs them", () => {
    expect(subsetsFor("Grain 1950").map((s) => s.name)).toEqual(["latin"]);
    expect(subsetsFor("Хлеб 粮食 პური").map((s) => s.name)).toEqual(["latin", "cyrillic"]);
    expect(subsetsFor("Łódź").map((s) => s.name)).toEqual(["latin", "latin-ext"]);
  });

  it("serves every subset from public/fonts", () => {
    for (const subset of INTER_SUBSETS) expect(readFileSync(path.join("public", "fonts", subset.file)).subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  it("renders every exported colour token as a page CSS variable in both themes", () => {
    const css = themeCss();
    const block = (selector: string) => css.slice(css.indexOf(selector)).split("}")[0]!;
    for (const token of EXPORT_TOKENS) {
      expect(block(":root{")).toContain(`--${token}:${EXPORT_THEMES.light[token]};`);
      expect(block(':root[data-theme="dark"]{')).toContain(`--${token}:${EXPORT_THEMES.dark[token]};`);
    }
  });
});

describe("the composed SVG's description", () => {
  const layout = layoutExport(sample, EXPORT_SIZES.slide);
  const compose = (description?: string) =>
    composeExportSvg({ layout, theme: EXPORT_THEMES.light, fontCss: "", chart: null, title: "Timeline", description });

  it("carries the chart's summary as <desc>, escaped, and points to it", () => {
    const svg = compose("Largest: Loan <1950>, more than 300 million rubles.");
    expect(svg).toContain('aria-describedby="export-desc"');
    expect(svg).toContain('<desc id="export-desc">Largest: Loan &lt;1950&gt;, more than 300 million rubles.</desc>');
  });

  it("has no <desc> when there is no summary", () => {
    expect(compose()).not.toContain("<desc");
  });

  it("draws dotted legend keys with a pattern of their own", () => {
    const dotted = layoutExport({ ...sample, legend: [{ label: "PRC → USSR", swatch: { color: "side-b", style: "dotted" } }] }, EXPORT_SIZES.slide);
    const svg = composeExportSvg({ layout: dotted, theme: EXPORT_THEMES.light, fontCss: "", chart: null, title: "t" });
    expect(svg).toContain('<pattern id="export-dots-side-b"');
    expect(svg).toContain('fill="url(#export-dots-side-b)"');
  });
});
