import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { publicBaseUrl } from "@/lib/env";
import { pickFigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { toFigureDto, type FigureDto } from "./dto";
import { getVocabulary } from "../vocabulary";
import { findFigureRows } from "./rows";
import { figureOrderBy, figuresAfter, sortValuesOf } from "./sort";
import { figureWhere } from "./where";

/**
 * Every figure matching the filters, in the query's order, in batches of `batchSize` (the CSV
 * download and the data package). The filters are checked before this returns (so a bad one still
 * gets a 400 before a download starts); batches are read by keyset, so memory stays flat however
 * many rows match.
 */
export async function openFigureBatches(
  query: Pick<FiguresQuery, "sort"> & Partial<FiguresQuery>,
  { baseUrl = publicBaseUrl(), batchSize = 1000 }: { baseUrl?: string; batchSize?: number } = {},
): Promise<AsyncGenerator<FigureDto[]>> {
  const where = await figureWhere(pickFigureFilters(query));
  const vocabulary = await getVocabulary();
  const orderBy = figureOrderBy(query.sort);
  async function* batches(): AsyncGenerator<FigureDto[]> {
    let after: Prisma.FigureWhereInput | null = null;
    for (;;) {
      const batch = await findFigureRows({
        where: after ? { AND: [where, after] } : where,
        orderBy,
        take: batchSize,
      });
      if (batch.length > 0) yield batch.map((row) => toFigureDto(row, baseUrl, vocabulary));
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      after = figuresAfter(query.sort, sortValuesOf(query.sort, last), last.id);
    }
  }
  return batches();
}
