// Percentiles and the small formatting the bench's table needs.

/** The p-th percentile (0–100) by the nearest-rank method over the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export const mb = (bytes: number | null) => (bytes === null ? null : round(bytes / 1024 / 1024, 1));
