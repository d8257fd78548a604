import type { Prisma } from "@/generated/prisma/client";
import { dialect, prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { FIGURE_FILTER_KEYS, type FigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { QueryError } from "@/lib/schemas/api/query-error";
import { decodeFigureCursor, encodeFigureCursor, filtersFingerprint } from "./cursor";
import {
  figureInclude,
  figureSummarySelect,
  toFigureDto,
  toFigureSummaryDto,
  type FigureDetailDto,
  type FigureDto,
  type FigureRow,
} from "./dto";
import { figureOrderBy, figuresAfter, reverseOrderBy, sortValuesOf } from "./sort";
import { countFromAggregates } from "./counts";
import { findFigureRows } from "./rows";
import { figureWhere } from "./where";
import { dataStamp, VersionedCache, type Stamp } from "../read-cache";

// Read functions for figures. Pages and route handlers both call these; nothing here formats a
// number or knows about HTTP.

type Options = { baseUrl?: string };

export function pickFigureFilters(query: Partial<FiguresQuery>): FigureFilters {
  return Object.fromEntries(
    FIGURE_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]]),
  ) as FigureFilters;
}

export interface FigureList {
  rows: FigureDto[];
  total: number;
  nextCursor: string | null;
}

/**
 * How far into a list an offset page may start, counted from its nearer end. Skipping rows costs
 * one index step each: 10,000 is a few milliseconds, half a million rows is 50 ms and more per
 * page. Deeper pages are read by cursor (the API's meta.nextCursor), by reversing the sort, or by
 * narrowing the filters; the explore page says so (lib/data/figures-view.ts).
 */
export const MAX_PAGE_DEPTH = 10_000;

/** MAX_PAGE_DEPTH, or FIGURES_MAX_PAGE_DEPTH from the environment (tests, and deployments that want another). */
export function maxPageDepth(): number {
  const fromEnv = Number(process.env.FIGURES_MAX_PAGE_DEPTH);
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : MAX_PAGE_DEPTH;
}

/** A page number that starts too far from both ends of its list; `nearestPage` is the deepest one served. */
export class PageTooDeepError extends QueryError {
  constructor(
    readonly page: number,
    readonly nearestPage: number,
    readonly total: number,
  ) {
    super(
      "invalid_parameter",
      "page",
      `page: page ${page} starts more than ${maxPageDepth()} rows from both ends of these ${total} figures; ` +
        "offset pages are served up to that depth from either end. Follow meta.nextCursor (the cursor parameter) to read on, reverse the sort, or narrow the filters.",
    );
  }
}

// Totals per filter set, counted once per data version (lib/data/read-cache.ts): a COUNT over a
// million rows costs more than the page itself, and most visits page through the same filters.
const totals = new VersionedCache<number>(2000);

/**
 * How many figures match (the filters' fingerprint names the set): from the cached aggregates when
 * they answer it (lib/data/figure-counts.ts), else counted; either way once per data version.
 */
function countMatching(filters: FigureFilters, fingerprint: string, where: Prisma.FigureWhereInput, stamp?: Stamp): Promise<number> {
  return totals.get(fingerprint, async () => (await countFromAggregates(filters)) ?? prisma.figure.count({ where }), stamp);
}

// A span-of-years filter that keeps at least this share of all figures is checked row by row along
// the sort's index rather than read from the years index (lib/data/figure-where.ts, OverlapForm).
const BROAD_YEARS_SHARE = 0.01;

/** SQLite only: whether a years filter keeps so many figures that walking the sort index is faster. */
async function yearsAreBroad(filters: FigureFilters, total: number, stamp: Stamp): Promise<boolean> {
  if (dialect !== "sqlite" || (filters.year_from === undefined && filters.year_to === undefined && filters.phase === undefined)) return false;
  const all = await countMatching({}, filtersFingerprint({}), {}, stamp);
  return total >= all * BROAD_YEARS_SHARE;
}

/**
 * One page of figures: by `page` (offset) or after `cursor` (keyset), plus the total and the next cursor.
 *
 * The total is counted once per data version, and the rows are read with the data version checked
 * before, so the two describe the same data (every write bumps a version: read-cache.ts).
 * An offset costs one index step per skipped row, so a page beyond the middle of the list is read
 * from the other end, in the reverse order, and turned round: the last page of a million rows
 * costs what the first does. The API's cursors need no offset at all.
 */
