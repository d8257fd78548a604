import type { ActorEntry, ConversionRateEntry, DatasetFile, EventEntry } from "@/lib/schemas/dataset-file";
import { isIsoCountryCode } from "@/lib/vocab/actors";
import { Vocabulary } from "@/lib/vocab/vocabulary";
import { ACTOR_TABLE, FileProblems } from "../actors-file";
import { checkDeclaredActors } from "../check-actors";
import { checkReferences } from "../check-references";
import { fillDefaults } from "../defaults/fill-defaults";
import { readFigureTable, type MemoryFigureTable } from "../figure-rows";
import type { ImportMode } from "../mode";
import { ProblemList } from "../problems";
import { readTable, type CsvTable } from "../read-table";
import type { ImportRow } from "../row-schema";
import { readTableRows, type TableRow, type TableSpec } from "../table-rows";
import { checkChangelog, checkEvents, checkFigureSources, checkMeta, checkRates, type PackageNames } from "./check-package";
import { DESCRIPTOR_FILE, type PackageFiles } from "./package-files";
import { readDescriptor, type PackageDescriptor, type ResourceName } from "./descriptor";
import type { PackageContext } from "./package-context";
import { CHANGELOG_TABLE, EVENT_TABLE, PHASE_TABLE, RATE_TABLE, SOURCE_TABLE } from "./table-specs";

// Everything a data package import checks before it writes anything: the descriptor, then every
// table on its own (encoding, CSV, header, each row and cell, unique keys: the figures exactly as a
// CSV import reads them), then the tables against each other and the database (check-package.ts,
// check-references.ts). Every problem names its file ("figures.csv:unit", or datapackage.json and
// a property), its row and its column; nothing is written unless the whole package is valid.

type Dataset = DatasetFile["dataset"];

export interface PackageEvent {
  entry: EventEntry;
  /** The exporting database's number for the event, if the table has it (the order new events are made in). */
  order: number | null;
}

/** A valid package, ready to write (apply-package.ts). */
export interface ValidatedPackage {
  descriptor: PackageDescriptor;
  actors: ActorEntry[];
  sources: DatasetFile["sources"];
  /** null when the package has no phases table: the stored phases stay as they are. */
  phases: DatasetFile["phases"] | null;
  changelog: Dataset["changelog"];
  rates: ConversionRateEntry[];
  figures: ImportRow[];
  events: PackageEvent[];
}

export type PackageValidation =
  | { ok: true; datasetSlug: string; rowsTotal: number; problems: ProblemList; data: ValidatedPackage }
  | { ok: false; datasetSlug: string | null; rowsTotal: number; problems: ProblemList };

export interface ValidatePackageOptions {
  dataset?: string;
  mode: ImportMode;
  maxBytes: number;
  maxRows: number;
  loadContext: (slug: string) => Promise<PackageContext>;
  onProgress?: (done: number, total: number) => void;
}

interface Tables {
  figures: MemoryFigureTable;
  actors: TableRow<ActorEntry>[];
  sources: TableRow<DatasetFile["sources"][number]>[];
  phases: TableRow<DatasetFile["phases"][number]>[] | null;
  changelog: TableRow<Dataset["changelog"][number]>[];
  rates: TableRow<ConversionRateEntry>[];
  events: TableRow<EventEntry>[];
}

export async function validatePackage(files: PackageFiles, options: ValidatePackageOptions): Promise<PackageValidation> {
  const problems = new ProblemList();
  const descriptor = readDescriptor(files.descriptor, new FileProblems(problems, DESCRIPTOR_FILE));
  const slug = descriptor?.slug ?? options.dataset ?? null;
  const fail = (rowsTotal = 0): PackageValidation => ({ ok: false, datasetSlug: slug, rowsTotal, problems });
  if (!descriptor) return fail();
  if (options.dataset !== undefined && options.dataset !== descriptor.slug) {
    problems.add({ column: `${DESCRIPTOR_FILE}:name`, value: descriptor.slug, code: "dataset_mismatch", message: `this package is the dataset "${descriptor.slug}", not "${options.dataset}"` });
    return fail();
  }
  const tables = readTables(files, descriptor, options, problems);
  if (!tables) return fail();
  const rowsTotal = tables.figures.rows.length + tables.events.length;
  if (!problems.isEmpty) return fail(rowsTotal);

  const context = await options.loadContext(descriptor.slug);
  checkAgainst(context, descriptor, tables, options.mode, problems);
  if (!problems.isEmpty) return fail(rowsTotal);
  const entries = <Entry>(rows: readonly TableRow<Entry>[]) => rows.map((row) => row.entry);
  return {
    ok: true,
    datasetSlug: descriptor.slug,
    rowsTotal,
    problems,
    data: {
      descriptor,
      actors: entries(tables.actors),
      sources: entries(tables.sources),
      phases: tables.phases === null ? null : entries(tables.phases),
      changelog: entries(tables.changelog),
      rates: entries(tables.rates),
      figures: tables.figures.rows,
      events: tables.events.map(({ entry, cells }) => ({ entry, order: typeof cells.get("id") === "number" ? (cells.get("id") as number) : null })),
    },
  };
}

