import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { NO_ACTOR } from "@/lib/schemas/api/params";
import type { FigureFilters } from "@/lib/schemas/api/figures-query";
import { filtersFingerprint } from "./cursor";
import { getFigureFacets, type FacetCount } from "./facets";
import { figureWhere } from "./where";
import { VersionedCache, type Stamp } from "../read-cache";

// How many figures match a filter set, counted once per data version (lib/data/read-cache.ts): a
// COUNT over a million rows costs more than a page itself, and most visits page through the same
// filters. The commonest totals need no COUNT at all: counting the figures of one category, actor
// or unit, or of a span of years, means walking an index over up to every row (a tenth of a second
// and more at a million figures, for each new filter value), but the explore page's facets
// (facets.ts, counted once per data version) already hold those numbers for one filter at a time,
// and a small table of how many figures have each (first year, last year) pair answers any span.

const totals = new VersionedCache<number>(2000);

/** How many figures match; `fingerprint` names the filter set and `where` is its condition. */
export function countMatchingFigures(filters: FigureFilters, fingerprint: string, where: Prisma.FigureWhereInput, stamp?: Stamp): Promise<number> {
  return totals.get(fingerprint, async () => (await countFromAggregates(filters)) ?? prisma.figure.count({ where }), stamp);
}

export async function countFigures(filters: FigureFilters = {}): Promise<number> {
  return countMatchingFigures(filters, filtersFingerprint(filters), await figureWhere(filters));
}

const sumCodes = (facets: FacetCount[], codes: readonly string[]) => {
  const wanted = new Set(codes);
  return facets.reduce((sum, facet) => sum + (wanted.has(facet.code) ? facet.count : 0), 0);
};

interface YearPair {
  yearStart: number;
  yearEnd: number;
  count: number;
}

const yearPairs = new VersionedCache<YearPair[]>(1);

function getYearPairs(): Promise<YearPair[]> {
  return yearPairs.get("all", async () => {
    const rows = await prisma.figure.groupBy({
      by: ["yearStart", "yearEnd"],
      where: { yearStart: { not: null }, yearEnd: { not: null } },
      _count: { _all: true },
    });
    return rows.map((row) => ({ yearStart: row.yearStart!, yearEnd: row.yearEnd!, count: row._count._all }));
  });
}

const defined = (filters: FigureFilters) =>
  (Object.keys(filters) as (keyof FigureFilters)[]).filter((key) => filters[key] !== undefined);

/**
 * The number of figures matching `filters` from cached aggregates, or null when the filters are
 * not ones the aggregates answer (the caller then counts). Same semantics as where.ts.
 */
async function countFromAggregates(filters: FigureFilters): Promise<number | null> {
  const keys = defined(filters);
  if (keys.length === 0) {
    const facets = await getFigureFacets();
    return facets.categories.reduce((sum, facet) => sum + facet.count, 0);
  }
  if (keys.length === 1) {
    const facets = await getFigureFacets();
    if (filters.category) return sumCodes(facets.categories, filters.category);
    if (filters.unit) return sumCodes(facets.units, filters.unit);
    if (filters.qualifier) return sumCodes(facets.qualifiers, filters.qualifier);
    // Facets name a figure without an actor "none", as the filter does.
    if (filters.from) return sumCodes(facets.from, filters.from.map((code) => (code === NO_ACTOR ? "none" : code)));
    if (filters.to) return sumCodes(facets.to, filters.to.map((code) => (code === NO_ACTOR ? "none" : code)));
  }
  if (keys.every((key) => key === "year_from" || key === "year_to")) {
    // overlapCondition in where.ts: both years known, the span meets [from, to].
    const from = filters.year_from ?? null;
    const to = filters.year_to ?? null;
    const pairs = await getYearPairs();
    return pairs.reduce((sum, pair) => sum + ((to === null || pair.yearStart <= to) && (from === null || pair.yearEnd >= from) ? pair.count : 0), 0);
  }
  return null;
}
