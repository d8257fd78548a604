import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { eventInclude, toEventDto, type EventDto } from "./events/dto";
import { datasetInclude, toDatasetDto, type DatasetDto } from "./datasets/dto";
import type { ChartFigure } from "@/lib/charts/chart-types";
import { readChartFigures } from "./overview/chart-figures";
import { getVocabulary } from "./vocabulary";
import { listConversionRates } from "./conversion-rates";
import { VersionedCache } from "./read-cache";

// Everything a dataset's overview draws: the dataset, all of its figures (only the fields the charts
// read, lib/data/overview/chart-figures.ts) and events, its phases and the reference conversion rates. The overview shapes these in lib/charts;
// nothing here formats or filters for a chart. Read once per data version and kept in memory
// (lib/data/read-cache.ts): the overview, its embeds and the presentation all start from it.

export interface OverviewData {
  dataset: DatasetDto;
  figures: ChartFigure[];
  events: EventDto[];
  phases: { key: string; label: string; description: string; startYear: number | null; endYear: number | null }[];
  rates: Awaited<ReturnType<typeof listConversionRates>>;
  primarySource: { author: string; title: string; citation: string } | null;
}

// Keyed by the dataset and the origin the links are written with (one origin per deployment, a
// few in tests). A handful of datasets are visited at any time.
const overviewCache = new VersionedCache<OverviewData | null>(8);

/** The overview's data for the dataset `slug`, or null when there is no such dataset. */
export function getOverviewData(slug: string, { baseUrl = publicBaseUrl() } = {}): Promise<OverviewData | null> {
  return overviewCache.get(JSON.stringify([slug, baseUrl]), () => readOverviewData(slug, baseUrl));
}

async function readOverviewData(slug: string, baseUrl: string): Promise<OverviewData | null> {
  const datasetRow = await prisma.dataset.findUnique({ where: { slug }, include: datasetInclude });
  if (!datasetRow) return null;
  const datasetId = datasetRow.id;
  const [figures, eventRows, phases, rates, primary] = await Promise.all([
    getVocabulary().then((vocabulary) => readChartFigures(datasetId, vocabulary)),
    prisma.event.findMany({ where: { datasetId }, orderBy: [{ date: "asc" }, { id: "asc" }], include: eventInclude }),
    prisma.phase.findMany({
      where: { datasetId },
      orderBy: { sortOrder: "asc" },
      select: { key: true, label: true, description: true, startYear: true, endYear: true },
    }),
    listConversionRates(),
    prisma.source.findFirst({
      where: { datasetId, kind: "primary" },
      orderBy: { id: "asc" },
      select: { author: true, title: true, citation: true },
    }),
  ]);
  return {
    dataset: toDatasetDto(datasetRow, baseUrl),
    figures,
    events: eventRows.map(toEventDto),
    phases,
    rates,
    primarySource: primary,
  };
}
