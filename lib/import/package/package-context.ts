import type { PrismaClient } from "@/generated/prisma/client";
import type { ConversionRateEntry } from "@/lib/schemas/dataset-file";
import { loadImportContext, type InMemoryImportContext } from "../context";

// What a package's tables are checked against in the database, beyond what a CSV import needs
// (context.ts): the dataset's stored phases, and the reference conversion rates, which every
// dataset shares, so a package may add rates but never change one.

export interface PackageContext extends InMemoryImportContext {
  /** The dataset's stored phase keys. */
  phases: Set<string>;
  /** Every stored rate, by key. */
  rates: Map<string, ConversionRateEntry>;
}

export async function loadPackageContext(prisma: PrismaClient, slug: string): Promise<PackageContext> {
  const [context, phases, rates] = await Promise.all([
    loadImportContext(prisma, slug),
    prisma.phase.findMany({ where: { dataset: { slug } }, select: { key: true } }),
    prisma.conversionRate.findMany({ omit: { id: true } }),
  ]);
  return { ...context, phases: new Set(phases.map((phase) => phase.key)), rates: new Map(rates.map((rate) => [rate.key, rate])) };
}
