import "server-only";
import { dialect } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { pickFigureFilters, type FigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { countMatchingFigures } from "./count";
import { decodeFigureCursor, encodeFigureCursor, filtersFingerprint } from "./cursor";
import { toFigureDto, type FigureDto, type FigureRow } from "./dto";
import { maxPageDepth, PageTooDeepError } from "./page-depth";
import { findFigureRows } from "./rows";
import { figureOrderBy, figuresAfter, reverseOrderBy, sortValuesOf } from "./sort";
import { figureWhere } from "./where";
import { dataStamp, type Stamp } from "../read-cache";
import { getVocabulary } from "../vocabulary";

// One page of figures, for the explore page, the curation list and GET /api/v1/figures. Nothing
// here formats a number or knows about HTTP.

export interface FigureList {
  rows: FigureDto[];
  total: number;
  nextCursor: string | null;
}

// A span-of-years filter that keeps at least this share of all figures is checked row by row along
// the sort's index rather than read from the years index (where.ts, OverlapForm).
const BROAD_YEARS_SHARE = 0.01;

/** SQLite only: whether a years filter keeps so many figures that walking the sort index is faster. */
async function yearsAreBroad(filters: FigureFilters, total: number, stamp: Stamp): Promise<boolean> {
  if (dialect !== "sqlite" || (filters.year_from === undefined && filters.year_to === undefined && filters.phase === undefined)) return false;
  const all = await countMatchingFigures({}, filtersFingerprint({}), {}, stamp);
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
export async function listFigures(
  query: FiguresQuery,
  { baseUrl = publicBaseUrl(), stamp }: { baseUrl?: string; stamp?: Stamp } = {},
): Promise<FigureList> {
  const filters = pickFigureFilters(query);
  const fingerprint = filtersFingerprint(filters);
  const countWhere = await figureWhere(filters);
  const cursor = query.cursor === undefined ? null : decodeFigureCursor(query.cursor, query.sort, fingerprint);
  // One stamp for the request: the total and the references belong to the same data version.
  stamp ??= await dataStamp();
  const total = await countMatchingFigures(filters, fingerprint, countWhere, stamp);
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
  const vocabulary = await getVocabulary(stamp);
  return { rows: rows.map((row) => toFigureDto(row, baseUrl, vocabulary)), total, nextCursor };
}
