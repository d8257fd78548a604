import type { BarListData } from "@/lib/charts/bar-list/bar-list";
import { column, FIGURE_KEY, FLAGS, flagCodes, keyOf, MARK, QUALIFIER, UNIT, VALUE_TEXT, type ChartDataValue, type FigureLookup } from "./table";

// The rows of a bar list (the goods chart, the people chart): one per bar, as its table.

export const BAR_COLUMNS = [
  MARK,
  FIGURE_KEY,
  column("label", "The figure's label."),
  column("part_of", "The total the figure is a component of, if any."),
  column("value", "The value, in `unit`, as the source gives it.", "number"),
  QUALIFIER,
  UNIT,
  VALUE_TEXT,
  column("printed", "The value exactly as the source prints it."),
  column("period", "The period the figure covers, as the chart writes it."),
  column("period_start", "The period's first day, month or year (ISO, partial: 1950, 1950-02, 1950-02-14)."),
  column("period_end", "The period's last day, month or year (ISO, partial)."),
  column("direction", "Who gave to whom."),
  FLAGS,
];

export function barRows(data: BarListData, figures: FigureLookup): ChartDataValue[][] {
  return data.bars.map((bar) => {
    const figure = figures.get(bar.figureId);
    return [
      bar.key,
      keyOf(figures, bar.figureId),
      bar.fullLabel,
      bar.group,
      bar.value,
      bar.qualifier,
      figure?.unit ?? data.unit,
      bar.valueText,
      bar.info.printed,
      bar.info.period,
      figure?.period.start ?? null,
      figure?.period.end ?? null,
      bar.info.direction,
      flagCodes(bar.info),
    ];
  });
}
