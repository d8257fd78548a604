import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

// A worker killed mid-import (kill -9, a power cut) cannot remove its upload, its options or its
// progress file, and an upload cut off mid-write leaves its temporary file: nothing else ever would,
// so each worker sweeps the upload folder as it starts. Only the names this folder's writers make
// are touched (uploads.ts, progress-file.ts), and only when untouched for a day: a live import
// rewrites its progress file every fraction of a second, and its upload is minutes old.

export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

const OURS = [/^\d+\.csv$/, /^\d+\.options\.json$/, /^\d+\.progress\.json(\.\d+\.tmp)?$/, /^incoming-[0-9a-f-]+\.tmp$/];

/** Removes the folder's upload files older than `maxAgeMs`; returns their names. A missing folder holds none. */
export function sweepStaleUploads(dir: string, now = Date.now(), maxAgeMs = STALE_UPLOAD_MS): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!OURS.some((pattern) => pattern.test(name))) continue;
    const file = path.join(dir, name);
    try {
      const stat = statSync(file);
      if (!stat.isFile() || now - stat.mtimeMs < maxAgeMs) continue;
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile (its own worker removed it): nothing to sweep.
    }
  }
  return removed;
}
