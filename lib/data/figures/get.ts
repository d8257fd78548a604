import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { figureInclude, figureSummarySelect, toFigureDto, toFigureSummaryDto, type FigureDetailDto } from "./dto";

/** One figure with its parent and components, or null when there is no such id. */
export async function getFigureOrNull(id: number, { baseUrl = publicBaseUrl() }: { baseUrl?: string } = {}): Promise<FigureDetailDto | null> {
  const row = await prisma.figure.findUnique({
    where: { id },
    include: {
      ...figureInclude,
      parent: { select: { ...figureSummarySelect } },
      components: { select: figureSummarySelect, orderBy: { id: "asc" } },
    },
  });
  if (!row) return null;
  return {
    ...toFigureDto({ ...row, parent: row.parent ? { key: row.parent.key } : null }, baseUrl),
    parent: row.parent ? toFigureSummaryDto(row.parent, baseUrl) : null,
    components: row.components.map((component) => toFigureSummaryDto(component, baseUrl)),
  };
}
