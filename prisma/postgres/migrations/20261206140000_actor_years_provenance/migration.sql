-- Actors get the years they existed (optional), and a figure's provenance fits its source: a phrase
-- (section and phrase, now optional columns), a table cell (cellTable, cellRow, cellColumn) or a
-- page or URL (locator). Every existing figure is a phrase: the new column's default fills it in,
-- and its section and phrase are kept.
-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "endYear" INTEGER,
ADD COLUMN     "startYear" INTEGER;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "cellColumn" TEXT,
ADD COLUMN     "cellRow" TEXT,
ADD COLUMN     "cellTable" TEXT,
ADD COLUMN     "locator" TEXT,
ADD COLUMN     "provenance" TEXT NOT NULL DEFAULT 'phrase',
ALTER COLUMN "section" DROP NOT NULL,
ALTER COLUMN "phrase" DROP NOT NULL;
