import { z } from "zod";
import { PROBLEM_CODES } from "./problems";
import { WARNING_CODES } from "./warning-codes";

// The JSON kept in ImportRun.report, one shape per stage of an import. Written by the importer,
// read back (and validated: it is stored text) by the status endpoint and the curation pages.

export const IMPORT_STATUSES = ["queued", "running", "applied", "unchanged", "checked", "rejected", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const FINISHED_STATUSES: readonly ImportStatus[] = ["applied", "unchanged", "checked", "rejected", "failed"];

const problemSchema = z.object({
  row: z.int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
});

const warningSchema = problemSchema.extend({ code: z.enum(WARNING_CODES) });

// What reading the file noticed beside its problems: its warnings (the first 1,000 and how many in
// all) and the delimiter it used. Reports stored before warnings existed have neither.
const readNotesShape = {
  warnings: z.object({ total: z.int(), listed: z.array(warningSchema) }).optional(),
  delimiter: z.enum(["comma", "semicolon", "tab"]).optional(),
};

const resourceCountsSchema = z.object({ added: z.int(), changed: z.int(), unchanged: z.int(), removed: z.int() });

export const importReportSchema = z.discriminatedUnion("kind", [
  // While queued or running: the process that owns the import, so a dead one can be noticed.
  z.object({ kind: z.literal("pending"), pid: z.int().nullable(), host: z.string().nullable() }),
  // Rejected: the first 1,000 problems and how many there were in all.
  z.object({ kind: z.literal("problems"), total: z.int(), problems: z.array(problemSchema), ...readNotesShape }),
  // Applied, unchanged or checked (dry run).
  z.object({
    kind: z.literal("summary"),
    rowsRead: z.int(),
    added: z.int(),
    changed: z.int(),
    unchanged: z.int(),
    removed: z.int(),
    datasetCreated: z.boolean(),
    sourcesAdded: z.array(z.string()),
    // Reports stored before imports could add actors have none.
    actorsAdded: z.array(z.string()).default([]),
    seconds: z.number(),
    // A data package's other tables (events, sources, phases, actors, conversion rates), by resource name.
    resources: z.record(z.string(), resourceCountsSchema).optional(),
    ...readNotesShape,
  }),
  // Failed while writing: what went wrong, in words for the curator (the cause is in the log).
  z.object({ kind: z.literal("failure"), message: z.string() }),
]);
export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportWarning = z.infer<typeof warningSchema>;

/** The read notes as a report stores them. */
export interface StoredNotes {
  warnings?: { total: number; listed: ImportWarning[] };
  delimiter?: "comma" | "semicolon" | "tab";
}

/** How many figures (or rows of a package's table) an import adds, changes, leaves as they are, and removes. */
export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** What an import changed, as its run records it and its caller reports it. */
export interface ImportChanges extends ImportCounts {
  datasetCreated: boolean;
  sourcesAdded: string[];
  actorsAdded: string[];
  versionFrom: number | null;
  versionTo: number | null;
  /** A data package's tables beyond the figures, by resource name. */
  resources?: Record<string, ImportCounts>;
}

export function parseImportReport(json: string | null): ImportReport | null {
  if (json === null) return null;
  try {
    const parsed = importReportSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
