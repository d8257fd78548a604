// The events table lists events under their phase. The server sorts the rows; grouping keeps that
// order within each phase. Phases come in their own order (the dataset's sortOrder), reversed when
// the rows run newest first, so that the table still reads in one direction.

export interface PhaseRef {
  key: string;
  label: string;
}

export interface PhaseGroup {
  id: string;
  label: string;
  rowIds: string[];
}

export const NO_PHASE_ID = "no-phase";

export function groupByPhase<Row extends { id: number; phase: PhaseRef | null }>(
  rows: readonly Row[],
  phases: readonly PhaseRef[],
  { newestFirst = false, noPhaseLabel }: { newestFirst?: boolean; noPhaseLabel: string },
): PhaseGroup[] {
  const order = newestFirst ? [...phases].reverse() : [...phases];
  const byKey = new Map<string, PhaseGroup>();
  for (const phase of order) if (!byKey.has(phase.key)) byKey.set(phase.key, { id: phase.key, label: phase.label, rowIds: [] });
  const none: PhaseGroup = { id: NO_PHASE_ID, label: noPhaseLabel, rowIds: [] };
  for (const row of rows) {
    const key = row.phase?.key;
    let group = key === undefined ? none : byKey.get(key);
    if (!group) {
      // A phase the list does not know (another dataset's): give it its own group, in row order.
      group = { id: key!, label: row.phase!.label, rowIds: [] };
      byKey.set(key!, group);
    }
    group.rowIds.push(String(row.id));
  }
  return [...byKey.values(), none].filter((group) => group.rowIds.length > 0);
}
