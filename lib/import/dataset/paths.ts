import path from "node:path";

// Where the reviewed data files live. The seed loads every dataset listed here.
const DATA_DIR = path.resolve(process.cwd(), "prisma", "data");
export const DATASET_FILES = [path.join(DATA_DIR, "sino-soviet-1950-1980.yaml")];
export const CONVERSION_RATES_FILE = path.join(DATA_DIR, "conversion-rates.yaml");

/** The source paper, outside the repo. Tests that quote it skip with a message when it is absent. */
export const SOURCE_PAPER_FILE = path.resolve(process.cwd(), "..", "shared", "seeds", "000_1fb64e661645a8a3.txt");
