import "server-only";
import { prisma } from "@/lib/db";

// The dataset an address without a slug means (the old /present and /embed/<chart> links, and the
// home page when only one dataset is loaded): the first one loaded, so that adding a dataset later
// never changes what an old link shows.

/** The default dataset's slug, or null when no dataset is loaded. */
export async function getDefaultDatasetSlug(): Promise<string | null> {
  const row = await prisma.dataset.findFirst({ orderBy: { id: "asc" }, select: { slug: true } });
  return row?.slug ?? null;
}
