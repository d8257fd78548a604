import { formatValue } from "@/lib/format";
import { nameSome } from "../cap";
import { compactLabel } from "../labels";
import { measureNoun, type Measure } from "../measure";
import type { MeasureFigures } from "../measure-figures";
import { DIRECTIONS, directionLabel, type Sides } from "../sides";
import type { LedgerGroup } from "./ledger";

// The sentences under the ledger: why it is empty, which bars must not be added up, which
// components are in another unit, and what the measure leaves out.

/** Why the ledger has no bar on this measure. */
export function emptyLedgerReason(selection: MeasureFigures, measure: Measure, sides: Sides): string {
  const why = [`No figures in ${measureNoun(measure)} flow between the ${sides.a.code} and the ${sides.b.code}.`];
  if (selection.notConverted.length > 0) {
    why.push(`${selection.notConverted.length} figure(s) could not be put on this axis: ${selection.notConverted[0]!.reason}.`);
  }
  if (selection.notFlows.length > 0) {
    const reasons = [...new Set(selection.notFlows.map((item) => item.reason))].join("; ");
    why.push(`${selection.notFlows.length} figure(s) in this unit are not flows (${reasons}).`);
  }
  return why.join(" ");
}

/**
 * One note per category and direction that holds several figures: they are separate bars, never
 * added. `capped`: the groups hold only the bars drawn, so the count is of those.
 */
export function separateFigureNotes(groups: readonly LedgerGroup[], sides: Sides, capped = false): string[] {
  const notes: string[] = [];
  for (const group of groups) {
    for (const direction of DIRECTIONS) {
      const same = group.rows.filter((row) => row.direction === direction && row.kind === "figure");
      if (same.length > 1) {
        notes.push(
          `${group.label} (${directionLabel(direction, sides)}) holds ${same.length} separate figures${capped ? " among the bars drawn" : ""} (${nameSome(
            same.map((row) => `“${row.label}”, ${row.valueText}`),
          )}). They may overlap or contradict each other, so each has its own bar and they are never added.`,
        );
      }
    }
  }
  return notes;
}

/** One note per flow (of those drawn) whose components are printed in another unit. */
export function componentsElsewhereNotes(flows: MeasureFigures["flows"]): string[] {
  return flows
    .filter((flow) => flow.componentsElsewhere.length > 0)
    .map(
      (flow) =>
        `The components of “${flow.figure.label}” (${nameSome(
          flow.componentsElsewhere.map((component) => `${compactLabel(component.label)}, ${formatValue(component)}`),
        )}) are in another unit: they appear in that unit's view, never converted.`,
    );
}

/** Notes on what the measure leaves out, for under the ledger and the flow diagram. */
export function leftOutNotes(selection: MeasureFigures, measure: Measure, sides: Sides): string[] {
  const notes: string[] = [];
  const byReason = new Map<string, string[]>();
  for (const item of selection.notConverted) {
    const labels = byReason.get(item.reason) ?? [];
    labels.push(item.figure.label);
    byReason.set(item.reason, labels);
  }
  for (const [reason, labels] of byReason) {
    notes.push(`${labels.length} money figure(s) are not shown in ${measureNoun(measure)}: ${reason} (${nameSome(labels)}).`);
  }
  if (selection.notFlows.length > 0) {
    const described = selection.notFlows.map(({ figure, reason }) => `${figure.label} — ${reason}`);
    const what = measure.kind === "currency" ? "money figure(s)" : `figure(s) in ${measureNoun(measure)}`;
    notes.push(
      `${selection.notFlows.length} other ${what} are not flows between the ${sides.a.code} and the ${sides.b.code} and are not drawn: ${nameSome(described)}.`,
    );
  }
  return notes;
}
