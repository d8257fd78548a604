import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { getVocabulary } from "../vocabulary";
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
  const vocabulary = await getVocabulary();
  return {
    ...toFigureDto({ ...row, parent: row.parent ? { key: row.parent.key } : null }, baseUrl, vocabulary),
    parent: row.parent ? toFigureSummaryDto(row.parent, baseUrl, vocabulary, row.dataset.slug) : null,
    components: row.components.map((component) => toFigureSummaryDto(component, baseUrl, vocabulary, row.dataset.slug)),
  };
}
