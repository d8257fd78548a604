import { formatYearSpan } from "@/lib/format";
import { CURRENCY_NAMES } from "@/lib/vocab/convert";
import type { CurrencyView, RubleAssumption } from "@/lib/vocab/currency-view";
import { CATEGORY_CODES, type Category } from "@/lib/vocab";
import { categoryLabel } from "@/lib/vocab/labels";
import type { ChartFigure } from "./chart-types";
import type { FlowFigure } from "./flows";
import { VIEW_CURRENCY } from "./measure";
import type { Sides } from "./sides";
import { yearsCovered } from "./years";

// The overview's sentences: the lede, the currency view in words, and the years a set of figures
// covers, as the subtitles say them.

export function currencyText(currency: CurrencyView, assume: RubleAssumption): string {
  if (currency === "original") return "Money as printed; nothing converted.";
  const target = CURRENCY_NAMES[VIEW_CURRENCY[currency]];
  const base = `Money converted to ${target} at reference rates (derived, never printed by the source)`;
  if (assume === "none") return `${base}. No ruble assumption: rubles the source does not call old or new are not converted and not shown.`;
  return `${base}, assuming unstated rubles are ${assume} rubles (${assume === "old" ? "before" : "from"} the 1961 reform).`;
}

export function yearsOf(figures: readonly ChartFigure[]): string {
  const years = yearsCovered(figures);
  if (!years) return "period not stated";
  const unknown = figures.filter((figure) => figure.period.yearStart === null || figure.period.yearEnd === null).length;
  return `${formatYearSpan(years.from, years.to)}${unknown > 0 ? ` (${unknown} without a stated period)` : ""}`;
}

function categoryList(flows: readonly FlowFigure[], direction: "a_to_b" | "b_to_a"): string {
  const codes = [...new Set(flows.filter((flow) => flow.direction === direction).map((flow) => flow.figure.category))].sort(
    (a, b) => CATEGORY_CODES.indexOf(a as Category) - CATEGORY_CODES.indexOf(b as Category),
  );
  const words = codes.map((code) => categoryLabel(code).toLowerCase());
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** One paragraph: what each side gave the other (by category), over which years, on what source. */
export function buildLede(flows: readonly FlowFigure[], sides: Sides, years: string, source: { author: string; title: string } | null): string {
  const given = categoryList(flows, "a_to_b");
  const back = categoryList(flows, "b_to_a");
  const sentences = [
    given ? `The ${sides.a.name} gave the ${sides.b.name} ${given}.` : "",
    back ? `The ${sides.b.name} sent back ${back}.` : `Nothing is recorded flowing from the ${sides.b.name} to the ${sides.a.name}.`,
    `The figures cover ${years}; the cards and charts below give each one with its qualifier, unit and period.`,
    source
      ? `Every number is as printed in ${source.author}, “${source.title}”; numbers that look wrong are kept as printed and flagged, and nothing is converted unless you ask.`
      : "",
  ];
  return sentences.filter(Boolean).join(" ");
}
