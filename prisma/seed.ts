// Loads the reviewed dataset files (prisma/data/*.yaml) into the database. Idempotent: rows are
// matched on stable keys and only differences are written, so a second run changes nothing.
// Usage: npm run db:seed   (DATABASE_FILE picks the SQLite file; default data/aidflow.db)
import { createPrismaClient } from "@/lib/db";
import { CONVERSION_RATES_FILE, DATASET_FILES } from "@/lib/import/dataset/paths";
import { DatasetFileError, loadConversionRatesFile, loadDatasetFile } from "@/lib/import/dataset/load";
import { importDatasetFile, totalWrites, type RowCounts } from "@/lib/import/dataset/import-dataset-file";
import type { PrismaClient } from "@/generated/prisma/client";

const describe = (name: string, c: RowCounts) => `${name}: +${c.added} ~${c.changed} =${c.unchanged}`;

export async function seed(prisma: PrismaClient, log: (line: string) => void = console.log): Promise<number> {
  // Read and check every file before the first write.
  const rates = loadConversionRatesFile(CONVERSION_RATES_FILE);
  const datasets = DATASET_FILES.map((file) => loadDatasetFile(file));
  let writes = 0;
  for (const [index, data] of datasets.entries()) {
    // Conversion rates are global: write them with the first dataset only.
    const result = await importDatasetFile(prisma, data, index === 0 ? rates : []);
    writes += totalWrites(result);
    log(
      `seeded ${result.slug}: ` +
        [
          describe("figures", result.figures),
          describe("events", result.events),
          describe("sources", result.sources),
          describe("actors", result.actors),
          describe("phases", result.phases),
          describe("rates", result.rates),
        ].join(", "),
    );
  }
  return writes;
}

async function main() {
  const prisma = createPrismaClient();
  try {
    const writes = await seed(prisma);
    console.log(writes === 0 ? "seed: nothing to change" : `seed: ${writes} row(s) written`);
  } catch (error) {
    if (error instanceof DatasetFileError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

// Run only when invoked as a script, not when a test imports seed().
if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) void main();
