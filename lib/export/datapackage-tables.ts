import type { CsvColumn } from "./csv/write";
import type { RateRow } from "@/lib/vocab/convert";

// The tables a data package holds beside the figures and the events, defined once: the exporter
// writes them with these columns (in this order) and the package import reads them by the same
// headers (lib/import/package/). With them a package carries everything a dataset is made of, so
// that it can be loaded into an empty database and exported again byte for byte.

export const ACTORS_FILE = "actors.csv";
export const SOURCES_FILE = "sources.csv";
export const PHASES_FILE = "phases.csv";
export const CHANGELOG_FILE = "changelog.csv";
export const RATES_FILE = "conversion-rates.csv";

/** Every actor the dataset names (by its figures, its events or its metadata's sides), by code. */
export interface PackageActor {
  code: string;
  name: string;
  nativeName: string | null;
  kind: string;
  description: string | null;
  startYear: number | null;
  endYear: number | null;
}

/** A source of the dataset, in full, in the order the dataset lists them. */
export interface PackageSourceRow {
  key: string;
  kind: string;
  author: string;
  year: string | null;
  title: string;
  citation: string;
  url: string | null;
}

/** A phase of the dataset, in its order. */
export interface PackagePhase {
  key: string;
  label: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
}

export interface PackageChangelogEntry {
  version: number;
  date: string;
  summary: string;
}

/** A reference conversion rate: shared by every dataset, so every package carries them all. */
/** A reference conversion rate, as the app reads it (lib/vocab/convert.ts). */
export type PackageRate = RateRow;

// The same columns as an actors file of the CSV import (data:import --actors).
export const ACTOR_CSV_COLUMNS = [
  { header: "code", value: (a) => a.code },
  { header: "name", value: (a) => a.name },
  { header: "kind", value: (a) => a.kind },
  { header: "start_year", value: (a) => a.startYear },
  { header: "end_year", value: (a) => a.endYear },
  { header: "native_name", value: (a) => a.nativeName },
  { header: "description", value: (a) => a.description },
] as const satisfies readonly CsvColumn<PackageActor>[];

export const SOURCE_CSV_COLUMNS = [
  { header: "key", value: (s) => s.key },
  { header: "kind", value: (s) => s.kind },
  { header: "author", value: (s) => s.author },
  { header: "year", value: (s) => s.year },
  { header: "title", value: (s) => s.title },
  { header: "citation", value: (s) => s.citation },
  { header: "url", value: (s) => s.url },
] as const satisfies readonly CsvColumn<PackageSourceRow>[];

export const PHASE_CSV_COLUMNS = [
  { header: "key", value: (p) => p.key },
  { header: "label", value: (p) => p.label },
  { header: "description", value: (p) => p.description },
  { header: "start_year", value: (p) => p.startYear },
  { header: "end_year", value: (p) => p.endYear },
] as const satisfies readonly CsvColumn<PackagePhase>[];

export const CHANGELOG_CSV_COLUMNS = [
  { header: "version", value: (c) => c.version },
  { header: "date", value: (c) => c.date },
  { header: "summary", value: (c) => c.summary },
] as const satisfies readonly CsvColumn<PackageChangelogEntry>[];

export const RATE_CSV_COLUMNS = [
  { header: "key", value: (r) => r.key },
  { header: "unit", value: (r) => r.unit },
  { header: "per_unit", value: (r) => r.perUnit },
  { header: "rate", value: (r) => r.rate },
  { header: "valid_from", value: (r) => r.validFrom },
  { header: "valid_to", value: (r) => r.validTo },
  { header: "description", value: (r) => r.description },
  { header: "source_title", value: (r) => r.sourceTitle },
  { header: "source_url", value: (r) => r.sourceUrl },
] as const satisfies readonly CsvColumn<PackageRate>[];

type HeaderOf<Columns extends readonly { header: string }[]> = Columns[number]["header"];
export type ActorHeader = HeaderOf<typeof ACTOR_CSV_COLUMNS>;
export type SourceHeader = HeaderOf<typeof SOURCE_CSV_COLUMNS>;
export type PhaseHeader = HeaderOf<typeof PHASE_CSV_COLUMNS>;
export type ChangelogHeader = HeaderOf<typeof CHANGELOG_CSV_COLUMNS>;
export type RateHeader = HeaderOf<typeof RATE_CSV_COLUMNS>;
