import "server-only";
import { figurePath } from "@/lib/export/share-links";

// Absolute URLs for the API and the pages. The caller passes the origin it serves under (the
// request's, or PUBLIC_BASE_URL), so links in a response point back to where the client came from.

export const figureApiUrl = (base: string, id: number) => `${base}/api/v1/figures/${id}`;
export const figurePageUrl = (base: string, slug: string, key: string) => `${base}${figurePath(slug, key)}`;
export const datasetApiUrl = (base: string, slug: string) => `${base}/api/v1/datasets/${encodeURIComponent(slug)}`;
export const datasetFiguresApiUrl = (base: string, slug: string) =>
  `${base}/api/v1/figures?dataset=${encodeURIComponent(slug)}`;
export const datasetEventsApiUrl = (base: string, slug: string) =>
  `${base}/api/v1/events?dataset=${encodeURIComponent(slug)}`;
