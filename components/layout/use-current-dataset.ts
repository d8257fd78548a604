"use client";

import { useSearchParams } from "next/navigation";
import { usePathname } from "@/i18n/navigation";

// Which dataset the visitor is looking at, from the address: a dataset's own pages
// (/datasets/<slug>/…) name it in the path, the lists (/figures, /events) in their ?dataset= filter.
// The address is read without its language prefix (/ka/...). The header's switcher and navigation keep the visitor in it.

const DATASET_PATH = /^\/datasets\/([^/]+)/;

export function useCurrentDataset(): string | null {
  const pathname = usePathname();
  const search = useSearchParams();
  const match = DATASET_PATH.exec(pathname);
  if (match) return decodeURIComponent(match[1]!);
  return search.get("dataset");
}

/** The same kind of page for another dataset: the list filtered to it, or its overview. */
export function datasetPageHref(pathname: string, slug: string): string {
  const encoded = encodeURIComponent(slug);
  if (pathname === "/figures" || pathname === "/events") return `${pathname}?dataset=${encoded}`;
  return `/datasets/${encoded}`;
}
