import type { MarkInfo } from "@/lib/charts/chart-types";
import type { SankeyLinkDatum } from "@/lib/charts/flow-diagram/sankey";
import { measureLabel, type Measure } from "@/lib/charts/measure";
import type { ChartWords } from "@/lib/charts/words";

// What a flow's tooltip says, whether it is drawn as a link of the diagram or as a bar.

export function linkInfo(link: SankeyLinkDatum, measure: Measure, w: ChartWords): MarkInfo {
  const { t } = w;
  return {
    title: link.label,
    valueText: link.valueText,
    printed: null,
    phrase: null,
    period: null,
    direction: t(link.direction === "a_to_b" ? "flowInfo.firstToSecond" : "flowInfo.secondToFirst"),
    flags: [],
    derivedNote: link.derived ? t("counterparts.derivedNote") : null,
    extra: [
      t("counterparts.sumQualifier", { qualifier: link.qualifierWords, summary: link.summary }),
      t(link.figureCount > link.figures.length ? "flowInfo.figuresLargest" : "flowInfo.figures", { names: link.figuresText }),
      t("flowInfo.unit", { unit: measureLabel(measure, w) }),
    ],
    href: null,
  };
}
