import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/db/flags";
import type { FigureEntry } from "@/lib/schemas/dataset-file";
import { storedCell } from "./dto";

// A stored figure turned back into a dataset-file entry, the shape figureEntrySchema validates. A
// correction edits this entry and validates the whole of it, so a corrected figure passes exactly
// the checks an imported or seeded one does (including the rules that tie fields together).

export const figureEntryInclude = {
  fromActor: { select: { code: true } },
  toActor: { select: { code: true } },
  parent: { select: { key: true } },
  source: { select: { key: true } },
  citedSource: { select: { key: true } },
} satisfies Prisma.FigureInclude;

export type FigureEntryRow = Prisma.FigureGetPayload<{ include: typeof figureEntryInclude }>;

/** Like FigureEntry, with the vocabulary fields as the plain strings the database holds. */
export type FigureEntryDraft = Omit<FigureEntry, "category" | "kind" | "unit" | "priceBasis" | "denomination" | "qualifier" | "period" | "flags" | "provenance"> & {
  category: string;
  kind: string;
  unit: string;
  priceBasis: string | null;
  denomination: string | null;
  qualifier: string;
  provenance: string;
  period: { start: string | null; end: string | null; status: string; text: string | null };
  flags: string[];
};

export function figureEntryFromRow(row: FigureEntryRow): FigureEntryDraft {
  return {
    key: row.key,
    label: row.label,
    category: row.category,
    kind: row.kind,
    from: row.fromActor?.code ?? null,
    to: row.toActor?.code ?? null,
    value: row.value,
    printed: row.valuePrinted,
    unit: row.unit,
    priceBasis: row.priceBasis,
    priceYear: row.priceYear,
    denomination: row.denomination,
    qualifier: row.qualifier,
    period: { start: row.periodStart, end: row.periodEnd, status: row.periodStatus, text: row.periodText },
    parent: row.parent?.key ?? null,
    derived: row.derived,
    derivation: row.derivation,
    source: row.source.key,
    provenance: row.provenance,
    section: row.section,
    phrase: row.phrase,
    cell: storedCell(row),
    locator: row.locator,
    cited: row.citedRef === null ? null : { ref: row.citedRef, source: row.citedSource?.key ?? null },
    flags: splitFlags(row.flags),
    notes: row.notes,
  };
}
