// Imports a CSV of figures, or a data package, into a dataset.
// Usage: npm run data:import -- file.csv [--dataset slug] [--source "citation"] [--dry-run] [--mode merge|replace]
//          [--actor name] [--title "title"] [--citation "How to cite it"] [--licence "licence"]
//          [--description "text"] [--actors actors.csv]
//        npm run data:import -- package.zip | folder/datapackage.json | folder   [--dry-run] [--mode merge|replace]
// A CSV has the columns of the CSV export, or is a plain table of flows (from, to, value, unit,
// period_start; lib/import/defaults/plain-table.ts says what the other columns default to).
// --source names the source (its full reference) of every row that names none. A dataset the import
// creates takes --title, --citation, --licence and --description, or visible placeholders for a
// curator to replace. --actors declares the actors that are neither in the database nor ISO 3166-1
// alpha-3 countries (columns code, name, kind, start_year, end_year, native_name, description).
// A data package is the one Aidflow exports (GET /api/v1/datasets/{slug}/datapackage.zip): a zip,
// or a datapackage.json beside its CSV files; it carries its dataset's metadata itself.
// A CSV may be separated by commas, semicolons or tabs. Suspicious input (lib/import/warning-codes.ts)
// is listed as warnings; --strict refuses the file for them instead.
// The whole file is checked before anything is written, then applied in one transaction. Exit code:
// 0 applied / unchanged / checked (dry run), 1 rejected (the problems are listed), 2 failed.
// DATABASE_FILE picks the SQLite file; MAX_UPLOAD_MB and MAX_IMPORT_ROWS set the limits.
import { readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import { createImportClient } from "@/lib/import/import-client";
import { getEnv } from "@/lib/env";
import { formatDuration, formatNumber } from "@/lib/format";
import { actorNameSchema } from "@/lib/import/actor-name";
import { importModeSchema } from "@/lib/import/mode";
import { packageDescriptorPath, readPackageDirectory } from "@/lib/import/package/read-directory";
import { runImport, type ImportPhase, type RunImportResult } from "@/lib/import/run-import";
import { datasetFileSchema } from "@/lib/schemas/dataset-file";

const USAGE = `Usage: npm run data:import -- file.csv [--dataset slug] [--source "citation"] [--dry-run] [--mode merge|replace]
                         [--actor name] [--title "title"] [--citation "citation"] [--licence "licence"]
                         [--description "text"] [--actors actors.csv] [--strict]
       npm run data:import -- package.zip | folder/datapackage.json | folder [--dry-run] [--mode merge|replace] [--actor name]`;

const datasetFields = datasetFileSchema.shape.dataset.shape;

const argsSchema = z.object({
  file: z.string().min(1),
  dataset: z.string().optional(),
  "dry-run": z.boolean().default(false),
  mode: importModeSchema.default("merge"),
  actor: actorNameSchema.optional(),
  source: datasetFields.citation.optional(),
  title: datasetFields.title.optional(),
  citation: datasetFields.citation.optional(),
  licence: datasetFields.licence.optional(),
  description: datasetFields.description.optional(),
  actors: z.string().min(1).optional(),
  strict: z.boolean().default(false),
});

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      "dry-run": { type: "boolean" },
      mode: { type: "string" },
      actor: { type: "string" },
      source: { type: "string" },
      title: { type: "string" },
      citation: { type: "string" },
      licence: { type: "string" },
      description: { type: "string" },
      actors: { type: "string" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(`give exactly one CSV file or data package\n${USAGE}`);
  const parsed = argsSchema.safeParse({ ...values, file: positionals[0] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`--${issue.path.join(".")}: ${issue.message}\n${USAGE}`);
  }
  return parsed.data;
}

const PHASE_LABEL: Record<ImportPhase, string> = { waiting: "Waiting ", validating: "Checking", writing: "Writing " };

function progressReporter() {
  // A bar on a terminal; one line per phase otherwise (logs, CI), so output stays readable.
  if (!process.stderr.isTTY) {
    let last: ImportPhase | null = null;
    return {
      update(phase: ImportPhase) {
        if (phase !== last) console.error(`${PHASE_LABEL[phase].trim()}…`);
        last = phase;
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: "{phase} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {eta_formatted} left", hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  // Rows per second within the current phase.
  let phaseOf: { phase: ImportPhase; at: number } | null = null;
  return {
    update(phase: ImportPhase, done: number, total: number) {
      if (phase === "waiting") return;
      if (phaseOf?.phase !== phase) phaseOf = { phase, at: Date.now() };
      const seconds = (Date.now() - phaseOf.at) / 1000;
      const payload = { phase: PHASE_LABEL[phase], rate: seconds > 0 ? formatNumber(Math.round(done / seconds)) : "…" };
      if (!started) bar.start(total, done, payload);
      started = true;
      bar.setTotal(Math.max(total, 1));
      bar.update(done, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** `placeholders`: the dataset fields a created dataset got no value for ("title, citation"), or null. */
function printResult(result: RunImportResult, dryRun: boolean, placeholders: string | null) {
  const n = (value: number) => formatNumber(value).padStart(10);
  const status = result.status === "checked" ? "checked (dry run: nothing written)" : result.status;
  console.log(`\nImport #${result.runId} into ${result.datasetSlug ?? "(no dataset)"}: ${status}`);
  console.log(`  rows read  ${n(result.rowsTotal)}`);
  console.log(`  added      ${n(result.added)}${dryRun ? "  (would be)" : ""}`);
  console.log(`  changed    ${n(result.changed)}`);
  console.log(`  unchanged  ${n(result.unchanged)}`);
  console.log(`  removed    ${n(result.removed)}`);
  console.log(`  errors     ${n(result.errorCount)}`);
  if (result.versionTo !== null)
    console.log(`  version    ${result.versionFrom === null ? "new dataset" : `v${result.versionFrom}`} → v${result.versionTo}`);
  for (const [name, counts] of Object.entries(result.resources ?? {}))
    console.log(`  ${(name === "conversion_rates" ? "rates" : name).padEnd(10)} ${formatNumber(counts.added)} added, ${formatNumber(counts.changed)} changed, ${formatNumber(counts.unchanged)} unchanged, ${formatNumber(counts.removed)} removed`);
  if (result.datasetCreated) console.log(`  dataset    ${dryRun ? "would be created" : "created"}${placeholders ? ` (${placeholders} are placeholders: edit them before publishing)` : ""}`);
  if (result.sourcesAdded.length > 0) console.log(`  sources    ${dryRun ? "would add" : "added"} ${result.sourcesAdded.join(", ")}`);
  if (result.actorsAdded.length > 0) console.log(`  actors     ${dryRun ? "would add" : "added"} ${result.actorsAdded.join(", ")}`);
  console.log(`  time       ${formatDuration(result.seconds).padStart(10)}`);
  if (result.delimiter && result.delimiter !== "comma") console.log(`  delimiter  ${result.delimiter.padStart(10)}`);
  if (result.warningCount > 0) printListed(`${formatNumber(result.warningCount)} warning(s) (--strict refuses them):`, result.warnings, result.warningCount);
  if (result.status === "rejected") printListed(`${formatNumber(result.errorCount)} problem(s); nothing was written.`, result.problems, result.errorCount);
  if (result.failure) console.log(`\n${result.failure}`);
}

function printListed(title: string, listed: RunImportResult["problems" | "warnings"], total: number) {
  console.log(`\n${title}`);
  for (const problem of listed) {
    const where = [problem.row === null ? null : `row ${problem.row}`, problem.column].filter(Boolean).join(", ");
    const value = problem.value === null ? "" : ` ${JSON.stringify(problem.value)}`;
    console.log(`  ${where || "file"} [${problem.code}]${value}: ${problem.message}`);
  }
  if (total > listed.length) console.log(`  … and ${formatNumber(total - listed.length)} more (the first ${listed.length} are listed).`);
}

async function main(): Promise<number> {
  const args = readArgs();
  const env = getEnv();
  const maxBytes = env.MAX_UPLOAD_MB * 1024 * 1024;
  const file = path.resolve(args.file);
  const actorsFile = args.actors === undefined ? undefined : path.resolve(args.actors);
  const descriptorPath = packageDescriptorPath(file);
  // Refused at the door, like an upload over the limit: never read into memory.
  for (const [given, resolved] of [[args.file, descriptorPath ?? file], [args.actors, actorsFile]] as const) {
    const size = resolved === undefined ? 0 : statSync(resolved).size;
    if (size > maxBytes) {
      console.error(`${given} is ${formatNumber(size)} bytes; the limit is ${env.MAX_UPLOAD_MB} MB (MAX_UPLOAD_MB).`);
      return 1;
    }
  }
  const packageFiles = descriptorPath === null ? undefined : readPackageDirectory(descriptorPath, maxBytes);
  // A CSV is read from disk as a stream, never held whole (lib/import/read-file.ts).
  const source = packageFiles ? { bytes: packageFiles.descriptor } : { filePath: file };
  const actor = args.actor ?? actorNameSchema.catch("cli").parse(`cli:${os.userInfo().username}`);
  const prisma = createImportClient();
  const progress = progressReporter();
  try {
    const result = await runImport(prisma, {
      ...source,
      fileName: packageFiles?.fileName ?? path.basename(file),
      actor,
      dataset: args.dataset,
      mode: args.mode,
      dryRun: args["dry-run"],
      limits: { maxBytes, maxRows: env.MAX_IMPORT_ROWS },
      newDataset: { title: args.title, citation: args.citation, licence: args.licence, description: args.description },
      defaultSource: args.source,
      strict: args.strict,
      packageFiles,
      actorsFile: actorsFile === undefined ? undefined : { fileName: path.basename(actorsFile), bytes: readFileSync(actorsFile) },
      onProgress: (phase, done, total) => progress.update(phase, done, total),
      onWaiting: (other) => console.error(`Waiting for import #${other} to finish…`),
    });
    progress.stop();
    const missing = (["title", "citation", "licence", "description"] as const).filter((field) => args[field] === undefined);
    printResult(result, args["dry-run"], result.resources === undefined && missing.length > 0 ? missing.join(", ") : null);
    return result.status === "rejected" ? 1 : result.status === "failed" ? 2 : 0;
  } finally {
    progress.stop();
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
