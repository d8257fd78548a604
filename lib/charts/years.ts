/** The union of the years the figures cover, from those whose period states its years. */
export function yearsCovered(figures: readonly { period: { yearStart: number | null; yearEnd: number | null } }[]): { from: number; to: number } | null {
  // A loop, not Math.min(...): a large dataset has more figures than a call may take arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const { period } of figures) {
    if (period.yearStart === null || period.yearEnd === null) continue;
    from = Math.min(from, period.yearStart);
    to = Math.max(to, period.yearEnd);
  }
  return from === Infinity ? null : { from, to };
}
