import type { LedgerData, LedgerRow, LedgerSegment } from "@/lib/charts/ledger/ledger";
import { valueIn, type ConversionContext } from "@/lib/charts/measure";
import { column, FIGURE_KEY, FLAGS, flagCodes, keyOf, MARK, measureUnit, QUALIFIER, UNIT, VALUE_TEXT, type ChartDataValue, type FigureLookup } from "./table";

// The ledger's rows: one per bar, and under a bar with stacked parts one per part, as its table.

export const LEDGER_COLUMNS = [
  MARK,
  column("row_type", "bar: a bar of the chart; component or remainder: a stacked part of the bar above it."),
  FIGURE_KEY,
  column("label", "The figure's label, or the part's."),
  column("direction", "Who gave to whom."),
  column("category", "The category code of the bar."),
  column("value", "The value on the chart's axis, in `unit` (converted when the view converts money); empty when the bar is only its listed components.", "number"),
  QUALIFIER,
  UNIT,
  VALUE_TEXT,
  column("derived", "true when the value is converted or computed, not printed by the source."),
  column("printed", "The value exactly as the source prints it."),
  column("period", "The period the figure covers, as the chart writes it."),
  FLAGS,
];

/** The table takes a bar's value, never the reason a value is missing: the reason's key stands in for its words. */
const REASON_KEYS = { t: (key: string) => key, unit: (_code: string, own: { label: string; noun: string }) => own };

function barValue(row: LedgerRow, figures: FigureLookup, data: LedgerData, context: ConversionContext): number | null {
  if (row.kind === "components") return null;
  const figure = figures.get(row.figureId);
  if (!figure) return null;
  const valued = valueIn(figure, data.measure, context, REASON_KEYS);
  return valued.ok ? valued.value : null;
}

function partRow(row: LedgerRow, segment: LedgerSegment, figures: FigureLookup, unit: string): ChartDataValue[] {
  const info = segment.info;
  return [
    `${row.key}-${segment.key}`,
    segment.role,
    keyOf(figures, segment.figureId),
    segment.role === "remainder" ? "Not itemised" : segment.label,
    info.direction,
    row.category,
    segment.value,
    segment.qualifier,
    unit,
    segment.valueText,
    String(segment.derived),
    info.printed,
    info.period,
    flagCodes(info),
  ];
}

export function ledgerRows(data: LedgerData, figures: FigureLookup, context: ConversionContext): ChartDataValue[][] {
  const unit = measureUnit(data.measure);
  return data.groups.flatMap((group) =>
    group.rows.flatMap((row) => {
      const info = row.info;
      const bar: ChartDataValue[] = [
        row.key,
        "bar",
        keyOf(figures, row.figureId),
        row.label,
        info.direction,
        row.category,
        barValue(row, figures, data, context),
        row.qualifier,
        unit,
        row.valueText,
        String(row.derived),
        info.printed,
        info.period,
        flagCodes(info),
      ];
      const parts = row.segments.length > 1 || row.kind === "components" ? row.segments.map((segment) => partRow(row, segment, figures, unit)) : [];
      return [bar, ...parts];
    }),
  );
}
