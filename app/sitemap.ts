// GET /sitemap.xml: the site's public pages and every dataset's pages, from the database
import type { MetadataRoute } from "next";
import { listDatasets } from "@/lib/data/datasets/list";
import { publicBaseUrl } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/alternates";

// Read per request: datasets come and go with imports.
export const dynamic = "force-dynamic";

const SITE_PAGES = ["/", "/datasets", "/figures", "/events", "/methodology", "/api-docs"];

/** A dataset's pages: its overview, and the lists and methodology narrowed to it. */
const datasetPages = (slug: string) => {
  const query = `?dataset=${encodeURIComponent(slug)}`;
  return [`/datasets/${encodeURIComponent(slug)}`, `/figures${query}`, `/events${query}`, `/methodology${query}`];
};

/** A page's entry, naming its versions in the other languages (hreflang). */
function entry(base: string, page: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  const [path = "/", query] = page.split("?");
  const languages = Object.fromEntries(
    Object.entries(languageAlternates(path)).map(([locale, localized]) => [locale, `${base}${localized}${query ? `?${query}` : ""}`]),
  );
  return { url: `${base}${page}`, ...(lastModified ? { lastModified } : {}), alternates: { languages } };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicBaseUrl();
  const datasets = await listDatasets({ baseUrl: base });
  const newest = datasets.map((dataset) => dataset.lastUpdated).sort().at(-1);
  return [
    ...SITE_PAGES.map((page) => entry(base, page, newest)),
    ...datasets.flatMap((dataset) => datasetPages(dataset.slug).map((page) => entry(base, page, dataset.lastUpdated))),
  ];
}
