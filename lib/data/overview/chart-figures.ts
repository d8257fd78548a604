import "server-only";
import { prisma } from "@/lib/db";
import { splitFlags } from "@/lib/db/flags";
import { storedPeriod } from "@/lib/data/figures/dto";
import type { ChartFigure } from "@/lib/charts/chart-types";
import type { Vocabulary } from "@/lib/vocab/vocabulary";

// A dataset's figures with only the fields the charts read (ChartFigure), in one flat statement.
// The figure DTO's read (lib/data/figures) loads each figure's dataset, actors, parent and sources as
// relations, which on 100,000 figures costs seconds more than the figures themselves; a dataset has
// a handful of actors and sources, so they are read once and shared by every figure that names them.

interface FigureColumns {
  id: number | bigint;
  key: string;
  label: string;
  category: string;
  kind: string;
  fromActorId: number | bigint | null;
  toActorId: number | bigint | null;
  value: number;
  valuePrinted: string;
  unit: string;
  priceBasis: string | null;
  priceYear: number | bigint | null;
  denomination: string | null;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodStatus: string;
  periodText: string | null;
  yearStart: number | bigint | null;
  yearEnd: number | bigint | null;
  parentId: number | bigint | null;
  derived: boolean | number | bigint;
  derivation: string | null;
  sourceId: number | bigint;
  section: string | null;
  phrase: string | null;
  flags: string;
}

const optionalInt = (value: number | bigint | null) => (value === null ? null : Number(value));

async function actorsById() {
  // The actor table holds the actors datasets name (a few hundred at most), not every country.
  const rows = await prisma.actor.findMany({ select: { id: true, code: true, name: true } });
  return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
}

async function sourcesById(datasetId: number) {
  const rows = await prisma.source.findMany({
    where: { datasetId },
    select: { id: true, key: true, citation: true, author: true, year: true, title: true, url: true },
  });
  return new Map(rows.map(({ id, ...source }) => [id, source]));
}

/** Every figure of the dataset, by id, with the fields the overview's charts read. */
export async function readChartFigures(datasetId: number, vocabulary: Vocabulary): Promise<ChartFigure[]> {
  const [rows, actors, sources] = await Promise.all([
    prisma.$queryRaw<FigureColumns[]>`
      SELECT "id", "key", "label", "category", "kind", "fromActorId", "toActorId", "value", "valuePrinted", "unit",
             "priceBasis", "priceYear", "denomination", "qualifier", "periodStart", "periodEnd", "periodStatus",
             "periodText", "yearStart", "yearEnd", "parentId", "derived", "derivation", "sourceId", "section",
             "phrase", "flags"
      FROM "Figure" WHERE "datasetId" = ${datasetId} ORDER BY "id"`,
    actorsById(),
    sourcesById(datasetId),
  ]);
  const actorOf = (id: number | bigint | null) => (id === null ? null : (actors.get(Number(id)) ?? null));
  const units = new Map<string, ChartFigure["unitInfo"]>();
  const unitInfo = (code: string) => units.get(code) ?? units.set(code, vocabulary.unitInfo(code)).get(code)!;
  return rows.map((row) => ({
    id: Number(row.id),
    key: row.key,
    label: row.label,
    category: row.category,
    kind: row.kind,
    from: actorOf(row.fromActorId),
    to: actorOf(row.toActorId),
    value: Number(row.value),
    valuePrinted: row.valuePrinted,
    unit: row.unit,
    unitInfo: unitInfo(row.unit),
    priceBasis: row.priceBasis,
    priceYear: optionalInt(row.priceYear),
    denomination: row.denomination,
    qualifier: row.qualifier,
    period: storedPeriod({ ...row, yearStart: optionalInt(row.yearStart), yearEnd: optionalInt(row.yearEnd) }),
    parentId: optionalInt(row.parentId),
    derived: Boolean(Number(row.derived)),
    derivation: row.derivation,
    source: sources.get(Number(row.sourceId))!,
    section: row.section,
    phrase: row.phrase,
    flags: splitFlags(row.flags),
  }));
}
