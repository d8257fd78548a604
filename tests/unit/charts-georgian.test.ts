import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { capItems, nameSome } from "@/lib/charts/cap";
import { shapeOverview, type OverviewRequest } from "@/lib/charts/overview";
import { shapePeople } from "@/lib/charts/people/people";
import { composeExportSvg } from "@/lib/export/compose-svg";
import { georgianExportCss } from "@/lib/export/georgian-export-font";
import { EXPORT_SIZES, layoutExport, type ExportText } from "@/lib/export/layout";
import { EXPORT_THEMES } from "@/lib/export/theme";
import { georgianFontPath } from "@/lib/i18n/georgian-font";
import { datasetChartInput, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { EN, KA } from "../helpers/chart-words";

// The charts in Georgian: the same shaping as in English, with the words of messages/ka/charts.json
// and Georgian number formatting (a no-break space between groups, a decimal comma), and an exported
// image that carries the Georgian font it needs.

const DEFAULT: OverviewRequest = { currency: "original", assume: "none" };
const NBSP = "\u00a0";
const GEORGIAN = /[\u10D0-\u10FF]/;

describe("the charts' sentences in Georgian", () => {
  it("says a cap in Georgian, with Georgian number grouping", () => {
    const items = Array.from({ length: 12_345 }, (_, index) => index);
    const { cap } = capItems(items, 40, (a, b) => b - a, { kind: "largestBars", href: "/figures?dataset=x" }, KA);
    expect(cap!.text).toBe(`ნაჩვენებია 12${NBSP}345 ზოლიდან 40 უდიდესი, რადგან დიაგრამა მეტს გარკვევით ვერ აჩვენებს`);
    expect(cap!.linkText).toBe("ყველა იხილეთ „ძიებაში“");
    // The same cap in English is unchanged.
    expect(capItems(items, 40, (a, b) => b - a, { kind: "largestBars", href: "" }, EN).cap!.text).toBe(
      "Showing the 40 largest of 12,345 bars, because a chart cannot show more legibly",
    );
  });

  it("counts the names it leaves out in Georgian", () => {
    const names = Array.from({ length: 12_012 }, (_, index) => `f${index}`);
    expect(nameSome(names, KA)).toMatch(new RegExp(`^f0; f1; .*; f9 და კიდევ 12${NBSP}002$`));
  });

  it("gives the reason a chart is empty in Georgian", () => {
    // One money flow: nothing in persons, and no goods.
    const result = shapePeople([makeFigure({ unit: "USD" })], SIDES, KA);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(`${SIDES.a.code}-სა და ${SIDES.b.code}-ს შორის ადამიანების არცერთი მაჩვენებელი არ მოძრაობს.`);
  });

  it("summarises every chart of the bundled dataset in Georgian, its values in Georgian format", () => {
    const view = shapeOverview(datasetChartInput(), DEFAULT, KA);
    const ledger = view.ledger;
    expect(ledger.summary).toMatch(/^ორმხრივი რეესტრი: 4 ნაკადი USSR-სა და PRC-ს შორის/);
    // "6.2 billion rubles" in Georgian: a decimal comma and the scale word written out.
    expect(ledger.summary).toContain("6,2 მილიარდი მანეთი");
    expect(ledger.summary).toContain("უდიდესი: ");
    for (const chart of [view.ledger, view.sankey, view.counterparts, view.timeline, view.goods, view.people]) {
      expect(chart.summary).toMatch(GEORGIAN);
      expect(chart.subtitle).toMatch(GEORGIAN);
    }
    expect(view.timeline.summary).toMatch(/^ქრონოლოგია, 1945–1980/);
    expect(view.labels.titles.ledger).toBe("რა გადასცეს ერთმანეთს USSR-მ და PRC-მ");
    expect(view.lede).toMatch(/^მხარემ „Soviet Union“ მხარეს „People's Republic of China“ გადასცა: /);
  });

  it("keeps the English view as it was", () => {
    const view = shapeOverview(datasetChartInput(), DEFAULT, EN);
    expect(view.ledger.summary).toMatch(/^Two-way ledger of 4 flows between the USSR and the PRC, in Rubles/);
    expect(view.labels.titles.ledger).toBe("What the USSR and the PRC gave each other");
  });
});

describe("a Georgian chart image", () => {
  const loadFont = async (weight: 400 | 600 | 700) => (await readFile(georgianFontPath(weight))).toString("base64");
  const text: ExportText = {
    title: "რა გადასცეს ერთმანეთს USSR-მ და PRC-მ",
    subtitle: "Rubles · 1950–1962 · თითო ზოლი თითო მაჩვენებელზე.",
    legend: [{ glyph: "≈", label: "მიახლოებითი (დაახლოებით)" }],
    source: "წყარო: Neli Akhobadze, „Sino-Soviet Treaty“.",
    credit: "Aidflow · Sino-Soviet · ნაკრების ვერსია 1",
    permalink: "https://aidflow.example/ka/datasets/sino-soviet#chart-ledger",
    description: "ორმხრივი რეესტრი: 4 ნაკადი USSR-სა და PRC-ს შორის.",
  };

  it("embeds Noto Sans Georgian and draws its Georgian text", async () => {
    const fontCss = await georgianExportCss(`${text.title} ${text.subtitle}`, "ka", loadFont);
    const svg = composeExportSvg({ layout: layoutExport(text, EXPORT_SIZES.slide), theme: EXPORT_THEMES.light, fontCss, chart: null, title: text.title, description: text.description });
    expect(svg).toContain("<title id=\"export-title\">რა გადასცეს ერთმანეთს USSR-მ და PRC-მ</title>");
    expect(svg).toContain("ორმხრივი რეესტრი");
    const faces = svg.match(/@font-face\{font-family:"Noto Sans Georgian";font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g) ?? [];
    expect(faces).toHaveLength(3);
    // The embedded data is the font file itself (a woff2 starts with "wOF2").
    const base64 = /base64,([A-Za-z0-9+/=]+)\)/.exec(faces[0]!)![1]!;
    expect(Buffer.from(base64, "base64").subarray(0, 4).toString("latin1")).toBe("wOF2");
    expect(svg).toContain("unicode-range:U+0589,U+10A0-10FF");
  });

  it("embeds it for a Georgian page even when the image's text has no Georgian letter, and never for an English image", async () => {
    expect(await georgianExportCss("USSR → PRC 1950", "ka", loadFont)).toContain("Noto Sans Georgian");
    expect(await georgianExportCss("What the USSR and the PRC gave each other", "en", loadFont)).toBe("");
  });
});
