import { measureNoun } from "../measure";
import type { Direction } from "../sides";
import type { ChartWords } from "../words";
import type { SankeyData, SankeyLinkDatum } from "./sankey";

// A flow diagram of one or two flows draws the same band from end to end (side A, a category, the
// counterpart: one band, three times) and says nothing a bar would not say better. Below
// MIN_DIAGRAM_FLOWS, the flows are drawn as labelled bars instead, and the chart says why.

export const MIN_DIAGRAM_FLOWS = 3;

interface FlowBar {
  key: string;
  /** The whole path: "USSR → Credits and loans → PRC". */
  label: string;
  value: number;
  valueText: string;
  direction: Direction;
  derived: boolean;
  /** The link behind the bar, for its tooltip and table row. */
  link: SankeyLinkDatum;
}

export interface FlowBars {
  bars: FlowBar[];
  max: number;
  reason: string;
}

/** A flow: a path to a counterpart, drawn at the counterpart's end of the diagram. */
const flowsOf = (data: Pick<SankeyData, "links">) => data.links.filter((link) => link.counterpart !== null);

/** The bars to draw instead of the diagram, or null when the diagram has enough flows to be worth drawing. */
export function flowBarsOf(data: Pick<SankeyData, "links" | "measure">, w: ChartWords): FlowBars | null {
  const flows = flowsOf(data);
  if (flows.length >= MIN_DIAGRAM_FLOWS || flows.length === 0) return null;
  const bars = [...flows]
    .sort((a, b) => b.value - a.value)
    .map((link) => ({ key: `${link.direction}-${link.source}-${link.target}`, label: link.path, value: link.value, valueText: link.valueText, direction: link.direction, derived: link.derived, link }));
  const reason = w.t("flowBars.reason", { count: flows.length, unit: measureNoun(data.measure, w) });
  return { bars, max: Math.max(...bars.map((bar) => bar.value)), reason };
}
