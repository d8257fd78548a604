import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DatasetDetailDto, DatasetDto } from "@/lib/schemas/api/dataset-response";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { datasetApiUrl, datasetEventsApiUrl, datasetFiguresApiUrl } from "../links";

export type { DatasetDetailDto, DatasetDto };

// What a dataset query loads, and how it becomes the public shape.

export const datasetInclude = {
  _count: { select: { figures: true, events: true, sources: true } },
} satisfies Prisma.DatasetInclude;

export type DatasetRow = Prisma.DatasetGetPayload<{ include: typeof datasetInclude }>;

export function toDatasetDto({ slug, title, description, version, licence, citation, lastUpdated, meta, _count }: DatasetRow, baseUrl: string): DatasetDto {
  const counts = { figures: _count.figures, events: _count.events, sources: _count.sources };
  const links = { self: datasetApiUrl(baseUrl, slug), figures: datasetFiguresApiUrl(baseUrl, slug), events: datasetEventsApiUrl(baseUrl, slug) };
  return { slug, title, description, version, licence, citation, lastUpdated, meta: parseDatasetMeta(meta), counts, links };
}
