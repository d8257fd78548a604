import "server-only";
import type { Figure, Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { readRows, type RawRow } from "@/lib/db/read-handles";
import { FIGURE_COLUMN_NAMES } from "@/lib/import/dataset/rows";
import type { FigureRow } from "./dto";
import { findFigureIds } from "./ids";
import { VersionedCache, type Stamp } from "../read-cache";

// Figures with what their public shape names: the dataset's slug, the actors' codes and names, the
// sources' references and the parent's key, exactly the FigureRow that `include: figureInclude`
// gives (dto.ts), read in a fraction of its time. At a million figures Prisma's
// model query spent two thirds of an API request building rows (about 40 µs a row) and reading
// each relation with a query of its own:
// 1. the page's ids: where, order, skip and take stay Prisma objects, one definition for both
//    databases, run as SQL through the driver where they translate (ids.ts), else by Prisma;
// 2. the rows themselves are read by id in one plain SQL statement that also joins the parent's key,
//    straight from the driver (lib/db/read-handles.ts: Prisma's raw queries still spent about 20 µs
//    a row on the result), and put back in the page's order;
// 3. datasets, actors and sources are few: read once per data version and looked up in memory.

type SourceRef = FigureRow["source"];
type ActorRef = NonNullable<FigureRow["fromActor"]>;

interface References {
  datasetSlug: Map<number, string>;
  actor: Map<number, ActorRef>;
  source: Map<number, SourceRef>;
}

const sourceSelect = { id: true, key: true, citation: true, author: true, year: true, title: true, url: true } as const;

// Actors are not versioned, but a figure only points at a new actor after an import, which bumps
// a version; a reference still missing is read once more (below).
const references = new VersionedCache<References>(1);

async function readReferences(): Promise<References> {
  const [datasets, actors, sources] = await Promise.all([
    prisma.dataset.findMany({ select: { id: true, slug: true } }),
    prisma.actor.findMany({ select: { id: true, code: true, name: true } }),
    prisma.source.findMany({ select: sourceSelect }),
  ]);
  return {
    datasetSlug: new Map(datasets.map((dataset) => [dataset.id, dataset.slug])),
    actor: new Map(actors.map(({ id, code, name }) => [id, { code, name }])),
    source: new Map(sources.map(({ id, ...source }) => [id, source])),
  };
}

/** `columns`, which must name every column of Figure: a column the model gains and the list lacks does not compile. */
function everyColumn<const C extends readonly (keyof Figure)[]>(columns: C & (Exclude<keyof Figure, C[number]> extends never ? unknown : never)): C {
  return columns;
}

// Every column of Figure: the keys, then the values a dataset file gives.
const FIGURE_COLUMNS = everyColumn(["id", "datasetId", "fromActorId", "toActorId", "parentId", "sourceId", "citedSourceId", ...FIGURE_COLUMN_NAMES]);

const RAW_COLUMNS = [...FIGURE_COLUMNS, "parentKey"] as const;
const SELECT_ROWS = `SELECT ${[...FIGURE_COLUMNS.map((column) => `f."${column}"`), `p."key" AS "parentKey"`].join(", ")} FROM "Figure" f LEFT JOIN "Figure" p ON p."id" = f."parentId" WHERE f."id"`;
// One bound parameter whatever the page size, so each database prepares the statement once: a
// JSON array of ids on SQLite, an int[] on PostgreSQL.
const ROWS_BY_IDS = {
  sqlite: `${SELECT_ROWS} IN (SELECT "value" FROM json_each(?))`,
  postgresql: `${SELECT_ROWS} = ANY($1::int[])`,
};

type RawColumn = (typeof RAW_COLUMNS)[number];
// Each column's place in a raw row.
const AT = Object.fromEntries(RAW_COLUMNS.map((column, index) => [column, index])) as Record<RawColumn, number>;

const int = (value: unknown) => (value === null ? null : Number(value));
const text = (value: unknown) => (value === null ? null : String(value));

function missingReference(refs: References, rows: readonly RawRow[]): boolean {
  const has = (map: Map<number, unknown>, value: RawRow[number]) => value === null || map.has(Number(value));
  return rows.some(
    (row) =>
      !has(refs.datasetSlug, row[AT.datasetId]!) ||
      !has(refs.source, row[AT.sourceId]!) ||
      !has(refs.source, row[AT.citedSourceId]!) ||
      !has(refs.actor, row[AT.fromActorId]!) ||
      !has(refs.actor, row[AT.toActorId]!),
  );
}

function sourceOf(refs: References, id: number): SourceRef {
  const found = refs.source.get(id);
  if (!found) throw new Error(`figure data refers to source ${id}, which does not exist`);
  return found;
}

/**
 * A raw row as the FigureRow Prisma's model would have given (SQLite hands back 0/1 for booleans),
 * built in one object: spreading a 38-field row into another cost more than reading it.
 */
function toFigureRow(row: RawRow, refs: References): FigureRow {
  const datasetId = Number(row[AT.datasetId]);
  const fromActorId = int(row[AT.fromActorId]);
  const toActorId = int(row[AT.toActorId]);
  const sourceId = Number(row[AT.sourceId]);
  const citedSourceId = int(row[AT.citedSourceId]);
  const parentKey = text(row[AT.parentKey]);
  const derived = row[AT.derived];
  return {
    id: Number(row[AT.id]),
    datasetId,
    key: String(row[AT.key]),
    label: String(row[AT.label]),
    category: String(row[AT.category]),
    kind: String(row[AT.kind]),
    fromActorId,
    toActorId,
    value: Number(row[AT.value]),
    valuePrinted: String(row[AT.valuePrinted]),
    unit: String(row[AT.unit]),
    priceBasis: text(row[AT.priceBasis]),
    priceYear: int(row[AT.priceYear]),
    denomination: text(row[AT.denomination]),
    qualifier: String(row[AT.qualifier]),
    periodStart: text(row[AT.periodStart]),
    periodEnd: text(row[AT.periodEnd]),
    periodStatus: String(row[AT.periodStatus]),
    periodText: text(row[AT.periodText]),
    yearStart: int(row[AT.yearStart]),
    yearEnd: int(row[AT.yearEnd]),
    parentId: int(row[AT.parentId]),
    derived: derived === true || derived === 1,
    derivation: text(row[AT.derivation]),
    sourceId,
    provenance: String(row[AT.provenance]),
    section: text(row[AT.section]),
    phrase: text(row[AT.phrase]),
    cellTable: text(row[AT.cellTable]),
    cellRow: text(row[AT.cellRow]),
    cellColumn: text(row[AT.cellColumn]),
    locator: text(row[AT.locator]),
    citedRef: text(row[AT.citedRef]),
    citedSourceId,
    flags: String(row[AT.flags]),
    notes: text(row[AT.notes]),
    searchText: String(row[AT.searchText]),
    dataset: { slug: refs.datasetSlug.get(datasetId)! },
    fromActor: fromActorId === null ? null : (refs.actor.get(fromActorId) ?? null),
    toActor: toActorId === null ? null : (refs.actor.get(toActorId) ?? null),
    parent: parentKey === null ? null : { key: parentKey },
    source: sourceOf(refs, sourceId),
    citedSource: citedSourceId === null ? null : sourceOf(refs, citedSourceId),
  };
}

/**
 * The figures with these ids, as FigureRows, in the order of `ids` (ids not found are left out).
 * `stamp`: the data stamp the caller read (lib/data/read-cache.ts), to save reading it again.
 */
async function figureRowsByIds(ids: readonly number[], stamp?: Stamp): Promise<FigureRow[]> {
  if (ids.length === 0) return [];
  const [raw, cachedRefs] = await Promise.all([
    // Straight from the driver (lib/db/read-handles.ts): Prisma's raw query spent about 20 µs a row
    // turning 38 columns into values.
    readRows(ROWS_BY_IDS, [JSON.stringify(ids)], { pgParams: [ids], fixed: true }),
    references.get("all", readReferences, stamp),
  ]);
  const byId = new Map(raw.map((row) => [Number(row[AT.id]), row]));
  const rows: RawRow[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) rows.push(row);
  }
  // Written in the same version by a process that did not bump it (the seed adding an actor): read again.
  const refs = missingReference(cachedRefs, rows) ? await readReferences() : cachedRefs;
  return rows.map((row) => toFigureRow(row, refs));
}

/** The FigureRows a findMany with these arguments would find, with `include: figureInclude`. */
export async function findFigureRows(args: Omit<Prisma.FigureFindManyArgs, "include" | "select" | "omit">, stamp?: Stamp): Promise<FigureRow[]> {
  return figureRowsByIds(await findFigureIds(args), stamp);
}
