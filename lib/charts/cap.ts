import type { ChartWords } from "./words";

// How many marks one chart draws, and what it says when it draws fewer than it could. A chart of a
// large dataset cannot show every figure legibly (nor can a page carry them), so each chart keeps the
// marks its own order ranks first and says, next to the chart, how many it shows of how many and
// where to see every one: the explore page, filtered as the chart is. The table alternative shows
// the same marks, so it is never longer than one page of the explore table. Said as
// "{text}; {linkText}." with the link on linkText.

/** Bars that are figures (the ledger, goods, people). */
export const BAR_CAP = 40;
/** Bars that are sums per counterpart: enough for a donor and every recipient of a fifty-actor dataset. */
export const COUNTERPART_CAP = 60;
/** Spans (and, separately, events) on the timeline: one page of the explore and events tables. */
export const SPAN_CAP = 100;
/** Pairs of actors the overview's pair picker lists. */
export const PAIR_CAP = 100;
/** Figures named in one sentence, tooltip or table cell ("a; b; c and 812 more"). */
export const NAME_CAP = 10;

export interface ChartCap {
  shown: number;
  total: number;
  /** "Showing the 40 largest of 100,000 figures, because a chart cannot show more legibly". */
  text: string;
  /** The link's words: "see every one in Explore". */
  linkText: string;
  /** The explore page, filtered as the chart is. */
  href: string;
}

/** The filters of /figures a chart reflects; the dataset is always one of them. */
export interface ExploreFilters {
  dataset: string;
  from?: readonly string[];
  to?: readonly string[];
  unit?: readonly string[];
  category?: readonly string[];
  /** "none": only top-level figures. */
  parent?: "none";
  sort?: string;
}

export function exploreHref(filters: ExploreFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (text !== "") params.set(key, text);
  }
  return `/figures?${params.toString()}`;
}

/**
 * The first `limit` items in `order` (all of them, sorted, when there are no more), and the cap to show when some were left out (null when all
 * are kept). `words.kind` says which ones are kept and what they are (messages "cap.text.<kind>").
 */
export function capItems<T>(
  items: readonly T[],
  limit: number,
  order: (a: T, b: T) => number,
  words: CapWords,
  w: ChartWords,
): { kept: T[]; cap: ChartCap | null } {
  const sorted = [...items].sort(order);
  if (sorted.length <= limit) return { kept: sorted, cap: null };
  return { kept: sorted.slice(0, limit), cap: capOf(limit, items.length, words, w) };
}

/** What a cap keeps, in the messages' words: "largestBars" is "the 40 largest of 12,345 bars". */
type CapKind = "largestBars" | "largestFigures" | "largestSums" | "longestSpans" | "longestSpansBetween" | "earliestEvents" | "receivers" | "givers";

interface CapWords {
  kind: CapKind;
  href: string;
  /** Where every one is: Explore unless said otherwise. */
  place?: "explore" | "events";
}

export function capOf(shown: number, total: number, { kind, href, place = "explore" }: CapWords, { t }: ChartWords): ChartCap {
  return { shown, total, text: t(`cap.text.${kind}`, { shown, total }), linkText: t(`cap.link.${place}`), href };
}

/** "a; b; c", or "a; b; c and 812 more" past `limit` names. */
export function nameSome(names: readonly string[], { t }: ChartWords, limit = NAME_CAP): string {
  if (names.length <= limit) return names.join("; ");
  return t("names.more", { names: names.slice(0, limit).join("; "), count: names.length - limit });
}
