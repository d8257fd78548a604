import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/db/flags";
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

const figureLinks = (baseUrl: string, id: number) => ({ self: figureApiUrl(baseUrl, id), html: figurePageUrl(baseUrl, id) });

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
    links: figureLinks(baseUrl, row.id),
  };
}

export const figureSummarySelect = figureSummaryFields satisfies Prisma.FigureSelect;

type FigureSummaryRow = Prisma.FigureGetPayload<{ select: typeof figureSummarySelect }>;

export function toFigureSummaryDto(row: FigureSummaryRow, baseUrl: string): FigureSummaryDto {
  return { ...row, links: figureLinks(baseUrl, row.id) };
}
