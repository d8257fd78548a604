import "server-only";
import { prisma } from "@/lib/db";
import { QueryError } from "@/lib/schemas/api/query-error";
import { NO_ACTOR } from "@/lib/schemas/api/params";

// Actors (states, regions, organisations) as the filters name them.

/**
 * The ids of the given actor codes, with null standing for "none"; throws a QueryError naming
 * `param` when a code is unknown, because an unknown actor is a typo, not an empty result.
 */
export async function getActorIdsOrThrow(codes: readonly string[], param: string): Promise<(number | null)[]> {
  const wanted = codes.filter((code) => code !== NO_ACTOR);
  const rows = await prisma.actor.findMany({ where: { code: { in: wanted } }, select: { id: true, code: true } });
  const idByCode = new Map(rows.map((row) => [row.code, row.id]));
  const missing = wanted.find((code) => !idByCode.has(code));
  if (missing !== undefined) throw new QueryError("invalid_parameter", param, `${param}: unknown actor "${missing}"`);
  return codes.map((code) => (code === NO_ACTOR ? null : idByCode.get(code)!));
}