export async function listFigures(query: FiguresQuery, { baseUrl = publicBaseUrl(), stamp }: Options & { stamp?: Stamp } = {}): Promise<FigureList> {
  const filters = pickFigureFilters(query);
  const fingerprint = filtersFingerprint(filters);
  const countWhere = await figureWhere(filters);
  const cursor = query.cursor === undefined ? null : decodeFigureCursor(query.cursor, query.sort, fingerprint);
  // One stamp for the request: the total and the references belong to the same data version.
  stamp ??= await dataStamp();
  const total = await countMatching(filters, fingerprint, countWhere, stamp);
  const where = (await yearsAreBroad(filters, total, stamp)) ? await figureWhere(filters, { overlapForm: "scan" }) : countWhere;
  const orderBy = figureOrderBy(query.sort);

  let found: FigureRow[];
  let hasNext: boolean;
  const offset = cursor ? 0 : ((query.page ?? 1) - 1) * query.limit;
  const depth = maxPageDepth();
  if (!cursor && offset > depth && offset < total - depth - Math.min(query.limit, total - offset)) {
    // The deepest page served from the start (the one that starts at `depth` rows or before).
    throw new PageTooDeepError(query.page ?? 1, Math.floor(depth / query.limit) + 1, total);
  }
  if (!cursor && offset > total / 2 && offset < total) {
    const take = Math.min(query.limit, total - offset);
    const fromEnd = total - offset - take;
    found = (await findFigureRows({ where, orderBy: reverseOrderBy(orderBy), skip: fromEnd, take }, stamp)).reverse();
    hasNext = offset + found.length < total;
  } else {
    found = await findFigureRows(
      {
        where: cursor ? { AND: [where, figuresAfter(query.sort, cursor.values, cursor.id)] } : where,
        orderBy,
        skip: offset,
        // One extra row tells whether a next page exists without a second count.
        take: query.limit + 1,
      },
      stamp,
    );
    hasNext = found.length > query.limit;
  }
  const rows = found.slice(0, query.limit);
  const last = rows.at(-1);
  const nextCursor = hasNext && last ? encodeFigureCursor(query.sort, fingerprint, sortValuesOf(query.sort, last), last.id) : null;
  return { rows: rows.map((row) => toFigureDto(row, baseUrl)), total, nextCursor };
}

/**
 * Every figure matching the filters, in the query's order, in batches of `batchSize`. The filters
 * are checked before this returns (so a bad one still gets a 400 before a CSV download starts);
 * batches are read by keyset, so memory stays flat however many rows match.
 */
export async function openFigureBatches(
  query: Pick<FiguresQuery, "sort"> & Partial<FiguresQuery>,
  { baseUrl = publicBaseUrl(), batchSize = 1000 }: Options & { batchSize?: number } = {},
): Promise<AsyncGenerator<FigureDto[]>> {
  const where = await figureWhere(pickFigureFilters(query));
  const orderBy = figureOrderBy(query.sort);
  async function* batches(): AsyncGenerator<FigureDto[]> {
    let after: Prisma.FigureWhereInput | null = null;
    for (;;) {
      const batch = await findFigureRows({
        where: after ? { AND: [where, after] } : where,
        orderBy,
        take: batchSize,
      });
      if (batch.length > 0) yield batch.map((row) => toFigureDto(row, baseUrl));
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      after = figuresAfter(query.sort, sortValuesOf(query.sort, last), last.id);
    }
  }
  return batches();
}

export async function countFigures(filters: FigureFilters = {}): Promise<number> {
  return countMatching(filters, filtersFingerprint(filters), await figureWhere(filters));
}

/** One figure with its parent and components, or null when there is no such id. */
export async function getFigureOrNull(id: number, { baseUrl = publicBaseUrl() }: Options = {}): Promise<FigureDetailDto | null> {
  const row = await prisma.figure.findUnique({
    where: { id },
    include: {
      ...figureInclude,
      parent: { select: { ...figureSummarySelect } },
      components: { select: figureSummarySelect, orderBy: { id: "asc" } },
    },
  });
  if (!row) return null;
  return {
    ...toFigureDto({ ...row, parent: row.parent ? { key: row.parent.key } : null }, baseUrl),
    parent: row.parent ? toFigureSummaryDto(row.parent, baseUrl) : null,
    components: row.components.map((component) => toFigureSummaryDto(component, baseUrl)),
  };
}

// Facets live in their own file (one read, counted in JS); re-exported so callers find all figure
// reads here.
export { getFigureFacets, type FigureFacets } from "./facets";
