import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dialect } from "@/lib/db";
import { readRows, streamRows, type DialectSql, type RawRow } from "@/lib/db/read-handles";
import type { FigureHeader } from "@/lib/export/datapackage-fields";
import { publicBaseUrl } from "@/lib/env";
import { pickFigureFilters, type FigureSort, type FigureSortKey, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import { figurePageUrl } from "../links";
import { findFigureIds } from "./ids";
import { figureSelectSql } from "./ids-sql";
import { figureOrderBy, figuresAfter, type SortValue } from "./sort";
import { figureWhere } from "./where";

// The figures CSV's cells, read straight from the driver (lib/db/read-handles.ts) in the export's
// column order, with no row object, DTO or Prisma result in between: the CSV of a million figures
// is about 40 µs a row through FigureDto and Prisma, and a few through this. Which rows, in which
// order, is defined once (where.ts, sort.ts: the same filters and order as the JSON list) and
// translated to one streamed statement (ids-sql.ts), or read by keyset where it does not
// translate. The cells are exactly the FigureDto fields that lib/export/csv/figure-columns.ts
// writes (tests/db/api-figures-csv-fast.test.ts compares the two, byte for byte).

/** A CSV cell as the database gives it, turned into the value the CSV column has. */
interface Cell {
  sql: string;
  convert?: (value: RawRow[number], baseUrl: string) => string | number | boolean | null;
}

const bool = (value: RawRow[number]) => value === true || value === 1;

// Every header of the export, by its literal type: a column the export gains and this lacks does
// not compile.
export const CELLS: Record<FigureHeader, Cell> = {
  id: { sql: `f."id"` },
  key: { sql: `f."key"` },
  dataset: { sql: `d."slug"` },
  label: { sql: `f."label"` },
  category: { sql: `f."category"` },
  kind: { sql: `f."kind"` },
  from: { sql: `fa."code"` },
  to: { sql: `ta."code"` },
  value: { sql: `f."value"` },
  value_printed: { sql: `f."valuePrinted"` },
  unit: { sql: `f."unit"` },
  price_basis: { sql: `f."priceBasis"` },
  price_year: { sql: `f."priceYear"` },
  denomination: { sql: `f."denomination"` },
  qualifier: { sql: `f."qualifier"` },
  period_start: { sql: `f."periodStart"` },
  period_end: { sql: `f."periodEnd"` },
  period_status: { sql: `f."periodStatus"` },
  period_text: { sql: `f."periodText"` },
  parent_key: { sql: `p."key"` },
  derived: { sql: `f."derived"`, convert: bool },
  derivation: { sql: `f."derivation"` },
  source: { sql: `s."key"` },
  source_citation: { sql: `s."citation"` },
  section: { sql: `f."section"` },
  phrase: { sql: `f."phrase"` },
  provenance: { sql: `f."provenance"` },
  // A figure's table cell is all three columns or none (dto.ts storedCell).
  cell_table: { sql: `f."cellTable"` },
  cell_row: { sql: `CASE WHEN f."cellTable" IS NULL THEN NULL ELSE COALESCE(f."cellRow", '') END` },
  cell_column: { sql: `CASE WHEN f."cellTable" IS NULL THEN NULL ELSE COALESCE(f."cellColumn", '') END` },
  locator: { sql: `f."locator"` },
  cited_ref: { sql: `f."citedRef"` },
  cited_source: { sql: `c."key"` },
  cited_source_citation: { sql: `c."citation"` },
  // Stored sorted and ";"-joined (lib/db/flags.ts), which is how the export writes them.
  flags: { sql: `f."flags"` },
  notes: { sql: `f."notes"` },
  // Slugs and keys never hold "/" (lib/schemas/api/params.ts keyParam), so one cell carries both.
  permalink: { sql: `d."slug" || '/' || f."key"`, convert: (path, baseUrl) => figurePageUrl(baseUrl, ...(String(path).split("/") as [string, string])) },
  year_start: { sql: `f."yearStart"` },
  year_end: { sql: `f."yearEnd"` },
};

export const JOINS = `JOIN "Dataset" d ON d."id" = f."datasetId"
JOIN "Source" s ON s."id" = f."sourceId"
LEFT JOIN "Source" c ON c."id" = f."citedSourceId"
LEFT JOIN "Actor" fa ON fa."id" = f."fromActorId"
LEFT JOIN "Actor" ta ON ta."id" = f."toActorId"
LEFT JOIN "Figure" p ON p."id" = f."parentId"`;

// The cells holding each sort's values (sort.ts sortValuesOf), for the keyset of the next batch.
const SORT_CELLS: Record<FigureSortKey, FigureHeader[]> = {
  id: [],
  key: ["key"],
  label: ["label"],
  category: ["category"],
  kind: ["kind"],
  from: ["from"],
  to: ["to"],
  value: ["unit", "value"],
  unit: ["unit"],
  qualifier: ["qualifier"],
  period_start: ["period_start"],
  period_end: ["period_end"],
  dataset: ["dataset"],
};

function sortCellIndexes(sort: FigureSort, headers: readonly FigureHeader[]): number[] {
  const key = (sort.startsWith("-") ? sort.slice(1) : sort) as FigureSortKey;
  return SORT_CELLS[key].map((header) => {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`the export's columns must include "${header}" to sort by ${key}`);
    return index;
  });
}

