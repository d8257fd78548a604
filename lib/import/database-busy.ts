import { ApiError, errorResponse } from "@/lib/api/errors";

// An upload that meets a database whose write lock another connection holds (a long import from
// the command line, a backup) waits for the busy timeout, then fails with SQLITE_BUSY (or, on
// PostgreSQL, a lock timeout). That is the server being busy, not a fault: the upload is answered
// 503 with Retry-After, so the client tries again, and nothing of it is stored.

const RETRY_AFTER_SECONDS = 30;
const BUSY = /SQLITE_BUSY|database is locked|database is busy|lock timeout|could not obtain lock|canceling statement due to lock timeout/i;

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** Whether an error (or any error it was caused by) says the database is locked by someone else. */
export function isDatabaseBusy(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 16; seen += 1) {
    const cause = queue.shift();
    if (typeof cause === "string" && BUSY.test(cause)) return true;
    if (cause === null || typeof cause !== "object") continue;
    const { message, code, kind, cause: next, meta } = cause as ErrorLike;
    // Prisma's better-sqlite3 adapter reports SQLITE_BUSY as a driver error of kind "SocketTimeout".
    if (kind === "SocketTimeout" || code === "SQLITE_BUSY" || code === "55P03") return true;
    if (typeof message === "string" && BUSY.test(message)) return true;
    queue.push(next, meta?.driverAdapterError);
  }
  return false;
}

export function databaseBusyResponse(): Response {
  const response = errorResponse(
    new ApiError(503, "not_ready", `The database is busy with another write (an import, most likely). Nothing was stored; upload the file again in ${RETRY_AFTER_SECONDS} seconds.`),
  );
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}
