import "server-only";
import { prisma } from "@/lib/db";
import { splitFlags } from "@/lib/db/flags";
import { categoryLabel } from "@/lib/vocab/labels";
import { VersionedCache } from "../read-cache";
import { getVocabulary } from "../vocabulary";

// The values the explore page's filters can offer, each with how many figures carry it. Counted by
// the database (GROUP BY) rather than by reading every figure into memory, and only once per data
// version (lib/data/read-cache.ts): seven GROUP BYs walk seven indexes of the whole table, half a
// second at a million rows, and the answer only changes when the data does.

export interface FacetCount {
  code: string;
  count: number;
}
interface ActorFacetCount extends FacetCount {
  name: string;
}
/** A unit or a category, with its label from the data's vocabulary (lib/data/vocabulary.ts). */
interface LabelledFacetCount extends FacetCount {
  label: string;
}
export interface FigureFacets {
  categories: LabelledFacetCount[];
  kinds: FacetCount[];
  units: LabelledFacetCount[];
  qualifiers: FacetCount[];
  flags: FacetCount[];
  from: ActorFacetCount[];
  to: ActorFacetCount[];
}

const byCode = (a: FacetCount, b: FacetCount) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const facetsCache = new VersionedCache<FigureFacets>(1);

export function getFigureFacets(): Promise<FigureFacets> {
  return facetsCache.get("all", countFacets);
}

async function countFacets(): Promise<FigureFacets> {
  const [categories, kinds, units, qualifiers, flagSets, from, to, vocabulary] = await Promise.all([
    prisma.figure.groupBy({ by: ["category"], _count: { _all: true } }),
    prisma.figure.groupBy({ by: ["kind"], _count: { _all: true } }),
    prisma.figure.groupBy({ by: ["unit"], _count: { _all: true } }),
    prisma.figure.groupBy({ by: ["qualifier"], _count: { _all: true } }),
    // Flags are stored joined (";"): group the combinations, then count each flag.
    prisma.figure.groupBy({ by: ["flags"], _count: { _all: true } }),
    prisma.figure.groupBy({ by: ["fromActorId"], _count: { _all: true } }),
    prisma.figure.groupBy({ by: ["toActorId"], _count: { _all: true } }),
    getVocabulary(),
  ]);
  const actorIds = [...from.map((row) => row.fromActorId), ...to.map((row) => row.toActorId)].filter((id): id is number => id !== null);
  const actors = await prisma.actor.findMany({ where: { id: { in: [...new Set(actorIds)] } }, select: { id: true, code: true, name: true } });
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));

  const flagCounts = new Map<string, number>();
  for (const row of flagSets) for (const flag of splitFlags(row.flags)) flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + row._count._all);

  // A figure without an actor counts under "none", the code the actor filters use for it.
  const actorFacets = (rows: { id: number | null; count: number }[]) =>
    rows
      .map(({ id, count }) => {
        const actor = id === null ? undefined : actorById.get(id);
        return { code: actor?.code ?? "none", name: actor?.name ?? "No actor", count };
      })
      .sort(byCode);

  return {
    categories: categories
      .map((row) => ({ code: row.category, label: vocabulary.categoryLabel(row.category) ?? categoryLabel(row.category), count: row._count._all }))
      .sort(byCode),
    kinds: kinds.map((row) => ({ code: row.kind, count: row._count._all })).sort(byCode),
    units: units.map((row) => ({ code: row.unit, label: vocabulary.unitInfo(row.unit).label, count: row._count._all })).sort(byCode),
    qualifiers: qualifiers.map((row) => ({ code: row.qualifier, count: row._count._all })).sort(byCode),
    flags: [...flagCounts].map(([code, count]) => ({ code, count })).sort(byCode),
    from: actorFacets(from.map((row) => ({ id: row.fromActorId, count: row._count._all }))),
    to: actorFacets(to.map((row) => ({ id: row.toActorId, count: row._count._all }))),
  };
}
