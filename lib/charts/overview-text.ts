import type { CurrencyView, RubleAssumption } from "@/lib/vocab/currency-view";
import { CATEGORY_CODES, type Category } from "@/lib/vocab";
import type { ChartFigure } from "./chart-types";
import type { FlowFigure } from "./flows";
import { VIEW_CURRENCY } from "./measure";
import type { Sides } from "./sides";
import { yearsCovered } from "./years";
import type { ChartWords } from "./words";

// The overview's sentences: the lede, the currency view in words, and the years a set of figures
// covers, as the subtitles say them.

export function currencyText(currency: CurrencyView, assume: RubleAssumption, { t }: ChartWords): string {
  if (currency === "original") return t("currencyView.original");
  const target = t(`currency.${VIEW_CURRENCY[currency]}`);
  if (assume === "none") return t("currencyView.noAssumption", { target });
  return t(assume === "old" ? "currencyView.assumeOld" : "currencyView.assumeNew", { target });
}

export function yearsOf(figures: readonly ChartFigure[], { t, fmt }: ChartWords): string {
  const years = yearsCovered(figures);
  if (!years) return t("years.notStated");
  const unknown = figures.filter((figure) => figure.period.yearStart === null || figure.period.yearEnd === null).length;
  return `${fmt.formatYearSpan(years.from, years.to)}${unknown > 0 ? ` ${t("years.withoutPeriod", { count: unknown })}` : ""}`;
}

function categoryList(flows: readonly FlowFigure[], direction: "a_to_b" | "b_to_a", w: ChartWords): string {
  const codes = [...new Set(flows.filter((flow) => flow.direction === direction).map((flow) => flow.figure.category))].sort(
    (a, b) => CATEGORY_CODES.indexOf(a as Category) - CATEGORY_CODES.indexOf(b as Category),
  );
  const words = codes.map((code) => w.category(code).toLowerCase());
  return words.length <= 1 ? (words[0] ?? "") : w.t("lede.list", { items: words.slice(0, -1).join(", "), last: words.at(-1)! });
}

/** One paragraph: what each side gave the other (by category), over which years, on what source. */
export function buildLede(flows: readonly FlowFigure[], sides: Sides, years: string, source: { author: string; title: string } | null, w: ChartWords): string {
  const { t } = w;
  const given = categoryList(flows, "a_to_b", w);
  const back = categoryList(flows, "b_to_a", w);
  const names = { a: sides.a.name, b: sides.b.name };
  const sentences = [
    given ? t("lede.gave", { ...names, given }) : "",
    back ? t("lede.back", { ...names, back }) : t("lede.nothingBack", names),
    t("lede.years", { years }),
    source ? t("lede.source", { author: source.author, title: source.title }) : "",
  ];
  return sentences.filter(Boolean).join(" ");
}
