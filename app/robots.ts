// GET /robots.txt: everything public may be crawled; curation, the login and imports may not
import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/curate", "/login", "/api/v1/imports"] },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
