import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ApiError } from "@/lib/api/errors";
import { getEnv } from "@/lib/env";
import { sha256Hex } from "./sha256";
import { uploadOptionsSchema, type UploadOptions } from "./upload-options";

// Receiving an uploaded CSV (or a data package's zip) in the route handler. The size limit is
// enforced here, on the bytes actually read: Content-Length can be absent or wrong, and a proxy in
// front may cut a body short without saying so. For a CSV the row limit is checked on the same pass
// with a quote-aware count of line ends (a line break inside a quoted cell does not start a row),
// so an oversized file is refused before anything is stored; the worker checks both again (a zip's
// rows only it can count). What the upload says beyond its file waits beside it (upload-options.ts).

export interface UploadLimits {
  maxBytes: number;
  maxRows: number;
}

export function uploadLimits(): UploadLimits & { dir: string } {
  const env = getEnv();
  return { maxBytes: env.MAX_UPLOAD_MB * 1024 * 1024, maxRows: env.MAX_IMPORT_ROWS, dir: path.resolve(env.UPLOAD_DIR) };
}

export function uploadFilePath(dir: string, runId: number): string {
  return path.join(dir, `${runId}.csv`);
}

function uploadOptionsPath(dir: string, runId: number): string {
  return path.join(dir, `${runId}.options.json`);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Counts CSV records that hold anything, across chunks. */
export class RecordCounter {
  private inQuotes = false;
  private recordHasContent = false;
  records = 0;

  push(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (byte === QUOTE) this.inQuotes = !this.inQuotes;
      if (byte === LF && !this.inQuotes) {
        if (this.recordHasContent) this.records += 1;
        this.recordHasContent = false;
      } else if (byte !== CR) this.recordHasContent = true;
    }
  }

  /** Records so far, counting an unterminated last one. */
  get total(): number {
    return this.records + (this.recordHasContent ? 1 : 0);
  }
}

export interface ReceivedUpload {
  bytes: Uint8Array;
  sha256: string;
  dataRows: number;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    413,
    "payload_too_large",
    `The file is larger than the upload limit of ${megabytes(maxBytes)} (MAX_UPLOAD_MB). Split it, or ask the administrator to raise the limit.`,
    "file",
  );
}

/**
 * Reads the body up to the limits; throws ApiError 413 as soon as one is passed. `declaredLength`
 * (Content-Length) is only compared, never trusted: a body shorter than declared was cut off on its
 * way (Next's proxy truncates large bodies without a word; see next.config.ts) and is refused too.
 */
export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  limits: UploadLimits,
  declaredLength: number | null = null,
  /** False for a zip, whose bytes are not lines. */
  countRows = true,
): Promise<ReceivedUpload> {
  if (!body) throw new ApiError(400, "invalid_parameter", "The request has no body: send the CSV file as the body.", "file");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  const counter = new RecordCounter();
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away (or the connection broke) mid-upload: its mistake or its network's, not ours.
      throw new ApiError(400, "invalid_parameter", "The upload was interrupted before the whole file arrived. Nothing was stored.", "file");
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limits.maxBytes);
    }
    if (countRows) counter.push(value);
    // The header is one record; the rest are data rows.
    if (counter.records - 1 > limits.maxRows) {
      await reader.cancel().catch(() => {});
      throw new ApiError(
        413,
        "too_many_rows",
        `The file has more than ${limits.maxRows} data rows (MAX_IMPORT_ROWS). Split it into smaller files.`,
        "file",
      );
    }
    chunks.push(value);
  }
  if (counter.total - 1 > limits.maxRows)
    throw new ApiError(413, "too_many_rows", `The file has more than ${limits.maxRows} data rows (MAX_IMPORT_ROWS).`, "file");
  if (declaredLength !== null && size !== declaredLength)
    throw new ApiError(
      413,
      "payload_too_large",
      `The upload arrived incomplete (${size} of ${declaredLength} bytes): it was cut off on its way to the server. Nothing was stored.`,
      "file",
    );
  if (size === 0) throw new ApiError(400, "invalid_parameter", "The file is empty.", "file");
  const bytes = Buffer.concat(chunks, size);
  return { bytes, sha256: sha256Hex(bytes), dataRows: Math.max(0, counter.total - 1) };
}

/** Stores an upload where the worker will find it: written under a temporary name, then renamed. */
export function storeUpload(dir: string, runId: number, bytes: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `incoming-${randomUUID()}.tmp`);
  writeFileSync(temporary, bytes);
  const file = uploadFilePath(dir, runId);
  renameSync(temporary, file);
  return file;
}

/** Keeps what the upload says beyond its file for the worker; nothing when it says nothing. */
export function storeUploadOptions(dir: string, runId: number, options: UploadOptions): void {
  if (Object.values(options).every((value) => value === undefined)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(uploadOptionsPath(dir, runId), JSON.stringify(options));
}

/** What the upload said beyond its file ({} when nothing). */
export function readUploadOptions(dir: string, runId: number): UploadOptions {
  const file = uploadOptionsPath(dir, runId);
  return existsSync(file) ? uploadOptionsSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : {};
}

export function removeUpload(dir: string, runId: number): void {
  rmSync(uploadFilePath(dir, runId), { force: true });
  rmSync(uploadOptionsPath(dir, runId), { force: true });
}
