import type { Prisma } from "@/generated/prisma/client";
import type { DatasetDetailDto, DatasetDto } from "@/lib/schemas/api/dataset-response";
import { datasetApiUrl, datasetEventsApiUrl, datasetFiguresApiUrl } from "../links";

export type { DatasetDetailDto, DatasetDto };

// What a dataset query loads, and how it becomes the public shape.

export const datasetInclude = {
  _count: { select: { figures: true, events: true, sources: true } },
} satisfies Prisma.DatasetInclude;

export type DatasetRow = Prisma.DatasetGetPayload<{ include: typeof datasetInclude }>;

export function toDatasetDto(row: DatasetRow, baseUrl: string): DatasetDto {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    version: row.version,
    licence: row.licence,
    citation: row.citation,
    lastUpdated: row.lastUpdated,
    counts: { figures: row._count.figures, events: row._count.events, sources: row._count.sources },
    links: {
      self: datasetApiUrl(baseUrl, row.slug),
      figures: datasetFiguresApiUrl(baseUrl, row.slug),
      events: datasetEventsApiUrl(baseUrl, row.slug),
    },
  };
}