/** Every table the descriptor lists, each checked on its own; null when one cannot be read at all. */
function readTables(files: PackageFiles, descriptor: PackageDescriptor, options: ValidatePackageOptions, problems: ProblemList): Tables | null {
  const csv = (name: ResourceName): { table: CsvTable; problems: ProblemList } | null | undefined => {
    const path = descriptor.paths.get(name);
    if (path === undefined) return undefined;
    const own = new FileProblems(problems, path);
    const bytes = files.read(path);
    if (bytes === undefined) {
      own.add({ code: "missing_file", message: `the descriptor lists the ${name} resource at "${path}", but the package has no such file` });
      return null;
    }
    const table = readTable(bytes, { maxBytes: options.maxBytes, maxRows: options.maxRows, allowNoRows: true }, own);
    return table ? { table, problems: own } : null;
  };
  const rows = <Entry>(name: ResourceName, spec: TableSpec<Entry>): TableRow<Entry>[] | null | undefined => {
    const read = csv(name);
    return read ? readTableRows(spec, read.table, read.problems) : read;
  };
  const figuresCsv = csv("figures");
  const figures = figuresCsv ? readFigureTable(figuresCsv.table, { defaultSource: false, onProgress: options.onProgress }, figuresCsv.problems) : null;
  const read = {
    actors: rows("actors", ACTOR_TABLE),
    sources: rows("sources", SOURCE_TABLE),
    phases: rows("phases", PHASE_TABLE),
    changelog: rows("changelog", CHANGELOG_TABLE),
    rates: rows("conversion_rates", RATE_TABLE),
    events: rows("events", EVENT_TABLE),
  };
  if (!figures || Object.values(read).some((table) => table === null)) return null;
  return {
    figures,
    actors: read.actors ?? [],
    sources: read.sources ?? [],
    phases: read.phases ?? null,
    changelog: read.changelog ?? [],
    rates: read.rates ?? [],
    events: read.events ?? [],
  };
}

/** The tables against each other and against the database. */
function checkAgainst(context: PackageContext, descriptor: PackageDescriptor, tables: Tables, mode: ImportMode, problems: ProblemList): void {
  const path = (name: ResourceName) => descriptor.paths.get(name) ?? name;
  const declared = new Map(tables.actors.map(({ entry }) => [entry.code, entry]));
  checkDeclaredActors(
    tables.actors.map(({ row, entry }) => ({ row, actor: entry })),
    path("actors"),
    context,
    problems,
  );
  // The package is the dataset: its figures name its sources, and their codes are those it declares,
  // then those the database's datasets declare (codes are global, as for a CSV import).
  const packageContext = { ...context, sources: new Map(tables.sources.map(({ entry }) => [entry.key, entry.citation])), vocabulary: new Vocabulary([descriptor.meta, ...context.declarations]) };
  const { rows, keys } = tables.figures;
  fillDefaults(rows, packageContext, null);
  const figureProblems = new FileProblems(problems, path("figures"));
  for (const { row, dataset } of rows)
    if (dataset !== null && dataset !== descriptor.slug)
      figureProblems.add({ row, column: "dataset", value: dataset, code: "dataset_mismatch", message: `this package is the dataset "${descriptor.slug}", but the row names "${dataset}"` });
  checkFigureSources(rows, packageContext.sources, figureProblems);
  checkReferences(rows, keys, packageContext, declared, mode, descriptor.slug, figureProblems);

  const names: PackageNames = {
    slug: descriptor.slug,
    isActor: (code) => declared.has(code) || context.actors.has(code) || isIsoCountryCode(code),
    sources: packageContext.sources,
    phases: tables.phases === null ? context.phases : new Set(tables.phases.map(({ entry }) => entry.key)),
    figures: mode === "merge" ? new Set([...keys, ...context.figures.keys()]) : keys,
  };
  checkEvents(tables.events, names, new FileProblems(problems, path("events")));
  checkMeta(descriptor.meta, names, new FileProblems(problems, DESCRIPTOR_FILE));
  checkChangelog(tables.changelog, descriptor.version, new FileProblems(problems, path("changelog")));
  checkRates(tables.rates, context.rates, new FileProblems(problems, path("conversion_rates")));
}
