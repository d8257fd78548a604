// GET /robots.txt: everything public may be crawled; curation, the login and imports may not (in
// every language)
import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/alternates";
import { LOCALES } from "@/lib/i18n/locales";

const PRIVATE_PAGES = ["/curate", "/login"];

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...LOCALES.flatMap((locale) => PRIVATE_PAGES.map((page) => localizedPath(page, locale))), "/api/v1/imports"] },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
