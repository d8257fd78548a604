import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { keyParam } from "@/lib/schemas/api/params";
import { getFigureOrNull } from "./get";
import type { FigureDetailDto } from "./dto";

// Figures by their stable address: the dataset's slug and the figure's key (unique within a
// dataset), which survive a rebuilt database where numeric ids do not. The canonical figure page
// reads through here; /figures/<id> and /figures/<key> look up where to redirect.

const figureKeySchema = keyParam("figure key");

/** A figure's stable address. */
export interface FigureAddress {
  slug: string;
  key: string;
}

/** The id of the figure at slug + key, or null (also for a slug or key that cannot be one). */
async function figureIdAt({ slug, key }: FigureAddress): Promise<number | null> {
  if (!datasetSlugParamSchema.safeParse(slug).success || !figureKeySchema.safeParse(key).success) return null;
  const row = await prisma.figure.findFirst({ where: { key, dataset: { slug } }, select: { id: true } });
  return row?.id ?? null;
}

/** The figure at slug + key with its parent and components, or null when there is none. */
export async function getFigureByKeyOrNull(address: FigureAddress, { baseUrl = publicBaseUrl() }: { baseUrl?: string } = {}): Promise<FigureDetailDto | null> {
  const id = await figureIdAt(address);
  return id === null ? null : getFigureOrNull(id, { baseUrl });
}

/** Where the figure with this numeric id lives, or null. */
export async function figureAddressOfId(id: number): Promise<FigureAddress | null> {
  const row = await prisma.figure.findUnique({ where: { id }, select: { key: true, dataset: { select: { slug: true } } } });
  return row ? { slug: row.dataset.slug, key: row.key } : null;
}

/** Every figure with this key, one per dataset, with its dataset's title, by slug. */
export async function figuresWithKey(key: string): Promise<(FigureAddress & { label: string; datasetTitle: string })[]> {
  if (!figureKeySchema.safeParse(key).success) return [];
  const rows = await prisma.figure.findMany({
    where: { key },
    select: { key: true, label: true, dataset: { select: { slug: true, title: true } } },
    orderBy: { dataset: { slug: "asc" } },
  });
  return rows.map((row) => ({ slug: row.dataset.slug, key: row.key, label: row.label, datasetTitle: row.dataset.title }));
}

/** True when some dataset has a figure with this key. */
export async function figureKeyExists(key: string): Promise<boolean> {
  if (!figureKeySchema.safeParse(key).success) return false;
  return (await prisma.figure.findFirst({ where: { key }, select: { id: true } })) !== null;
}

const CANONICAL_PAGE = /^\/datasets\/([^/]+)\/figures\/([^/]+)\/?$/;

/**
 * True when `pathname` is a canonical figure page (/datasets/<slug>/figures/<key>) that names no
 * figure. The page streams before it could call notFound(), so the proxy asks first and answers 404
 * (lib/data/figures/page-exists.ts).
 */
export async function isMissingCanonicalFigurePage(pathname: string): Promise<boolean> {
  const match = CANONICAL_PAGE.exec(pathname);
  if (!match) return false;
  try {
    return (await figureIdAt({ slug: decodeURIComponent(match[1]!), key: decodeURIComponent(match[2]!) })) === null;
  } catch {
    return true;
  }
}
