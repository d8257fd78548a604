import { convertFigure, type Conversion, type ConvertibleFigure, type NotConverted, type RateRow } from "@/lib/vocab/convert";
import type { CurrencyView } from "@/lib/vocab/currency-view";
import { isMoney } from "@/lib/vocab";

// The conversions a figure page offers: the value in US dollars, old rubles and new rubles, each
// computed by lib/vocab/convert.ts (through the dollar, with every rate named). Rubles whose basis
// the source does not state are converted twice, once under each assumption, and never under a
// silent default.

type ConversionTarget = Exclude<CurrencyView, "original">;
const CONVERSION_TARGETS: ConversionTarget[] = ["usd", "rub_old", "rub_new"];

export interface ConversionGroup {
  /** null: the figure's own basis is known; otherwise the assumption this group reads it under. */
  assumption: "old" | "new" | null;
  rows: { target: ConversionTarget; conversion: Conversion }[];
}

export type ConversionTable =
  | { kind: "not_money"; unit: string }
  /** `reason` in English; `conversion` says why in codes, for the page to word. */
  | { kind: "unavailable"; reason: string; conversion: NotConverted }
  | { kind: "table"; groups: ConversionGroup[] };

export function buildConversionTable(figure: ConvertibleFigure, rates: RateRow[]): ConversionTable {
  if (!isMoney(figure.unitInfo)) return { kind: "not_money", unit: figure.unit };
  const assumptions = figure.unit === "RUB" && figure.denomination === "not_stated" ? (["old", "new"] as const) : ([null] as const);
  const groups: ConversionGroup[] = assumptions.map((assumption) => ({
    assumption,
    rows: CONVERSION_TARGETS.map((target) => ({ target, conversion: convertFigure(figure, target, assumption ?? "none", rates) }))
      // A figure already in the target currency is its own original value, shown above the table.
      .filter(({ conversion }) => conversion.converted || conversion.code !== "same_currency"),
  }));
  const rows = groups.flatMap((group) => group.rows);
  const first = rows[0]?.conversion;
  // Nothing converts (e.g. no rate exists for the currency): one reason instead of a table.
  if (first && !first.converted && rows.every((row) => !row.conversion.converted)) return { kind: "unavailable", reason: first.reason, conversion: first };
  return { kind: "table", groups };
}
