// Imports a CSV of figures (the columns of the CSV export) into a dataset.
// Usage: npm run data:import -- file.csv [--dataset slug] [--dry-run] [--mode merge|replace]
//          [--actor name] [--title "Dataset title"] [--citation "How to cite it"]
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
import { runImport, type ImportPhase, type RunImportResult } from "@/lib/import/run-import";

const USAGE = `Usage: npm run data:import -- file.csv [--dataset slug] [--dry-run] [--mode merge|replace]
                         [--actor name] [--title "title"] [--citation "citation"]`;

const argsSchema = z.object({
  file: z.string().min(1),
  dataset: z.string().optional(),
  "dry-run": z.boolean().default(false),
  mode: importModeSchema.default("merge"),
  actor: actorNameSchema.optional(),
  title: z.string().min(1).max(300).optional(),
  citation: z.string().min(1).max(1000).optional(),
});

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      "dry-run": { type: "boolean" },
      mode: { type: "string" },
      actor: { type: "string" },
      title: { type: "string" },
      citation: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(`give exactly one CSV file\n${USAGE}`);
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
    { format: "{phase} [{bar}] {percentage}% | {value}/{total} rows", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(phase: ImportPhase, done: number, total: number) {
      if (phase === "waiting") return;
      if (!started) bar.start(total, done, { phase: PHASE_LABEL[phase] });
      started = true;
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { phase: PHASE_LABEL[phase] });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function printResult(result: RunImportResult, dryRun: boolean) {
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
  if (result.datasetCreated) console.log(`  dataset    ${dryRun ? "would be created" : "created"} (title and citation are placeholders)`);
  if (result.sourcesAdded.length > 0) console.log(`  sources    added ${result.sourcesAdded.join(", ")}`);
  console.log(`  time       ${formatDuration(result.seconds).padStart(10)}`);
  if (result.status === "rejected") {
    console.log(`\n${formatNumber(result.errorCount)} problem(s); nothing was written.`);
    for (const problem of result.problems) {
      const where = [problem.row === null ? null : `row ${problem.row}`, problem.column].filter(Boolean).join(", ");
      const value = problem.value === null ? "" : ` ${JSON.stringify(problem.value)}`;
      console.log(`  ${where || "file"} [${problem.code}]${value}: ${problem.message}`);
    }
    if (result.errorCount > result.problems.length)
      console.log(`  … and ${formatNumber(result.errorCount - result.problems.length)} more (the first ${result.problems.length} are listed).`);
  }
  if (result.failure) console.log(`\n${result.failure}`);
}

async function main(): Promise<number> {
  const args = readArgs();
  const env = getEnv();
  const maxBytes = env.MAX_UPLOAD_MB * 1024 * 1024;
  const file = path.resolve(args.file);
  // Refused at the door, like an upload over the limit: never read into memory.
  const size = statSync(file).size;
  if (size > maxBytes) {
    console.error(`${args.file} is ${formatNumber(size)} bytes; the limit is ${env.MAX_UPLOAD_MB} MB (MAX_UPLOAD_MB).`);
    return 1;
  }
  const bytes = readFileSync(file);
  const actor = args.actor ?? actorNameSchema.catch("cli").parse(`cli:${os.userInfo().username}`);
  const prisma = createImportClient();
  const progress = progressReporter();
  try {
    const result = await runImport(prisma, {
      bytes,
      fileName: path.basename(file),
      actor,
      dataset: args.dataset,
      mode: args.mode,
      dryRun: args["dry-run"],
      limits: { maxBytes, maxRows: env.MAX_IMPORT_ROWS },
      newDataset: { title: args.title, citation: args.citation },
      onProgress: (phase, done, total) => progress.update(phase, done, total),
      onWaiting: (other) => console.error(`Waiting for import #${other} to finish…`),
    });
    progress.stop();
    printResult(result, args["dry-run"]);
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
