import "server-only";
import type { Figure, Prisma } from "@/generated/prisma/client";
import { dialect, prisma } from "@/lib/db";
import { FIGURE_COLUMN_NAMES } from "@/lib/import/dataset/rows";
import type { FigureRow } from "./dto";
import { VersionedCache, type Stamp } from "../read-cache";

// Figures with what their public shape names: the dataset's slug, the actors' codes and names, the
// sources' references and the parent's key, exactly the FigureRow that `include: figureInclude`
// gives (dto.ts), read in a fraction of its time. At a million figures Prisma's
// model query spent two thirds of an API request building rows (about 40 µs a row) and reading
// each relation with a query of its own:
// 1. the page's ids come from a Prisma query (where, order, skip and take stay Prisma's, one
//    definition for both databases), selecting the id alone, which Prisma returns quickly;
// 2. the rows themselves are read by id in one plain SQL statement that also joins the parent's key
//    (placeholders written for the database in use; $queryRawUnsafe, as Prisma's tagged $queryRaw
//    spent three times as long on the same statement), and put back in the page's order;
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

const SELECT_ROWS = `SELECT ${[...FIGURE_COLUMNS.map((column) => `f."${column}"`), `p."key" AS "parentKey"`].join(", ")} FROM "Figure" f LEFT JOIN "Figure" p ON p."id" = f."parentId" WHERE f."id" IN `;

/** "(?, ?, ?)" on SQLite, "($1, $2, $3)" on PostgreSQL. */
const placeholders = (count: number) => `(${Array.from({ length: count }, (_, index) => (dialect === "postgresql" ? `$${index + 1}` : "?")).join(", ")})`;

type RawFigure = Record<(typeof FIGURE_COLUMNS)[number] | "parentKey", unknown>;

const int = (value: unknown) => (value === null ? null : Number(value));
const text = (value: unknown) => (value === null ? null : String(value));

/** A raw row as Prisma's model would have typed it (SQLite hands back 0/1 and may hand back bigints). */
function toFigure(row: RawFigure): Figure & { parentKey: string | null } {
  return {
    id: Number(row.id),
    datasetId: Number(row.datasetId),
    key: String(row.key),
    label: String(row.label),
    category: String(row.category),
    kind: String(row.kind),
    fromActorId: int(row.fromActorId),
    toActorId: int(row.toActorId),
    value: Number(row.value),
    valuePrinted: String(row.valuePrinted),
    unit: String(row.unit),
    priceBasis: text(row.priceBasis),
    priceYear: int(row.priceYear),
    denomination: text(row.denomination),
    qualifier: String(row.qualifier),
    periodStart: text(row.periodStart),
    periodEnd: text(row.periodEnd),
    periodStatus: String(row.periodStatus),
    periodText: text(row.periodText),
    yearStart: int(row.yearStart),
    yearEnd: int(row.yearEnd),
    parentId: int(row.parentId),
    derived: row.derived === true || row.derived === 1 || row.derived === 1n,
    derivation: text(row.derivation),
    sourceId: Number(row.sourceId),
    provenance: String(row.provenance),
    section: text(row.section),
    phrase: text(row.phrase),
    cellTable: text(row.cellTable),
    cellRow: text(row.cellRow),
    cellColumn: text(row.cellColumn),
    locator: text(row.locator),
    citedRef: text(row.citedRef),
    citedSourceId: int(row.citedSourceId),
    flags: String(row.flags),
    notes: text(row.notes),
    searchText: String(row.searchText),
    parentKey: text(row.parentKey),
  };
}

function missingReference(refs: References, rows: readonly Figure[]): boolean {
  return rows.some(
    (row) =>
      !refs.datasetSlug.has(row.datasetId) ||
      !refs.source.has(row.sourceId) ||
      (row.citedSourceId !== null && !refs.source.has(row.citedSourceId)) ||
      (row.fromActorId !== null && !refs.actor.has(row.fromActorId)) ||
      (row.toActorId !== null && !refs.actor.has(row.toActorId)),
  );
}

/**
 * The figures with these ids, as FigureRows, in the order of `ids` (ids not found are left out).
 * `stamp`: the data stamp the caller read (lib/data/read-cache.ts), to save reading it again.
 */
async function figureRowsByIds(ids: readonly number[], stamp?: Stamp): Promise<FigureRow[]> {
  if (ids.length === 0) return [];
  const [raw, cachedRefs] = await Promise.all([
    // Ids are numbers from our own query; they are bound as parameters all the same.
    prisma.$queryRawUnsafe<RawFigure[]>(SELECT_ROWS + placeholders(ids.length), ...ids),
    references.get("all", readReferences, stamp),
  ]);
  const byId = new Map(raw.map((row) => [Number(row.id), toFigure(row)]));
  const figures = ids.flatMap((id) => byId.get(id) ?? []);
  // Written in the same version by a process that did not bump it (the seed adding an actor): read again.
  const refs = missingReference(cachedRefs, figures) ? await readReferences() : cachedRefs;
  const source = (id: number): SourceRef => {
    const found = refs.source.get(id);
    if (!found) throw new Error(`figure data refers to source ${id}, which does not exist`);
    return found;
  };
  return figures.map(({ parentKey, ...figure }) => ({
    ...figure,
    dataset: { slug: refs.datasetSlug.get(figure.datasetId)! },
    fromActor: figure.fromActorId === null ? null : (refs.actor.get(figure.fromActorId) ?? null),
    toActor: figure.toActorId === null ? null : (refs.actor.get(figure.toActorId) ?? null),
    parent: parentKey === null ? null : { key: parentKey },
    source: source(figure.sourceId),
    citedSource: figure.citedSourceId === null ? null : source(figure.citedSourceId),
  }));
}

/** The FigureRows a findMany with these arguments would find, with `include: figureInclude`. */
export async function findFigureRows(args: Omit<Prisma.FigureFindManyArgs, "include" | "select" | "omit">, stamp?: Stamp): Promise<FigureRow[]> {
  const ids = await prisma.figure.findMany({ ...args, select: { id: true } });
  return figureRowsByIds(
    ids.map((row) => row.id),
    stamp,
  );
}
