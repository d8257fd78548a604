import { largest, summarize } from "../chart-summary";
import { measureLabel } from "../measure";
import { directionLabel } from "../sides";
import type { ChartWords } from "../words";
import type { LedgerData } from "./ledger";

/** The ledger in words: how many flows in which unit, and the largest with their direction. */
export function ledgerSummary(data: LedgerData, period: string, w: ChartWords): string {
  const rows = data.groups.flatMap((group) => group.rows);
  const what = w.t("summary.ledger", { count: rows.length, a: data.sides.a.code, b: data.sides.b.code, unit: measureLabel(data.measure, w) });
  const items = largest(rows, (row) => row.extent).map((row) => ({ label: row.label, valueText: row.valueText, detail: directionLabel(row.direction, data.sides) }));
  return summarize(what, period, items, w);
}
