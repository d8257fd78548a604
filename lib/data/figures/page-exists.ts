import "server-only";
import { prisma } from "@/lib/db";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";
import { figureKeyExists, isMissingCanonicalFigurePage } from "./get-by-key";

// A figure page whose id is malformed or unknown must answer HTTP 404. The page itself calls
// notFound(), but by then the response is already streaming with status 200 (the app's loading
// boundaries start the stream), so the status has to be decided before rendering: the proxy asks
// this function and serves the not-found page with a 404 when it says so.

const FIGURE_PAGE = /^\/figures\/([^/]+)\/?$/;

/** True when `pathname` is /figures/<id> and <id> is not a figure: malformed, or not in the database. */
export async function isMissingFigurePage(pathname: string): Promise<boolean> {
  const match = FIGURE_PAGE.exec(pathname);
  if (!match) return isMissingCanonicalFigurePage(pathname);
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]!);
  } catch {
    return true;
  }
  const id = figureIdParamSchema.safeParse(segment);
  // A key is let through when some dataset has it: app/figures/[id]/route.ts redirects it.
  if (!id.success) return !(await figureKeyExists(segment));
  const row = await prisma.figure.findUnique({ where: { id: id.data }, select: { id: true } });
  return row === null;
}
