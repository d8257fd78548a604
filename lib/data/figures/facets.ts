import { prisma } from "@/lib/db";
import { splitFlags } from "@/lib/import/dataset/rows";

// The values the explore page's filters can offer, each with how many figures carry it.
// Counted over one dataset when a slug is given, else over all.

export interface FacetCount {
  code: string;
  count: number;
}
export interface ActorFacetCount extends FacetCount {
  name: string;
}
export interface FigureFacets {
  categories: FacetCount[];
  kinds: FacetCount[];
  units: FacetCount[];
  qualifiers: FacetCount[];
  flags: FacetCount[];
  from: ActorFacetCount[];
  to: ActorFacetCount[];
}

const byCode = (a: FacetCount, b: FacetCount) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export async function getFigureFacets(datasetSlug?: string): Promise<FigureFacets> {
  const where = datasetSlug === undefined ? {} : { dataset: { slug: datasetSlug } };
  // One read: facets are few and small, and counting in JS also splits the ";"-joined flags.
  const rows = await prisma.figure.findMany({
    where,
    select: {
      category: true,
      kind: true,
      unit: true,
      qualifier: true,
      flags: true,
      fromActor: { select: { code: true, name: true } },
      toActor: { select: { code: true, name: true } },
    },
  });
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([code, count]) => ({ code, count })).sort(byCode);
  };
  const tallyActors = (actors: ({ code: string; name: string } | null)[]) => {
    const names = new Map(actors.flatMap((actor) => (actor ? [[actor.code, actor.name] as const] : [])));
    return tally(actors.map((actor) => actor?.code ?? "none")).map((facet) => ({
      ...facet,
      name: names.get(facet.code) ?? "No actor",
    }));
  };
  return {
    categories: tally(rows.map((row) => row.category)),
    kinds: tally(rows.map((row) => row.kind)),
    units: tally(rows.map((row) => row.unit)),
    qualifiers: tally(rows.map((row) => row.qualifier)),
    flags: tally(rows.flatMap((row) => splitFlags(row.flags))),
    from: tallyActors(rows.map((row) => row.fromActor)),
    to: tallyActors(rows.map((row) => row.toActor)),
  };
}
