import { nameSome } from "../cap";
import { compactLabel } from "../labels";
import { measureNoun, type Measure } from "../measure";
import type { MeasureFigures } from "../measure-figures";
import { DIRECTIONS, directionLabel, type Sides } from "../sides";
import type { ChartWords } from "../words";
import type { LedgerGroup } from "./ledger";

// The sentences under the ledger: why it is empty, which bars must not be added up, which
// components are in another unit, and what the measure leaves out.

/** Why the ledger has no bar on this measure. */
export function emptyLedgerReason(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords): string {
  const { t } = w;
  const why = [t("ledger.empty", { unit: measureNoun(measure, w), a: sides.a.code, b: sides.b.code })];
  if (selection.notConverted.length > 0) {
    why.push(t("ledger.emptyNotConverted", { count: selection.notConverted.length, reason: selection.notConverted[0]!.reason }));
  }
  if (selection.notFlows.length > 0) {
    const reasons = [...new Set(selection.notFlows.map((item) => item.reason))].join("; ");
    why.push(t("ledger.emptyNotFlows", { count: selection.notFlows.length, reasons }));
  }
  return why.join(" ");
}

/**
 * One note per category and direction that holds several figures: they are separate bars, never
 * added. `capped`: the groups hold only the bars drawn, so the count is of those.
 */
export function separateFigureNotes(groups: readonly LedgerGroup[], sides: Sides, w: ChartWords, capped = false): string[] {
  const notes: string[] = [];
  for (const group of groups) {
    for (const direction of DIRECTIONS) {
      const same = group.rows.filter((row) => row.direction === direction && row.kind === "figure");
      if (same.length > 1) {
        const names = nameSome(
          same.map((row) => `${w.t("quoted", { text: row.label })}, ${row.valueText}`),
          w,
        );
        notes.push(w.t(capped ? "ledger.separateDrawn" : "ledger.separate", { group: group.label, direction: directionLabel(direction, sides), count: same.length, names }));
      }
    }
  }
  return notes;
}

/** One note per flow (of those drawn) whose components are printed in another unit. */
export function componentsElsewhereNotes(flows: MeasureFigures["flows"], w: ChartWords): string[] {
  return flows
    .filter((flow) => flow.componentsElsewhere.length > 0)
    .map((flow) =>
      w.t("ledger.componentsElsewhere", {
        label: flow.figure.label,
        names: nameSome(
          flow.componentsElsewhere.map((component) => `${compactLabel(component.label)}, ${w.fmt.formatValue(component)}`),
          w,
        ),
      }),
    );
}

/** Notes on what the measure leaves out, for under the ledger and the flow diagram. */
export function leftOutNotes(selection: MeasureFigures, measure: Measure, sides: Sides, w: ChartWords): string[] {
  const { t } = w;
  const notes: string[] = [];
  const byReason = new Map<string, string[]>();
  for (const item of selection.notConverted) {
    const labels = byReason.get(item.reason) ?? [];
    labels.push(item.figure.label);
    byReason.set(item.reason, labels);
  }
  for (const [reason, labels] of byReason) {
    notes.push(t("ledger.notShownMoney", { count: labels.length, unit: measureNoun(measure, w), reason, names: nameSome(labels, w) }));
  }
  if (selection.notFlows.length > 0) {
    const described = selection.notFlows.map(({ figure, reason }) => `${figure.label} — ${reason}`);
    const values = { count: selection.notFlows.length, unit: measureNoun(measure, w), a: sides.a.code, b: sides.b.code, names: nameSome(described, w) };
    notes.push(t(measure.kind === "currency" ? "ledger.otherMoney" : "ledger.otherFigures", values));
  }
  return notes;
}
