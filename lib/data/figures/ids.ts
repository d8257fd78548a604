import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dialect, prisma } from "@/lib/db";
import { readRows } from "@/lib/db/read-handles";
import { figureIdsSql } from "./ids-sql";

type IdArgs = Pick<Prisma.FigureFindManyArgs, "where" | "orderBy" | "skip" | "take">;

/**
 * The ids a findMany with these arguments finds, in its order: through the driver when the where
 * and order have a translation (ids-sql.ts: every filter and scalar sort of the list), else through
 * Prisma (relation sorts and their keysets).
 */
export async function findFigureIds(args: IdArgs): Promise<number[]> {
  const orderBy = args.orderBy === undefined ? [] : Array.isArray(args.orderBy) ? args.orderBy : [args.orderBy];
  const translated = args.take === undefined || args.take < 0 ? null : figureIdsSql({ where: args.where ?? {}, orderBy, skip: args.skip, take: args.take }, dialect);
  if (translated) return (await readRows(translated.sql, translated.params)).map((row) => Number(row[0]));
  return (await prisma.figure.findMany({ ...args, select: { id: true } })).map((row) => row.id);
}
