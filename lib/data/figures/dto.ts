import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/db/flags";
import type { Vocabulary } from "@/lib/vocab/vocabulary";
import { figureSummaryFields, type FigureDetailDto, type FigureDto, type FigureSummaryDto } from "@/lib/schemas/api/figure-response";
import { figureApiUrl, figurePageUrl } from "../links";

export type { FigureDetailDto, FigureDto, FigureSummaryDto };

// What a figure query loads, and how a loaded row becomes the public shape (API v1, pages, CSV).

const sourceSelect = { key: true, citation: true, author: true, year: true, title: true, url: true } as const;
const actorSelect = { code: true, name: true } as const;

export const figureInclude = {
  dataset: { select: { slug: true } },
  fromActor: { select: actorSelect },
  toActor: { select: actorSelect },
  parent: { select: { key: true } },
  source: { select: sourceSelect },
  citedSource: { select: sourceSelect },
} satisfies Prisma.FigureInclude;

export type FigureRow = Prisma.FigureGetPayload<{ include: typeof figureInclude }>;

/** A table cell's stored columns as one value; null unless the figure is read from a table cell. */
export function storedCell(row: Pick<FigureRow, "cellTable" | "cellRow" | "cellColumn">): FigureDto["cell"] {
  return row.cellTable === null ? null : { table: row.cellTable, row: row.cellRow ?? "", column: row.cellColumn ?? "" };
}

type PeriodColumns = Pick<FigureRow, "periodStart" | "periodEnd" | "periodStatus" | "periodText" | "yearStart" | "yearEnd">;

/** A figure's stored period columns as its public period (the API's, and the overview's read). */
export function storedPeriod(row: PeriodColumns): FigureDto["period"] {
  return { start: row.periodStart, end: row.periodEnd, status: row.periodStatus, text: row.periodText, yearStart: row.yearStart, yearEnd: row.yearEnd };
}

const figureLinks = (baseUrl: string, id: number, slug: string, key: string) => ({ self: figureApiUrl(baseUrl, id), html: figurePageUrl(baseUrl, slug, key) });

/** The row in its public shape; `vocabulary` names its unit (lib/data/vocabulary.ts). */
export function toFigureDto(row: FigureRow, baseUrl: string, vocabulary: Vocabulary): FigureDto {
  return {
    id: row.id,
    key: row.key,
    dataset: row.dataset.slug,
    label: row.label,
    category: row.category,
    kind: row.kind,
    from: row.fromActor,
    to: row.toActor,
    value: row.value,
    valuePrinted: row.valuePrinted,
    unit: row.unit,
    unitInfo: vocabulary.unitInfo(row.unit),
    priceBasis: row.priceBasis,
    priceYear: row.priceYear,
    denomination: row.denomination,
    qualifier: row.qualifier,
    period: storedPeriod(row),
    parentId: row.parentId,
    parentKey: row.parent?.key ?? null,
    derived: row.derived,
    derivation: row.derivation,
    source: row.source,
    citedSource: row.citedSource,
    provenance: row.provenance,
    section: row.section,
    phrase: row.phrase,
    cell: storedCell(row),
    locator: row.locator,
    citedRef: row.citedRef,
    flags: splitFlags(row.flags),
    notes: row.notes,
    links: figureLinks(baseUrl, row.id, row.dataset.slug, row.key),
  };
}

export const figureSummarySelect = figureSummaryFields satisfies Prisma.FigureSelect;

type FigureSummaryRow = Prisma.FigureGetPayload<{ select: typeof figureSummarySelect }>;

/** `slug`: the dataset of the figure it is a parent or a component of, which is its own too. */
export function toFigureSummaryDto(row: FigureSummaryRow, baseUrl: string, vocabulary: Vocabulary, slug: string): FigureSummaryDto {
  return { ...row, unitInfo: vocabulary.unitInfo(row.unit), links: figureLinks(baseUrl, row.id, slug, row.key) };
}
