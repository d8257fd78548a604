import type { Prisma } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/import/dataset/rows";
import type { FigureDetailDto, FigureDto, FigureSummaryDto } from "@/lib/schemas/api/figure-response";
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

export function toFigureDto(row: FigureRow, baseUrl: string): FigureDto {
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
    currencyBasis: row.currencyBasis,
    qualifier: row.qualifier,
    period: {
      start: row.periodStart,
      end: row.periodEnd,
      status: row.periodStatus,
      text: row.periodText,
      yearStart: row.yearStart,
      yearEnd: row.yearEnd,
    },
    parentId: row.parentId,
    parentKey: row.parent?.key ?? null,
    derived: row.derived,
    derivation: row.derivation,
    source: row.source,
    citedSource: row.citedSource,
    section: row.section,
    phrase: row.phrase,
    citedRef: row.citedRef,
    flags: splitFlags(row.flags),
    notes: row.notes,
    links: { self: figureApiUrl(baseUrl, row.id), html: figurePageUrl(baseUrl, row.id) },
  };
}

export const figureSummarySelect = {
  id: true,
  key: true,
  label: true,
  value: true,
  valuePrinted: true,
  unit: true,
  qualifier: true,
} satisfies Prisma.FigureSelect;

type FigureSummaryRow = Prisma.FigureGetPayload<{ select: typeof figureSummarySelect }>;

export function toFigureSummaryDto(row: FigureSummaryRow, baseUrl: string): FigureSummaryDto {
  return { ...row, links: { self: figureApiUrl(baseUrl, row.id), html: figurePageUrl(baseUrl, row.id) } };
}
