import { readdirSync } from "node:fs";
import path from "node:path";

// Where the reviewed data files live. The seed loads every dataset file in prisma/data (every
// .yaml there but the conversion rates), in name order, so adding a dataset needs no code.
const DATA_DIR = path.resolve(process.cwd(), "prisma", "data");
export const CONVERSION_RATES_FILE = path.join(DATA_DIR, "conversion-rates.yaml");
export const DATASET_FILES = readdirSync(DATA_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => path.join(DATA_DIR, name))
  .filter((file) => file !== CONVERSION_RATES_FILE)
  .sort();

/** The source paper, outside the repo. Tests that quote it skip with a message when it is absent. */
export const SOURCE_PAPER_FILE = path.resolve(process.cwd(), "..", "shared", "seeds", "000_1fb64e661645a8a3.txt");
