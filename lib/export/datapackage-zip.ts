import { EVENT_CSV_COLUMNS } from "./csv/event-columns";
import { FIGURE_CSV_COLUMNS } from "./csv/figure-columns";
import { csvHeaderLine, csvRowLines, type CsvColumn } from "./csv/write";
import { EVENTS_FILE, FIGURES_FILE, PACKAGE_TABLES, README_FILE, type DataPackageDescriptor } from "./datapackage";
import {
  ACTOR_CSV_COLUMNS,
  CHANGELOG_CSV_COLUMNS,
  PHASE_CSV_COLUMNS,
  RATE_CSV_COLUMNS,
  SOURCE_CSV_COLUMNS,
  type PackageActor,
  type PackageChangelogEntry,
  type PackagePhase,
  type PackageRate,
  type PackageSourceRow,
} from "./datapackage-tables";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import type { EventDto } from "@/lib/schemas/api/event-response";
import { utf8Chunks, zipStream, type ZipEntry } from "./zip-stream";

// The data package as a zip: datapackage.json, README.txt, figures.csv and events.csv (streamed
// batch by batch), then the other tables. The archive is a function of the data alone: entries in
// a fixed order, rows in a stable order, and every timestamp the day of the dataset's last change
// (never the time of the download), so that exporting the same data twice, or from another
// database it was loaded into, gives the same bytes.

export interface PackageTables {
  actors: readonly PackageActor[];
  sources: readonly PackageSourceRow[];
  phases: readonly PackagePhase[];
  changelog: readonly PackageChangelogEntry[];
  rates: readonly PackageRate[];
}

export interface PackageContent {
  descriptor: DataPackageDescriptor;
  readme: string;
  figures: AsyncIterable<FigureDto[]>;
  events: AsyncIterable<EventDto[]>;
  tables: PackageTables;
  /** The package's date (packageDates(...).local). */
  mtime: Date;
}

/**
 * The day of the dataset's last change (YYYY-MM-DD), as the descriptor's `created` (midnight UTC)
 * and as the local midnight the zip's timestamps and the README's date are written from (both
 * read a Date's local calendar day), so that the bytes do not depend on the server's time zone.
 */
export function packageDates(lastUpdated: string): { utc: Date; local: Date } {
  const [year, month, day] = lastUpdated.split("-").map(Number) as [number, number, number];
  return { utc: new Date(Date.UTC(year, month - 1, day)), local: new Date(year, month - 1, day) };
}

async function* csvText<Row>(columns: readonly CsvColumn<Row>[], batches: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>): AsyncGenerator<string> {
  yield csvHeaderLine(columns);
  for await (const batch of batches) if (batch.length > 0) yield csvRowLines(columns, batch);
}

export function dataPackageZip({ descriptor, readme, figures, events, tables, mtime }: PackageContent): ReadableStream<Uint8Array> {
  const entry = (name: string, parts: AsyncIterable<string> | Iterable<string>): ZipEntry => ({ name, chunks: utf8Chunks(parts), mtime });
  const table = <Row>(name: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]) => entry(PACKAGE_TABLES.find((t) => t.name === name)!.path, csvText(columns, [rows]));
  return zipStream([
    entry("datapackage.json", [`${JSON.stringify(descriptor, null, 2)}\n`]),
    entry(README_FILE, [readme]),
    entry(FIGURES_FILE, csvText(FIGURE_CSV_COLUMNS, figures)),
    entry(EVENTS_FILE, csvText(EVENT_CSV_COLUMNS, events)),
    table("actors", ACTOR_CSV_COLUMNS, tables.actors),
    table("sources", SOURCE_CSV_COLUMNS, tables.sources),
    table("phases", PHASE_CSV_COLUMNS, tables.phases),
    table("changelog", CHANGELOG_CSV_COLUMNS, tables.changelog),
    table("conversion_rates", RATE_CSV_COLUMNS, tables.rates),
  ]);
}
