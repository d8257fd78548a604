import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db";

// The import's own connection (the CLI and the worker process), with a page cache of 256 MB rather
// than the 32 MB a page-serving connection keeps. An import inserts into about thirty indexes at
// once; at a million figures they outgrow a small cache, and every insert then reads index pages
// back from disk (the import fell from 2,400 rows/s at 100,000 rows to 800 rows/s at a million:
// docs/performance.md). The cache fills only as pages are read, and is freed when the import's
// process exits.
export const IMPORT_CACHE_KB = 256 * 1024;

export function createImportClient(): PrismaClient {
  return createPrismaClient(undefined, { cacheKb: IMPORT_CACHE_KB });
}
