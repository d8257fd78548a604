-- Indexes for the explore page's and the API's filters and sorts at a million rows (npm run bench, docs/performance.md).
-- Generated with prisma migrate diff from the schema before and after this change.
-- DropIndex
DROP INDEX "Figure_unit_value_id_idx";

-- DropIndex
DROP INDEX "Figure_value_id_idx";

-- DropIndex
DROP INDEX "Figure_label_id_idx";

-- CreateIndex
CREATE INDEX "Figure_kind_id_idx" ON "Figure"("kind", "id");

-- CreateIndex
CREATE INDEX "Figure_unit_id_idx" ON "Figure"("unit", "id");

-- CreateIndex
CREATE INDEX "Figure_unit_value_id_yearStart_yearEnd_idx" ON "Figure"("unit", "value", "id", "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "Figure_unit_value_desc_id_years_idx" ON "Figure"("unit", "value" DESC, "id" DESC, "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "Figure_label_id_yearStart_yearEnd_idx" ON "Figure"("label", "id", "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "Figure_periodStart_id_yearStart_yearEnd_idx" ON "Figure"("periodStart", "id", "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "Figure_category_label_id_idx" ON "Figure"("category", "label", "id");

-- CreateIndex
CREATE INDEX "Figure_category_periodStart_id_idx" ON "Figure"("category", "periodStart", "id");

-- CreateIndex
CREATE INDEX "Figure_category_unit_value_id_idx" ON "Figure"("category", "unit", "value", "id");

-- CreateIndex
CREATE INDEX "Figure_category_unit_value_desc_id_idx" ON "Figure"("category", "unit", "value" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Figure_fromActorId_label_id_idx" ON "Figure"("fromActorId", "label", "id");

-- CreateIndex
CREATE INDEX "Figure_fromActorId_periodStart_id_idx" ON "Figure"("fromActorId", "periodStart", "id");

-- CreateIndex
CREATE INDEX "Figure_fromActorId_unit_value_id_idx" ON "Figure"("fromActorId", "unit", "value", "id");

-- CreateIndex
CREATE INDEX "Figure_fromActorId_unit_value_desc_id_idx" ON "Figure"("fromActorId", "unit", "value" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Figure_toActorId_label_id_idx" ON "Figure"("toActorId", "label", "id");

-- CreateIndex
CREATE INDEX "Figure_toActorId_periodStart_id_idx" ON "Figure"("toActorId", "periodStart", "id");

-- CreateIndex
CREATE INDEX "Figure_toActorId_unit_value_id_idx" ON "Figure"("toActorId", "unit", "value", "id");

-- CreateIndex
CREATE INDEX "Figure_toActorId_unit_value_desc_id_idx" ON "Figure"("toActorId", "unit", "value" DESC, "id" DESC);

