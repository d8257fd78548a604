import { vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { pointEnvAt } from "./temp-db";

// Runs route handlers against one database file (or PostgreSQL URL): lib/db.ts picks its database
// when first evaluated and caches its client on globalThis, so the environment is pointed at the
// database, the cached client dropped and the module registry reset; routes imported inside `run`
// (with `await import(...)`) then use that database. Afterwards the client is closed and the
// environment restored, so that one test can call the routes of several databases in turn.

const globalForPrisma = globalThis as unknown as { aidflowPrisma?: PrismaClient };

export async function withRoutesOn<T>(file: string, run: () => Promise<T>): Promise<T> {
  const previous = { DATABASE_FILE: process.env.DATABASE_FILE, DATABASE_URL: process.env.DATABASE_URL };
  pointEnvAt(file);
  delete globalForPrisma.aidflowPrisma;
  vi.resetModules();
  try {
    return await run();
  } finally {
    const { prisma } = await import("@/lib/db");
    await prisma.$disconnect();
    delete globalForPrisma.aidflowPrisma;
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** GET /api/v1/datasets/{slug}/datapackage.zip from that database, as bytes. */
export function exportDataPackage(file: string, slug: string): Promise<Uint8Array> {
  return withRoutesOn(file, async () => {
    const { GET } = await import("@/app/api/v1/datasets/[slug]/datapackage.zip/route");
    const response = await GET(new Request(`http://localhost/api/v1/datasets/${slug}/datapackage.zip`), { params: Promise.resolve({ slug }) });
    if (response.status !== 200) throw new Error(`the package export answered ${response.status}: ${await response.text()}`);
    return new Uint8Array(await response.arrayBuffer());
  });
}
