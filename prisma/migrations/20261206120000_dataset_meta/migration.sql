-- Dataset.meta: the dataset's own description of its overview (sides, headline cards) and notes.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Dataset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "licence" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "lastUpdated" TEXT NOT NULL,
    "meta" TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO "new_Dataset" ("citation", "description", "id", "lastUpdated", "licence", "slug", "title", "version") SELECT "citation", "description", "id", "lastUpdated", "licence", "slug", "title", "version" FROM "Dataset";
DROP TABLE "Dataset";
ALTER TABLE "new_Dataset" RENAME TO "Dataset";
CREATE UNIQUE INDEX "Dataset_slug_key" ON "Dataset"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

