-- ImportRun: the dataset may be unknown (rejected uploads into a new slug), the targeted slug, the
-- mode (merge | replace), dry runs, and the count of unchanged rows.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" INTEGER,
    "datasetSlug" TEXT NOT NULL DEFAULT '',
    "actor" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'merge',
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsAdded" INTEGER NOT NULL DEFAULT 0,
    "rowsChanged" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsRemoved" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "versionFrom" INTEGER,
    "versionTo" INTEGER,
    CONSTRAINT "ImportRun_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ImportRun" ("actor", "datasetId", "errorCount", "fileName", "finishedAt", "id", "report", "rowsAdded", "rowsChanged", "rowsRemoved", "rowsTotal", "sha256", "startedAt", "status", "versionFrom", "versionTo") SELECT "actor", "datasetId", "errorCount", "fileName", "finishedAt", "id", "report", "rowsAdded", "rowsChanged", "rowsRemoved", "rowsTotal", "sha256", "startedAt", "status", "versionFrom", "versionTo" FROM "ImportRun";
DROP TABLE "ImportRun";
ALTER TABLE "new_ImportRun" RENAME TO "ImportRun";
CREATE INDEX "ImportRun_datasetId_startedAt_idx" ON "ImportRun"("datasetId", "startedAt");
CREATE INDEX "ImportRun_status_idx" ON "ImportRun"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

