-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Dataset" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "licence" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "lastUpdated" TEXT NOT NULL,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "year" TEXT,
    "title" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nativeName" TEXT,
    "kind" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromActorId" INTEGER,
    "toActorId" INTEGER,
    "value" DOUBLE PRECISION NOT NULL,
    "valuePrinted" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "currencyBasis" TEXT,
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
    "section" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "citedRef" TEXT,
    "citedSourceId" INTEGER,
    "flags" TEXT NOT NULL DEFAULT '',
    "notes" TEXT,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "endDate" TEXT,
    "dateText" TEXT NOT NULL,
    "dateStatus" TEXT NOT NULL,
    "yearStart" INTEGER NOT NULL,
    "yearEnd" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "phaseId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "citedRef" TEXT,
    "flags" TEXT NOT NULL DEFAULT '',
    "notes" TEXT,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventActor" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,

    CONSTRAINT "EventActor_pkey" PRIMARY KEY ("eventId","actorId")
);

-- CreateTable
CREATE TABLE "ConversionRate" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "perUnit" TEXT NOT NULL,
    "rate" DOUBLE PRECISION NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "description" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,

    CONSTRAINT "ConversionRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER,
    "datasetSlug" TEXT NOT NULL DEFAULT '',
    "actor" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
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

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangelogEntry" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "ChangelogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "entityKey" TEXT NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "changes" TEXT NOT NULL,
    "importId" INTEGER,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_slug_key" ON "Dataset"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_datasetId_key_key" ON "Source"("datasetId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_code_key" ON "Actor"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_datasetId_key_key" ON "Phase"("datasetId", "key");

-- CreateIndex
CREATE INDEX "Figure_datasetId_id_idx" ON "Figure"("datasetId", "id");

-- CreateIndex
CREATE INDEX "Figure_qualifier_id_idx" ON "Figure"("qualifier", "id");

-- CreateIndex
CREATE INDEX "Figure_parentId_idx" ON "Figure"("parentId");

-- CreateIndex
CREATE INDEX "Figure_category_id_idx" ON "Figure"("category", "id");

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
CREATE INDEX "Figure_yearStart_yearEnd_id_idx" ON "Figure"("yearStart", "yearEnd", "id");

-- CreateIndex
CREATE INDEX "Figure_fromActorId_toActorId_id_idx" ON "Figure"("fromActorId", "toActorId", "id");

-- CreateIndex
CREATE INDEX "Figure_toActorId_id_idx" ON "Figure"("toActorId", "id");

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

-- CreateIndex
CREATE UNIQUE INDEX "Figure_datasetId_key_key" ON "Figure"("datasetId", "key");

-- CreateIndex
CREATE INDEX "Event_datasetId_date_id_idx" ON "Event"("datasetId", "date", "id");

-- CreateIndex
CREATE INDEX "Event_datasetId_yearStart_yearEnd_idx" ON "Event"("datasetId", "yearStart", "yearEnd");

-- CreateIndex
CREATE INDEX "Event_phaseId_idx" ON "Event"("phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_datasetId_key_key" ON "Event"("datasetId", "key");

-- CreateIndex
CREATE INDEX "EventActor_actorId_idx" ON "EventActor"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversionRate_key_key" ON "ConversionRate"("key");

-- CreateIndex
CREATE INDEX "ImportRun_datasetId_startedAt_idx" ON "ImportRun"("datasetId", "startedAt");

-- CreateIndex
CREATE INDEX "ImportRun_status_idx" ON "ImportRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ChangelogEntry_datasetId_version_key" ON "ChangelogEntry"("datasetId", "version");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_datasetId_at_idx" ON "AuditEntry"("datasetId", "at");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_fromActorId_fkey" FOREIGN KEY ("fromActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_toActorId_fkey" FOREIGN KEY ("toActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Figure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_citedSourceId_fkey" FOREIGN KEY ("citedSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangelogEntry" ADD CONSTRAINT "ChangelogEntry_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

