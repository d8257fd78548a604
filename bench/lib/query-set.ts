import type { FiguresView } from "@/lib/views/figures";
import { DONOR_CODES, RECIPIENT_CODES } from "./actors";
import { mulberry32, pick, weighted } from "./prng";

// The varied page queries of measurement b: sorts by value, period and label, both ways; no filter,
// or a filter by actor (from or to), category or period; first pages, near pages, and the deepest
// pages the explore page serves (up to 10,000 rows in from either end, lib/data/figures/page-depth.ts
// MAX_PAGE_DEPTH; the middle of a long list is reached by cursor, a reversed sort or a filter).
// Deterministic, so two runs ask the same questions.

const SORTS = ["value", "-value", "period_start", "-period_start", "label", "-label"] as const;
const CATEGORIES = ["credits_loans", "commodity_exports", "repayments_payments", "industrial_projects", "personnel", "military", "territory"];

type PageBucket = "first" | "near" | "far" | "deep" | "last";

export interface PageQuery {
  view: FiguresView;
  /** Which kind of page: the page number is chosen from the total once it is known. */
  bucket: PageBucket;
  /** Where in the result the page lies, 0–1 (for far, deep and last pages). */
  position: number;
  /** A name for the query's shape (filters and sort), to show one query plan per shape. */
  shape: string;
}

const pickFilter = weighted([
  ["none", 3],
  ["from", 2],
  ["to", 2],
  ["category", 2],
  ["years", 2],
] as const);
const pickBucket = weighted<PageBucket>([
  ["first", 40],
  ["near", 25],
  ["far", 15],
  ["deep", 12],
  ["last", 8],
]);

export function pageQueries(count: number, seed = 7): PageQuery[] {
  const rng = mulberry32(seed);
  const queries: PageQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const filter = pickFilter(rng);
    const sort = pick(rng, SORTS);
    const view: FiguresView = { sort, limit: 100 };
    if (filter.includes("from")) view.from = [pick(rng, DONOR_CODES.slice(0, 8))];
    if (filter.includes("to")) view.to = [pick(rng, RECIPIENT_CODES.slice(0, 12))];
    if (filter.includes("category")) view.category = [pick(rng, CATEGORIES)] as FiguresView["category"];
    if (filter.includes("years")) {
      const from = 1950 + Math.floor(rng() * 60);
      view.year_from = from;
      view.year_to = from + Math.floor(rng() * 10);
    }
    const bucket = pickBucket(rng);
    // far: pages 11–101 from the start; deep: the 100 pages before the last one.
    const position = bucket === "far" || bucket === "deep" ? rng() : 0;
    queries.push({ view, bucket, position, shape: `${filter} / sort=${sort} / ${bucket} page` });
  }
  return queries;
}

/** The page number for a query once the number of matching rows is known. */
export function pageFor(query: PageQuery, total: number, nearSeed: number): number {
  const pages = Math.max(1, Math.ceil(total / (query.view.limit ?? 100)));
  switch (query.bucket) {
    case "first":
      return 1;
    case "near":
      return Math.min(pages, 2 + (nearSeed % 9));
    case "far":
      return Math.min(pages, 11 + Math.floor(query.position * 91));
    case "deep":
      return Math.max(1, pages - 1 - Math.floor(query.position * 100));
    case "last":
      return pages;
  }
}
