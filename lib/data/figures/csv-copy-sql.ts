import "server-only";
import { escapeLiteral } from "pg";
import type { FigureHeader } from "@/lib/export/datapackage-fields";
import type { RawValue } from "@/lib/db/read-handles";
import { CELLS } from "./csv-rows";

// The select list of the figures CSV written by PostgreSQL itself (COPY … TO STDOUT, CSV format,
// lib/data/figures/csv-copy.ts). PostgreSQL's CSV quotes a field holding the delimiter, a quote or a
// line break and doubles its quotes, as our writer (lib/export/csv/write.ts) does. What differs:
// - an empty string is quoted ("") where we write nothing: text cells go through NULLIF;
// - floating point is written in the same shortest exact digits, but with an exponent below 1e-4
//   and from 1e15 on, and -0 as "-0": such a value marks its row (its id gets MARK before it), and
//   0 is written as 0;
// - a permalink percent-encodes the key and slug: a row whose key or slug needs it is marked;
// - neutralising, the formula guard and quoting for a byte order mark or a leading or trailing
//   space are checked on the bytes as they stream (lib/export/csv/postgres-csv.ts), which hands
//   marked rows back to our writer.

/** How each export column is written: as text, or as the number, boolean or link it holds. */
type CellKind = "text" | "integer" | "number" | "boolean" | "link";

// Every header, by its literal type: a column the export gains and this lacks does not compile.
const KINDS: Record<FigureHeader, CellKind> = {
  id: "integer", key: "text", dataset: "text", label: "text", category: "text", kind: "text", from: "text", to: "text",
  value: "number", value_printed: "text", unit: "text", price_basis: "text", price_year: "integer", denomination: "text",
  qualifier: "text", period_start: "text", period_end: "text", period_status: "text", period_text: "text",
  parent_key: "text", derived: "boolean", derivation: "text", source: "text", source_citation: "text", section: "text",
  phrase: "text", provenance: "text", cell_table: "text", cell_row: "text", cell_column: "text", locator: "text",
  cited_ref: "text", cited_source: "text", cited_source_citation: "text", flags: "text", notes: "text",
  permalink: "link", year_start: "integer", year_end: "integer",
};

export const kindOf = (header: FigureHeader): CellKind => KINDS[header];

// encodeURIComponent leaves these as they are.
const URL_SAFE = "^[A-Za-z0-9_.!~*'()-]+$";

// What the query marks; the text is checked as it streams (lib/export/csv/postgres-csv.ts).
function markedSql(): string {
  return [
    // NaN and the infinities fail both comparisons, as an exponent's values do.
    `NOT (f."value" = 0 OR abs(f."value") >= 1e-4 AND abs(f."value") < 1e15)`,
    `d."slug" !~ '${URL_SAFE.replace(/'/g, "''")}'`,
    `f."key" !~ '${URL_SAFE.replace(/'/g, "''")}'`,
  ].join(" OR ");
}

/** The mark a row written by our writer starts with, before its id. */
export const MARK = "!";

function cellSql(header: FigureHeader, baseUrl: string, marked: string): string {
  const { sql } = CELLS[header];
  switch (KINDS[header]) {
    case "text":
      return `NULLIF(${sql}, '')`;
    case "number":
      return `CASE WHEN ${sql} = 0 THEN 0 ELSE ${sql} END`;
    case "boolean":
      return `CASE WHEN ${sql} THEN 'true' ELSE 'false' END`;
    case "link":
      return `${escapeLiteral(`${baseUrl}/datasets/`)} || d."slug" || '/figures/' || f."key"`;
    case "integer":
      return header === "id" ? `CASE WHEN ${marked} THEN '${MARK}' || ${sql} ELSE ${sql}::text END` : sql;
  }
}

/** A bound value as a literal: COPY takes no parameters. */
function literal(value: RawValue): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a literal`);
    return String(value);
  }
  return escapeLiteral(value);
}

/** $1, $2… of a statement replaced by its parameters as literals. */
export function inlineParams(sql: string, params: readonly RawValue[]): string {
  return sql.replace(/\$(\d+)\b/g, (_, index: string) => literal(params[Number(index) - 1] ?? null));
}

export const copySelect = (headers: readonly FigureHeader[], baseUrl: string): string => {
  const marked = `(${markedSql()})`;
  return headers.map((header) => cellSql(header, baseUrl, marked)).join(", ");
};
