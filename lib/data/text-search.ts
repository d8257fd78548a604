import "server-only";
import { dialect, prisma } from "@/lib/db";
import { foldForSearch } from "@/lib/schemas/text";

// The `q` search. Rows keep a folded copy of their text (searchText), so folding the needle the same
// way makes the match case-insensitive in every script, not just ASCII as SQLite's LIKE is.
//
// Prisma's `contains` becomes LIKE '%needle%' without an ESCAPE clause, so a % or _ in the needle
// would act as a wildcard ("100%" would match "100 t"). Needles with those characters are matched
// with instr() instead (strpos() on PostgreSQL), which compares literally; the common case stays a
// single Prisma query. (Prisma's contains is LIKE on PostgreSQL too, case-sensitive there, which is
// what searchText needs: both sides are folded already.)

const LIKE_WILDCARDS = /[%_]/;

export type TextMatch = { none: true } | { contains: string } | { ids: number[] };

function foldNeedle(q: string | undefined): string {
  return q === undefined ? "" : foldForSearch(q);
}

export async function matchText(table: "Figure" | "Event", q: string | undefined): Promise<TextMatch> {
  const needle = foldNeedle(q);
  if (needle === "") return { none: true };
  if (!LIKE_WILDCARDS.test(needle)) return { contains: needle };
  type Ids = { id: number | bigint }[];
  const rows =
    dialect === "postgresql"
      ? table === "Figure"
        ? await prisma.$queryRaw<Ids>`SELECT id FROM "Figure" WHERE strpos("searchText", ${needle}) > 0`
        : await prisma.$queryRaw<Ids>`SELECT id FROM "Event" WHERE strpos("searchText", ${needle}) > 0`
      : table === "Figure"
        ? await prisma.$queryRaw<Ids>`SELECT id FROM "Figure" WHERE instr("searchText", ${needle}) > 0`
        : await prisma.$queryRaw<Ids>`SELECT id FROM "Event" WHERE instr("searchText", ${needle}) > 0`;
  return { ids: rows.map((row) => Number(row.id)) };
}
