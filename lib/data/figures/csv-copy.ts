import "server-only";
import Papa from "papaparse";
import { dialect } from "@/lib/db";
import { copyOutChunks, type RawRow } from "@/lib/db/read-handles";
import { databaseEnv, publicBaseUrl } from "@/lib/env";
import type { FigureHeader } from "@/lib/export/datapackage-fields";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { pickFigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { figurePageUrl } from "../links";
import { copySelect, inlineParams, kindOf, MARK } from "./csv-copy-sql";
import { JOINS } from "./csv-rows";
import { figureSelectSql } from "./ids-sql";
import { figureOrderBy } from "./sort";
import { figureWhere } from "./where";

// The figures CSV on PostgreSQL, written by the database (COPY … TO STDOUT in CSV format): the
// driver's cursor costs a protocol message and a string per field, and the export of a million
// rows spent most of its time there and in our writer (docs/performance.md, c). PostgreSQL writes
// each row as our writer would, except rows that csv-copy-sql.ts and lib/export/csv/postgres-csv.ts
// hand back: those come back here as records and are written by our writer, so every byte is the
// same as the cursor's export (tests/db/api-figures-csv-fast.test.ts compares them).

const HEADERS: readonly FigureHeader[] = FIGURE_CSV_HEADERS;
const DATASET = HEADERS.indexOf("dataset");
const KEY = HEADERS.indexOf("key");
const PERMALINK = HEADERS.indexOf("permalink");

// The permalink is written in SQL with the base address as it is: only one that needs no encoding
// or quoting (a scheme, a host, a port and a plain path) is used there; another keeps the cursor.
const PLAIN_BASE_URL = /^https?:\/\/[A-Za-z0-9.:[\]-]+(\/[A-Za-z0-9._~/-]*)?$/;

export interface FigureCsvCopy {
  /** PostgreSQL's CSV, without a header. */
  chunks: AsyncIterable<Uint8Array>;
  /** What a row the query marked for our writer starts with (csv-copy-sql.ts). */
  mark: string;
  /** A handed-back row's record as the cells our writer takes, in the export's column order. */
  rowOf: (record: string) => RawRow;
}

function cellOf(text: string, header: FigureHeader, index: number): RawRow[number] {
  switch (kindOf(header)) {
    case "text":
    case "link":
      return text;
    case "boolean":
      return text === "true";
    default:
      // The id of a marked row carries the mark; an empty number is NULL.
      if (index === 0 && text.startsWith(MARK)) return Number(text.slice(MARK.length));
      return text === "" ? null : Number(text);
  }
}

function rowOfRecord(record: string, baseUrl: string): RawRow {
  const { data, errors } = Papa.parse<string[]>(record, { delimiter: ",", newline: "\n" });
  const fields = data[0];
  if (errors.length > 0 || data.length !== 1 || fields?.length !== HEADERS.length) throw new Error("a row of PostgreSQL's CSV did not parse");
  const row = fields.map((text, index) => cellOf(text, HEADERS[index]!, index));
  row[PERMALINK] = figurePageUrl(baseUrl, fields[DATASET]!, fields[KEY]!);
  return row;
}

/**
 * The figures matching the query, in its order, as PostgreSQL's CSV, or null where this does not
 * apply (SQLite, an order or filter with no SQL translation, a base address that needs encoding):
 * the caller then reads batches (csv-rows.ts). The filters are checked before this returns.
 */
export async function openFigureCsvCopy({ query, baseUrl = publicBaseUrl() }: { query: FiguresQuery; baseUrl?: string }): Promise<FigureCsvCopy | null> {
  const url = databaseEnv().postgresUrl;
  if (url === null || !PLAIN_BASE_URL.test(baseUrl)) return null;
  const where = await figureWhere(pickFigureFilters(query));
  const select = copySelect(HEADERS, baseUrl);
  const whole = figureSelectSql({ select, from: `"Figure" f ${JOINS}`, where, orderBy: figureOrderBy(query.sort) }, dialect);
  if (!whole) return null;
  const sql = `COPY (${inlineParams(whole.sql.postgresql, whole.params)}) TO STDOUT WITH (FORMAT csv)`;
  return { chunks: copyOutChunks(url, sql), mark: MARK, rowOf: (record) => rowOfRecord(record, baseUrl) };
}
