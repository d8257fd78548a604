import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { FIGURE_FILTER_KEYS, type FigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { decodeFigureCursor, encodeFigureCursor, filtersFingerprint } from "./figure-cursor";
import {
  figureInclude,
  figureSummarySelect,
  toFigureDto,
  toFigureSummaryDto,
  type FigureDetailDto,
  type FigureDto,
} from "./figure-dto";
import { figureOrderBy, figuresAfter, sortValuesOf } from "./figure-sort";
import { figureWhere } from "./figure-where";

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

/** One page of figures: by `page` (offset) or after `cursor` (keyset), plus the total and the next cursor. */
export async function listFigures(query: FiguresQuery, { baseUrl = publicBaseUrl() }: Options = {}): Promise<FigureList> {
  const filters = pickFigureFilters(query);
  const fingerprint = filtersFingerprint(filters);
  const where = await figureWhere(filters);
  const cursor = query.cursor === undefined ? null : decodeFigureCursor(query.cursor, query.sort, fingerprint);
  const pageWhere: Prisma.FigureWhereInput = cursor
    ? { AND: [where, figuresAfter(query.sort, cursor.values, cursor.id)] }
    : where;
  // Count and rows in one transaction, so the total describes the same snapshot as the rows.
  const [total, found] = await prisma.$transaction([
    prisma.figure.count({ where }),
    prisma.figure.findMany({
      where: pageWhere,
      orderBy: figureOrderBy(query.sort),
      include: figureInclude,
      skip: cursor ? 0 : ((query.page ?? 1) - 1) * query.limit,
      // One extra row tells whether a next page exists without a second count.
      take: query.limit + 1,
    }),
  ]);
  const rows = found.slice(0, query.limit);
  const last = rows.at(-1);
  const nextCursor =
    found.length > query.limit && last
      ? encodeFigureCursor(query.sort, fingerprint, sortValuesOf(query.sort, last), last.id)
      : null;
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
      const batch = await prisma.figure.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy,
        include: figureInclude,
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
  return prisma.figure.count({ where: await figureWhere(filters) });
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
export { getFigureFacets, type FigureFacets } from "./figure-facets";
