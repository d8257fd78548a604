import type { MarkInfo } from "@/lib/charts/chart-types";
import type { SankeyLinkDatum } from "@/lib/charts/flow-diagram/sankey";
import { measureLabel, type Measure } from "@/lib/charts/measure";

// What a flow's tooltip says, whether it is drawn as a link of the diagram or as a bar.

export function linkInfo(link: SankeyLinkDatum, measure: Measure): MarkInfo {
  return {
    title: link.label,
    valueText: link.valueText,
    printed: null,
    phrase: null,
    period: null,
    direction: link.direction === "a_to_b" ? "first side to second" : "second side to first",
    flags: [],
    derivedNote: link.derived ? "Includes values converted at reference rates (derived); see the ledger's tooltips for each rate." : null,
    extra: [
      `Qualifier of the sum: ${link.qualifierWords} (${link.summary}).`,
      `Figures${link.figureCount > link.figures.length ? ", the largest first" : ""}: ${link.figuresText}.`,
      `Unit: ${measureLabel(measure)}.`,
    ],
    href: null,
  };
}
