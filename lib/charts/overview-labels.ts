import type { Sides } from "./sides";
import type { ChartWords } from "./words";

// The words the overview's chart parts show around the drawing: titles, legend entries and the
// fallbacks for a dataset without two sides. Shaped with the rest of the view, in its language, so
// every page that shows a chart (overview, embed, presentation, link preview) says the same thing.

export interface OverviewLabels {
  titles: { ledger: string; flow: string; counterparts: string; goods: string; people: string; timeline: string };
  legend: {
    firstSide: string;
    secondSide: string;
    notItemised: string;
    derived: string;
    derivedIncluded: string;
    implausible: string;
    implausibleGoods: string;
    /** The qualifier glyphs: open end, capped end, approximate. */
    lower: string;
    upper: string;
    approx: string;
    givenBy: string;
    receivedBy: string;
    event: string;
    /** "figure, USSR → PRC": the prefix before a direction. */
    figurePrefix: string;
    figure: string;
    figureOther: string;
    point: string;
  };
  /** The tables' captions that are not the chart's title. */
  captions: { goods: string; people: string };
  /** The bar lists' accessible names (their counts are the view's). */
  aria: { counterparts: string; people: string };
  /** The currency money is converted into, for the unit selector; null when nothing is converted. */
  convertedTo: string | null;
}

/** The goods chart's direction decides its title: who shipped whom. */
function goodsTitle(sides: Sides | null, goodsFrom: "a" | "b", { t }: ChartWords): string {
  if (!sides) return t("titles.goodsPlain");
  const [from, to] = goodsFrom === "a" ? [sides.a, sides.b] : [sides.b, sides.a];
  return t("titles.goods", { from: from.code, to: to.code });
}

interface LabelInput {
  sides: Sides | null;
  years: { from: number; to: number };
  /** Who shipped the goods drawn: side A or side B. */
  goodsFrom: "a" | "b";
  /** The counterparts' unit and bar count, and the people's bar count (0 when not drawn). */
  counterparts: { unit: string; count: number };
  people: number;
  convertedTo: string | null;
}

export function overviewLabels(w: ChartWords, { sides, years, goodsFrom, counterparts, people, convertedTo }: LabelInput): OverviewLabels {
  const { t } = w;
  const actor = sides?.a.code ?? t("legend.firstSide");
  return {
    titles: {
      ledger: sides ? t("titles.ledger", { a: sides.a.code, b: sides.b.code }) : t("titles.ledgerPlain"),
      flow: t("titles.flow"),
      counterparts: sides ? t("titles.counterparts", { actor: sides.a.code }) : t("titles.counterpartsPlain"),
      goods: goodsTitle(sides, goodsFrom, w),
      people: t("titles.people"),
      timeline: t("titles.timeline", { years: w.fmt.formatYearSpan(years.from, years.to) }),
    },
    legend: {
      firstSide: t("legend.firstSide"),
      secondSide: t("legend.secondSide"),
      notItemised: t("legend.notItemised"),
      derived: t("legend.derived"),
      derivedIncluded: t("legend.derivedIncluded"),
      implausible: t("legend.implausible"),
      implausibleGoods: t("legend.implausibleGoods"),
      lower: t("legend.lower"),
      upper: t("legend.upper"),
      approx: t("legend.approx"),
      givenBy: t("legend.givenBy", { actor }),
      receivedBy: t("legend.receivedBy", { actor }),
      event: t("legend.event"),
      figurePrefix: t("legend.figurePrefix"),
      figure: t("legend.figure"),
      figureOther: t("legend.figureOther"),
      point: t("legend.point"),
    },
    captions: { goods: t("captions.goods"), people: t("captions.people") },
    aria: {
      counterparts: t("aria.counterparts", { actor, unit: counterparts.unit, count: counterparts.count }),
      people: t("aria.people", { count: people }),
    },
    convertedTo,
  };
}
