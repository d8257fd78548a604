import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import type { DatasetDto } from "./dto";
import { listDatasets } from "./list";
import { VersionedCache } from "../read-cache";

// What the home page says about each dataset beside its title and counts: the years its figures
// cover and the actors that give or receive in them. Two GROUP BYs over every figure, so they are
// read once per data version (lib/data/read-cache.ts).

export interface DatasetSummary extends DatasetDto {
  /** The first and last year the figures' periods cover; null when no figure states its years. */
  years: { from: number; to: number } | null;
  /** Every actor named as giver or receiver, by name. */
  actors: { code: string; name: string }[];
}

/** By dataset slug. */
interface Extras {
  years: Map<string, { from: number; to: number }>;
  actors: Map<string, Map<string, string>>;
}

const extrasCache = new VersionedCache<Extras>(1);

async function readExtras(): Promise<Extras> {
  const [datasets, years, givers, receivers] = await Promise.all([
    prisma.dataset.findMany({ select: { id: true, slug: true } }),
    prisma.figure.groupBy({ by: ["datasetId"], _min: { yearStart: true }, _max: { yearEnd: true } }),
    prisma.figure.groupBy({ by: ["datasetId", "fromActorId"], where: { fromActorId: { not: null } } }),
    prisma.figure.groupBy({ by: ["datasetId", "toActorId"], where: { toActorId: { not: null } } }),
  ]);
  const pairs = [
    ...givers.map((row) => ({ datasetId: row.datasetId, actorId: row.fromActorId! })),
    ...receivers.map((row) => ({ datasetId: row.datasetId, actorId: row.toActorId! })),
  ];
  const actorRows = await prisma.actor.findMany({
    where: { id: { in: [...new Set(pairs.map((pair) => pair.actorId))] } },
    select: { id: true, code: true, name: true },
  });
  const byId = new Map(actorRows.map((actor) => [actor.id, actor]));
  const slugOf = new Map(datasets.map((dataset) => [dataset.id, dataset.slug]));
  const actors = new Map<string, Map<string, string>>();
  for (const { datasetId, actorId } of pairs) {
    const actor = byId.get(actorId);
    const slug = slugOf.get(datasetId);
    if (!actor || slug === undefined) continue;
    const list = actors.get(slug) ?? new Map<string, string>();
    list.set(actor.code, actor.name);
    actors.set(slug, list);
  }
  const spans = new Map<string, { from: number; to: number }>();
  for (const row of years) {
    const slug = slugOf.get(row.datasetId);
    if (slug !== undefined && row._min.yearStart !== null && row._max.yearEnd !== null) {
      spans.set(slug, { from: row._min.yearStart, to: row._max.yearEnd });
    }
  }
  return { years: spans, actors };
}

/** Every dataset with its counts, the years it covers and its actors, in slug order. */
export async function listDatasetSummaries({ baseUrl = publicBaseUrl() } = {}): Promise<DatasetSummary[]> {
  const [datasets, extras] = await Promise.all([listDatasets({ baseUrl }), extrasCache.get("all", readExtras)]);
  return datasets.map((dataset) => ({
    ...dataset,
    years: extras.years.get(dataset.slug) ?? null,
    actors: [...(extras.actors.get(dataset.slug) ?? new Map<string, string>()).entries()]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
