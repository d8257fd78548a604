import { largest, summarize } from "../chart-summary";
import { measureLabel } from "../measure";
import { directionLabel } from "../sides";
import type { LedgerData } from "./ledger";

/** The ledger in words: how many flows in which unit, and the largest with their direction. */
export function ledgerSummary(data: LedgerData, period: string): string {
  const rows = data.groups.flatMap((group) => group.rows);
  const what = `Two-way ledger of ${rows.length} flows between the ${data.sides.a.code} and the ${data.sides.b.code}, in ${measureLabel(data.measure)}`;
  const items = largest(rows, (row) => row.extent).map((row) => ({ label: row.label, valueText: row.valueText, detail: directionLabel(row.direction, data.sides) }));
  return summarize(what, period, items);
}
