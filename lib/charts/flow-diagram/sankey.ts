import { categoryLabel } from "@/lib/vocab/labels";
import { categoryOrder } from "../category-order";
import { chartEmpty, chartOk, type ChartResult } from "../chart-types";
import { measureNoun, type Measure } from "../measure";
import type { MeasuredFlow, MeasureFigures } from "../measure-figures";
import { DIRECTIONS, directionLabel, type Direction, type Sides } from "../sides";
import { COMBINED_QUALIFIER_WORDS, summableFlows, sumFlows } from "../sum-flows";

// The flow diagram: for the ledger's measure, side A (sent) -> categories -> side B (received), and
// the same the other way round. A link's width is a sum, so it follows the rules of
// sum-flows.ts, as the balance does: top-level figures only, inconsistent figures left out, qualifiers combined.

export const SANKEY_RULES_TEXT =
  "Each link is the sum of the top-level figures of one category on this axis (components are inside their totals and never counted twice). " +
  "Figures flagged as inconsistent within the source are left out, and the qualifiers of the parts decide the qualifier of the sum.";

export interface SankeyNodeDatum {
  name: string;
  kind: "source" | "category" | "target";
  direction: Direction;
  valueText: string;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  direction: Direction;
  category: string;
  label: string;
  /** The whole path: "USSR → Credits and loans → PRC". */
  path: string;
  valueText: string;
  qualifierWords: string;
  derived: boolean;
  figures: { id: number; label: string }[];
}

export interface SankeyData {
  measure: Measure;
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  excluded: { id: number; label: string }[];
  derived: boolean;
}

export function shapeSankey(selection: MeasureFigures, measure: Measure, sides: Sides): ChartResult<SankeyData> {
  const { included, excluded } = summableFlows(selection);
  const positive = included.filter((flow) => flow.value > 0);
  if (positive.length === 0) {
    const why =
      excluded.length > 0
        ? ` ${excluded.length} figure(s) in this unit are flagged as inconsistent within the source and are not added.`
        : "";
    return chartEmpty(`No top-level figures in ${measureNoun(measure)} flow between the ${sides.a.code} and the ${sides.b.code}.${why}`);
  }
  const nodes: SankeyNodeDatum[] = [];
  const links: SankeyLinkDatum[] = [];
  for (const direction of DIRECTIONS) {
    const mine = positive.filter((flow) => flow.direction === direction);
    if (mine.length === 0) continue;
    const [from, to] = direction === "a_to_b" ? [sides.a, sides.b] : [sides.b, sides.a];
    const total = sumFlows(mine, measure)!;
    const sourceIndex = nodes.push({ name: `${from.code} (sent)`, kind: "source", direction, valueText: total.text }) - 1;
    const byCategory = new Map<string, MeasuredFlow[]>();
    for (const flow of mine) byCategory.set(flow.figure.category, [...(byCategory.get(flow.figure.category) ?? []), flow]);
    const categories = [...byCategory.entries()].sort(([a], [b]) => categoryOrder(a) - categoryOrder(b));
    const categoryIndexes = categories.map(([category, flows]) => {
      const sum = sumFlows(flows, measure)!;
      return { category, flows, sum, index: nodes.push({ name: categoryLabel(category), kind: "category", direction, valueText: sum.text }) - 1 };
    });
    const targetIndex = nodes.push({ name: `${to.code} (received)`, kind: "target", direction, valueText: total.text }) - 1;
    for (const { category, flows, sum, index } of categoryIndexes) {
      const common = {
        value: sum.value,
        direction,
        category,
        valueText: sum.text,
        qualifierWords: COMBINED_QUALIFIER_WORDS[sum.qualifier],
        derived: sum.derived,
        figures: flows.map((flow) => ({ id: flow.figure.id, label: flow.figure.label })),
      };
      const categoryName = categoryLabel(category);
      const path = `${from.code} → ${categoryName} → ${to.code}`;
      links.push({ ...common, source: sourceIndex, target: index, label: `${from.code} → ${categoryName}`, path });
      links.push({ ...common, source: index, target: targetIndex, label: `${categoryName} → ${to.code}`, path });
    }
  }
  const notes = DIRECTIONS.filter((direction) => !positive.some((flow) => flow.direction === direction)).map(
    (direction) => `Nothing in ${measureNoun(measure)} flows ${directionLabel(direction, sides)} under these rules.`,
  );
  return chartOk(
    {
      measure,
      nodes,
      links,
      excluded: excluded.map((flow) => ({ id: flow.figure.id, label: flow.figure.label })),
      derived: links.some((link) => link.derived),
    },
    notes,
  );
}
