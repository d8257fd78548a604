import type { PrismaClient } from "@/generated/prisma/client";
import type { FigureFacets } from "@/lib/data/figures/facets";
import { splitFlags } from "@/lib/db/flags";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { categoryLabel } from "@/lib/vocab/labels";
import { Vocabulary } from "@/lib/vocab/vocabulary";

// The explore page's facets counted the slow and obvious way, to check the app's GROUP BY counts
// against: every figure read into memory and tallied in JavaScript.

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function tally(values: string[]) {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort(byCode);
}

function tallyActors(actors: ({ code: string; name: string } | null)[]) {
  const names = new Map(actors.flatMap((actor) => (actor ? [[actor.code, actor.name] as const] : [])));
  return tally(actors.map((actor) => actor?.code ?? "none")).map((facet) => ({ ...facet, name: names.get(facet.code) ?? "No actor" }));
}

export async function tallyFigureFacets(prisma: PrismaClient): Promise<FigureFacets> {
  const actor = { select: { code: true, name: true } };
  const datasets = await prisma.dataset.findMany({ select: { meta: true }, orderBy: { id: "asc" } });
  const vocabulary = new Vocabulary(datasets.map((dataset) => parseDatasetMeta(dataset.meta)));
  const rows = await prisma.figure.findMany({
    select: { category: true, kind: true, unit: true, qualifier: true, flags: true, fromActor: actor, toActor: actor },
  });
  return {
    categories: tally(rows.map((row) => row.category)).map((facet) => ({ ...facet, label: vocabulary.categoryLabel(facet.code) ?? categoryLabel(facet.code) })),
    kinds: tally(rows.map((row) => row.kind)),
    units: tally(rows.map((row) => row.unit)).map((facet) => ({ ...facet, label: vocabulary.unitInfo(facet.code).label })),
    qualifiers: tally(rows.map((row) => row.qualifier)),
    flags: tally(rows.flatMap((row) => splitFlags(row.flags))),
    from: tallyActors(rows.map((row) => row.fromActor)),
    to: tallyActors(rows.map((row) => row.toActor)),
  };
}
