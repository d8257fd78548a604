// A small seeded pseudo-random generator (mulberry32), so that the synthetic dataset is the same
// bytes on every machine and every run: benchmark numbers are only comparable on identical data.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const intBetween = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A picker over weighted items: [item, weight] pairs, weights need not add up to anything. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, weight] of entries) cumulative.push((running += weight / total));
  return (rng) => {
    const x = rng();
    for (let i = 0; i < cumulative.length; i += 1) if (x < cumulative[i]!) return entries[i]![0];
    return entries.at(-1)![0];
  };
}

/** Zipf-like weights: a few items are common and a long tail is rare, as actors are in real aid data. */
export function zipf<T>(items: readonly T[], exponent = 1.1): (rng: Rng) => T {
  return weighted(items.map((item, rank) => [item, 1 / (rank + 1) ** exponent] as const));
}