/** The statement reading the cells of `headers` for a list of ids, in the list's order. */
function cellsSql(headers: readonly FigureHeader[]): DialectSql {
  const select = headers.map((header) => CELLS[header].sql).join(", ");
  return {
    // One bound parameter whatever the batch size: a JSON array of ids on SQLite, an int[] on
    // PostgreSQL. Each row starts with its id's position in the list, which puts it back in order
    // (an ORDER BY would copy every row through a sorter first).
    sqlite: `SELECT j."key", ${select} FROM json_each(?) j JOIN "Figure" f ON f."id" = j."value" ${JOINS}`,
    postgresql: `SELECT (j."n" - 1)::int, ${select} FROM unnest($1::int[]) WITH ORDINALITY AS j("id", "n") JOIN "Figure" f ON f."id" = j."id" ${JOINS}`,
  };
}

/** The rows in the order of their leading position, without it. */
function inListOrder(rows: RawRow[], count: number): RawRow[] {
  const ordered = new Array<RawRow>(count);
  for (const row of rows) ordered[row.shift() as number] = row;
  // Ids whose figure went between the two reads leave holes.
  return rows.length === count ? ordered : ordered.filter(Boolean);
}

// Measured at 100,000 rows: batches of 1,000 rows (about 400 KB of CSV) exported 40% faster than
// batches of 5,000, with a third of the heap: a batch's cells live until its chunk is written, and
// bigger batches survive long enough to be promoted to the old generation, which then grows.
const BATCH = 1000;

interface FigureCsvQuery {
  query: Pick<FiguresQuery, "sort"> & Partial<FiguresQuery>;
  headers: readonly FigureHeader[];
  baseUrl?: string;
  batchSize?: number;
}

type Convert = { index: number; convert: NonNullable<Cell["convert"]> };

interface KeysetRead {
  where: Prisma.FigureWhereInput;
  orderBy: Prisma.FigureOrderByWithRelationInput[];
  sort: FigureSort;
  headers: readonly FigureHeader[];
  batchSize: number;
}

/**
 * The rows by keyset, for orders the SQL translation does not cover (by a related table's code or
 * slug): a batch of ids at a time (ids.ts), then their cells in one statement.
 */
async function* keysetBatches({ where, orderBy, sort, headers, batchSize }: KeysetRead): AsyncGenerator<RawRow[]> {
  const sql = cellsSql(headers);
  const sortIndexes = sortCellIndexes(sort, headers);
  const idIndex = headers.indexOf("id");
  if (idIndex < 0) throw new Error(`the export's columns must include "id", the order's tie-break`);
  let after: Prisma.FigureWhereInput | null = null;
  for (;;) {
    const ids = await findFigureIds({ where: after ? { AND: [where, after] } : where, orderBy, take: batchSize });
    if (ids.length === 0) return;
    const rows = inListOrder(await readRows(sql, [JSON.stringify(ids)], { pgParams: [ids], fixed: true }), ids.length);
    const last = rows.at(-1);
    if (!last) return;
    // The keyset is read before the caller converts any cell (no sort reads a converted one).
    const lastValues = sortIndexes.map((index) => (last[index] ?? null) as SortValue);
    yield rows;
    if (ids.length < batchSize) return;
    after = figuresAfter(sort, lastValues, Number(last[idIndex]));
  }
}

async function* converted(batches: AsyncGenerator<RawRow[]>, converts: readonly Convert[], baseUrl: string): AsyncGenerator<RawRow[]> {
  for await (const rows of batches) {
    for (const row of rows) for (const { index, convert } of converts) row[index] = convert(row[index] ?? null, baseUrl);
    yield rows;
  }
}

/**
 * Every figure matching the query's filters, in its order, as batches of CSV cells (one array per
 * row, in the order of `headers`). The filters are checked before this returns, so a bad one
 * still gets a 400 before a download starts; each batch is read only when the consumer asks for
 * it, so memory stays flat however many rows match. Where the filters and the order translate to
 * SQL (ids-sql.ts: every filter, every order on the figure's own columns), one statement streams
 * the rows through the driver (better-sqlite3's iterator, a PostgreSQL cursor: one snapshot from
 * first row to last); else they are read by keyset.
 */
export async function openFigureCsvBatches({ query, headers, baseUrl = publicBaseUrl(), batchSize = BATCH }: FigureCsvQuery): Promise<AsyncGenerator<RawRow[]>> {
  const where = await figureWhere(pickFigureFilters(query));
  const orderBy = figureOrderBy(query.sort);
  const converts = headers.flatMap((header, index): Convert[] => {
    const convert = CELLS[header].convert;
    return convert ? [{ index, convert }] : [];
  });
  const select = headers.map((header) => CELLS[header].sql).join(", ");
  const whole = figureSelectSql({ select, from: `"Figure" f ${JOINS}`, where, orderBy }, dialect);
  const batches = whole ? streamRows(whole.sql, whole.params, batchSize) : keysetBatches({ where, orderBy, sort: query.sort, headers, batchSize });
  return converted(batches, converts, baseUrl);
}
