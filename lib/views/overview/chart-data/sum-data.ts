import type { CounterpartsData } from "@/lib/charts/counterparts/counterparts";
import type { SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { column, MARK, measureUnit, UNIT, VALUE_TEXT, type ChartDataValue } from "./table";

// The rows of the charts that draw sums: the flow diagram (per direction, category and
// counterpart) and the counterparts (per counterpart and direction), as their tables.

const FIGURES_ADDED = column("figures_added", "How many figures the sum adds.", "number");
const FIGURES = column("figures", "The largest figures added, by label (\"and N more\" past the first few).");
const QUALIFIER_WORDS = column("qualifier_words", "What the sum's qualifier means: how many of the figures added carry a qualifier.");
const DIRECTION = column("direction", "a_to_b: from the first side to the second; b_to_a: the other way.");

export const FLOW_COLUMNS = [
  MARK,
  column("flow", "The flow's whole path: giver → category → receiver."),
  DIRECTION,
  column("category", "The category code."),
  column("counterpart", "The actor at the far end from the first side."),
  column("value", "The sum, in `unit`.", "number"),
  UNIT,
  VALUE_TEXT,
  QUALIFIER_WORDS,
  FIGURES_ADDED,
  FIGURES,
];

export function flowRows(data: SankeyData): ChartDataValue[][] {
  const unit = measureUnit(data.measure);
  // The links at the counterparts' end hold every figure once; side A's end only adds them up.
  return data.links
    .filter((link) => link.counterpart !== null)
    .map((link) => [
      `${link.direction}-${link.category}-${link.counterpart}`,
      link.path,
      link.direction,
      link.category,
      link.counterpart,
      link.value,
      unit,
      link.valueText,
      link.qualifierWords,
      link.figureCount,
      link.figuresText,
    ]);
}

export const COUNTERPART_COLUMNS = [
  MARK,
  column("flow", "Who gave to whom."),
  DIRECTION,
  column("counterpart", "The counterpart's actor code."),
  column("counterpart_name", "The counterpart's name."),
  column("value", "The sum, in `unit`.", "number"),
  column("qualifier", "The sum's qualifier: exact when every figure added is exact."),
  UNIT,
  VALUE_TEXT,
  QUALIFIER_WORDS,
  FIGURES_ADDED,
  FIGURES,
];

export function counterpartRows(data: CounterpartsData): ChartDataValue[][] {
  const unit = measureUnit(data.measure);
  return data.bars.map((row) => [
    row.key,
    row.info.title,
    row.direction,
    row.counterpart.code,
    row.counterpart.name,
    row.value,
    row.qualifier,
    unit,
    row.valueText,
    row.qualifierWords,
    row.figureCount,
    row.figures.map((figure) => figure.label).join("; ") + (row.figureCount > row.figures.length ? ` and ${row.figureCount - row.figures.length} more` : ""),
  ]);
}
