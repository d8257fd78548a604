import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Progress of a running import, for the upload page to poll. It lives in a small file next to the
// upload rather than in the database: the import's own transaction holds SQLite's write lock while
// it writes, so no other connection could record progress until the very end. Written atomically
// (temporary file, then rename), so a reader never sees half a file.

const progressSchema = z.object({
  phase: z.enum(["waiting", "validating", "writing"]),
  done: z.int().nonnegative(),
  total: z.int().nonnegative(),
  pid: z.int(),
  at: z.string(),
});
export type ImportProgress = z.infer<typeof progressSchema>;

export function progressFilePath(uploadDir: string, runId: number): string {
  return path.join(uploadDir, `${runId}.progress.json`);
}

export function writeProgressFile(file: string, progress: Omit<ImportProgress, "pid" | "at">): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ ...progress, pid: process.pid, at: new Date().toISOString() }));
  renameSync(temporary, file);
}

export function readProgressFile(file: string): ImportProgress | null {
  try {
    const parsed = progressSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function removeProgressFile(file: string): void {
  rmSync(file, { force: true });
}
