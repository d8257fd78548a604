-- Dataset.meta: the dataset's own description of its overview (sides, headline cards) and notes.
-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "meta" TEXT NOT NULL DEFAULT '{}';
