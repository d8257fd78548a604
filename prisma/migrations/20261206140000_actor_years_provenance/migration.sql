-- Actors get the years they existed (optional), and a figure's provenance fits its source: a phrase
-- (section and phrase, now optional columns), a table cell (cellTable, cellRow, cellColumn) or a
-- page or URL (locator). Every existing figure is a phrase: the new column's default fills it in
-- the copy below, and its section and phrase are kept.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nativeName" TEXT,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER
);
INSERT INTO "new_Actor" ("code", "description", "id", "kind", "name", "nativeName") SELECT "code", "description", "id", "kind", "name", "nativeName" FROM "Actor";
DROP TABLE "Actor";
ALTER TABLE "new_Actor" RENAME TO "Actor";
CREATE UNIQUE INDEX "Actor_code_key" ON "Actor"("code");
CREATE TABLE "new_Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromActorId" INTEGER,
    "toActorId" INTEGER,
    "value" REAL NOT NULL,
    "valuePrinted" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "priceBasis" TEXT,
    "priceYear" INTEGER,
    "denomination" TEXT,
    "qualifier" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "periodStatus" TEXT NOT NULL,
    "periodText" TEXT,
    "yearStart" INTEGER,
    "yearEnd" INTEGER,
    "parentId" INTEGER,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "derivation" TEXT,
    "sourceId" INTEGER NOT NULL,
    "provenance" TEXT NOT NULL DEFAULT 'phrase',
    "section" TEXT,
    "phrase" TEXT,
    "cellTable" TEXT,
    "cellRow" TEXT,
    "cellColumn" TEXT,
    "locator" TEXT,
    "citedRef" TEXT,
    "citedSourceId" INTEGER,
    "flags" TEXT NOT NULL DEFAULT '',
    "notes" TEXT,
    "searchText" TEXT NOT NULL,
    CONSTRAINT "Figure_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Figure_fromActorId_fkey" FOREIGN KEY ("fromActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_toActorId_fkey" FOREIGN KEY ("toActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Figure" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_citedSourceId_fkey" FOREIGN KEY ("citedSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("category", "citedRef", "citedSourceId", "datasetId", "denomination", "derivation", "derived", "flags", "fromActorId", "id", "key", "kind", "label", "notes", "parentId", "periodEnd", "periodStart", "periodStatus", "periodText", "phrase", "priceBasis", "priceYear", "qualifier", "searchText", "section", "sourceId", "toActorId", "unit", "value", "valuePrinted", "yearEnd", "yearStart") SELECT "category", "citedRef", "citedSourceId", "datasetId", "denomination", "derivation", "derived", "flags", "fromActorId", "id", "key", "kind", "label", "notes", "parentId", "periodEnd", "periodStart", "periodStatus", "periodText", "phrase", "priceBasis", "priceYear", "qualifier", "searchText", "section", "sourceId", "toActorId", "unit", "value", "valuePrinted", "yearEnd", "yearStart" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_datasetId_id_idx" ON "Figure"("datasetId", "id");
CREATE INDEX "Figure_qualifier_id_idx" ON "Figure"("qualifier", "id");
CREATE INDEX "Figure_parentId_idx" ON "Figure"("parentId");
CREATE INDEX "Figure_category_id_idx" ON "Figure"("category", "id");
CREATE INDEX "Figure_kind_id_idx" ON "Figure"("kind", "id");
CREATE INDEX "Figure_unit_id_idx" ON "Figure"("unit", "id");
CREATE INDEX "Figure_unit_value_id_yearStart_yearEnd_idx" ON "Figure"("unit", "value", "id", "yearStart", "yearEnd");
CREATE INDEX "Figure_unit_value_desc_id_years_idx" ON "Figure"("unit", "value" DESC, "id" DESC, "yearStart", "yearEnd");
CREATE INDEX "Figure_label_id_yearStart_yearEnd_idx" ON "Figure"("label", "id", "yearStart", "yearEnd");
CREATE INDEX "Figure_periodStart_id_yearStart_yearEnd_idx" ON "Figure"("periodStart", "id", "yearStart", "yearEnd");
CREATE INDEX "Figure_yearStart_yearEnd_id_idx" ON "Figure"("yearStart", "yearEnd", "id");
CREATE INDEX "Figure_fromActorId_toActorId_id_idx" ON "Figure"("fromActorId", "toActorId", "id");
CREATE INDEX "Figure_toActorId_id_idx" ON "Figure"("toActorId", "id");
CREATE INDEX "Figure_category_label_id_idx" ON "Figure"("category", "label", "id");
CREATE INDEX "Figure_category_periodStart_id_idx" ON "Figure"("category", "periodStart", "id");
CREATE INDEX "Figure_category_unit_value_id_idx" ON "Figure"("category", "unit", "value", "id");
CREATE INDEX "Figure_category_unit_value_desc_id_idx" ON "Figure"("category", "unit", "value" DESC, "id" DESC);
CREATE INDEX "Figure_fromActorId_label_id_idx" ON "Figure"("fromActorId", "label", "id");
CREATE INDEX "Figure_fromActorId_periodStart_id_idx" ON "Figure"("fromActorId", "periodStart", "id");
CREATE INDEX "Figure_fromActorId_unit_value_id_idx" ON "Figure"("fromActorId", "unit", "value", "id");
CREATE INDEX "Figure_fromActorId_unit_value_desc_id_idx" ON "Figure"("fromActorId", "unit", "value" DESC, "id" DESC);
CREATE INDEX "Figure_toActorId_label_id_idx" ON "Figure"("toActorId", "label", "id");
CREATE INDEX "Figure_toActorId_periodStart_id_idx" ON "Figure"("toActorId", "periodStart", "id");
CREATE INDEX "Figure_toActorId_unit_value_id_idx" ON "Figure"("toActorId", "unit", "value", "id");
CREATE INDEX "Figure_toActorId_unit_value_desc_id_idx" ON "Figure"("toActorId", "unit", "value" DESC, "id" DESC);
CREATE UNIQUE INDEX "Figure_datasetId_key_key" ON "Figure"("datasetId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

