// GET /sitemap.xml: the site's public pages and every dataset's pages, from the database
import type { MetadataRoute } from "next";
import { listDatasets } from "@/lib/data/datasets/list";
import { publicBaseUrl } from "@/lib/env";

// Read per request: datasets come and go with imports.
export const dynamic = "force-dynamic";

const SITE_PAGES = ["/", "/datasets", "/figures", "/events", "/methodology", "/api-docs"];

/** A dataset's pages: its overview, and the lists and methodology narrowed to it. */
const datasetPages = (slug: string) => {
  const query = `?dataset=${encodeURIComponent(slug)}`;
  return [`/datasets/${encodeURIComponent(slug)}`, `/figures${query}`, `/events${query}`, `/methodology${query}`];
};

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicBaseUrl();
  const datasets = await listDatasets({ baseUrl: base });
  const newest = datasets.map((dataset) => dataset.lastUpdated).sort().at(-1);
  return [
    ...SITE_PAGES.map((page) => ({ url: `${base}${page}`, ...(newest ? { lastModified: newest } : {}) })),
    ...datasets.flatMap((dataset) => datasetPages(dataset.slug).map((page) => ({ url: `${base}${page}`, lastModified: dataset.lastUpdated }))),
  ];
}
