import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

// Rows into a PostgreSQL table with COPY ... FROM STDIN (CSV format), on the connection of the
// import's transaction (lib/db/raw-postgres.ts). Values are written as PostgreSQL reads them back
// exactly: NULL as an empty unquoted field, every string quoted (so "" stays an empty string),
// booleans as t/f, dates in ISO 8601, numbers in JavaScript's shortest exact form.

type CopyValue = string | number | boolean | Date | null | undefined;

function csvField(value: CopyValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY the number ${value}`);
    return String(value);
  }
  return `"${value.replace(/"/g, '""')}"`;
}

// Rows per chunk handed to the stream: large enough to keep the socket busy, small enough to stay bounded.
const CHUNK_ROWS = 2_000;

function* csvChunks(rows: readonly Record<string, unknown>[], columns: readonly string[], onBatch?: (count: number) => void): Generator<string> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const end = Math.min(rows.length, start + CHUNK_ROWS);
    let chunk = "";
    for (let i = start; i < end; i += 1) chunk += `${columns.map((column) => csvField(rows[i]![column] as CopyValue)).join(",")}\n`;
    yield chunk;
    onBatch?.(end - start);
  }
}

/** COPY the rows (all with the same columns) into the table; names are our own, quoted. */
export async function copyRows(client: PoolClient, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[], onBatch?: (count: number) => void): Promise<void> {
  const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN WITH (FORMAT csv)`;
  await pipeline(Readable.from(csvChunks(rows, columns, onBatch)), client.query(copyFrom(sql)));
}
