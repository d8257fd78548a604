import { dialectOf, type Dialect } from "./dialect";
import { copyRows } from "./copy-rows";
import { rawPostgresOf } from "./raw-postgres";
import { rawSqliteOf } from "./raw-sqlite";
import type { Tx } from "./tx";

// Bulk writes for large imports, as plain parameterised SQL inside the import's transaction.
// Prisma's createMany costs about 0.7 ms per figure here (its query compiler builds every row as a
// nested object), so 100,000 rows took minutes; one multi-row INSERT per batch through the same
// connection takes a tenth of that. Table and column names come from our own constants, never
// from the file; every value is a bound parameter. Values are stored as Prisma stores them in
// SQLite, so Prisma reads them back unchanged: booleans as 0/1, dates as ISO text with "+00:00".
//
// On PostgreSQL (lib/db.ts) the same statements are written with $1, $2... placeholders, and
// booleans and dates are passed as such (the columns are boolean and timestamp there); SQLite keeps
// exactly the statements and values it always had.
//
// On the import's own client inserts skip Prisma, on the transaction's own connection: on SQLite
// one prepared single-row INSERT run for every row (lib/db/raw-sqlite.ts), on PostgreSQL a COPY
// (lib/db/raw-postgres.ts, copy-rows.ts).

type SqlValue = string | number | null;
type BoundValue = SqlValue | boolean | Date;
// SQLite allows 32,766 bound parameters per statement, but Prisma keeps the arguments of its last
// 100 queries in memory (@prisma/debug's log history, whether or not DEBUG is set), so every
// statement's parameters stay alive for 100 statements more: small statements keep that bounded
// (a 100,000-row import peaked at 1.7 GB with 30,000 parameters per statement).
const MAX_PARAMETERS = 4_000;
// Rows between two progress reports on the raw path.
const RAW_BATCH = 5_000;

export function sqlValue(value: unknown, dialect: Dialect): BoundValue {
  if (value === null || value === undefined) return null;
  if (dialect === "postgresql" && (typeof value === "boolean" || value instanceof Date)) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error(`cannot store a ${typeof value} in ${dialect}`);
}

/** Numbers the placeholders of a statement written with "?": $1, $2... on PostgreSQL. */
function placeholders(sql: string, dialect: Dialect): string {
  if (dialect === "sqlite") return sql;
  let n = 0;
  // Our statements hold no "?" other than placeholders: names are quoted identifiers of our own.
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** PostgreSQL's type for an untyped VALUES column, from the values (its columns are text otherwise). */
function valuesCast(values: readonly SqlValue[], dialect: Dialect): string {
  if (dialect === "sqlite") return "";
  const sample = values.find((value) => value !== null);
  if (typeof sample === "string") return "::text";
  if (typeof sample === "number" && !Number.isInteger(sample)) return "::double precision";
  return "::integer";
}

const quote = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  return `"${name}"`;
};

/** Inserts rows (all with the same columns) in as few statements as the parameter limit allows. */
export async function insertRows(
  tx: Tx,
  table: string,
  objects: readonly object[],
  onBatch?: (count: number) => void,
): Promise<void> {
  const rows = objects as readonly Record<string, unknown>[];
  if (rows.length === 0) return;
  const dialect = dialectOf(tx);
  const columns = Object.keys(rows[0]!);
  const copyClient = dialect === "postgresql" ? rawPostgresOf(tx) : null;
  if (copyClient) return copyRows(copyClient, table, columns.map((column) => quote(column).slice(1, -1)), rows, onBatch);
  const raw = dialect === "sqlite" ? rawSqliteOf(tx) : null;
  if (raw) {
    const insert = raw.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    for (let start = 0; start < rows.length; start += RAW_BATCH) {
      const end = Math.min(rows.length, start + RAW_BATCH);
      for (let i = start; i < end; i += 1) insert.run(columns.map((column) => sqlValue(rows[i]![column], dialect)));
      onBatch?.(end - start);
    }
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values = batch.flatMap((row) => columns.map((column) => sqlValue(row[column], dialect)));
    await tx.$executeRawUnsafe(placeholders(head + batch.map(() => tuple).join(", "), dialect), ...values);
    onBatch?.(batch.length);
  }
}

/** UPDATE table SET the given columns WHERE id = id. */
export async function updateRow(tx: Tx, table: string, id: number, changes: object): Promise<void> {
  const data = changes as Record<string, unknown>;
  const columns = Object.keys(data);
  if (columns.length === 0) return;
  const dialect = dialectOf(tx);
  await tx.$executeRawUnsafe(
    placeholders(`UPDATE ${quote(table)} SET ${columns.map((column) => `${quote(column)} = ?`).join(", ")} WHERE "id" = ?`, dialect),
    ...columns.map((column) => sqlValue(data[column], dialect)),
    id,
  );
}

/** Sets one column to a value per row, joining on the id: UPDATE ... FROM (VALUES ...), in batches. */
export async function updateColumnById(
  tx: Tx,
  table: string,
  column: string,
  values: readonly (readonly [id: number, value: SqlValue])[],
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMETERS / 2);
  const dialect = dialectOf(tx);
  // SQLite and PostgreSQL both name the columns of a VALUES list column1, column2.
  const idCast = dialect === "postgresql" ? "::integer" : "";
  const valueCast = valuesCast(
    values.map(([, value]) => value),
    dialect,
  );
  for (let start = 0; start < values.length; start += perStatement) {
    const batch = values.slice(start, start + perStatement);
    await tx.$executeRawUnsafe(
      placeholders(
        `UPDATE ${quote(table)} SET ${quote(column)} = v.column2 FROM (VALUES ${batch.map(() => `(?${idCast}, ?${valueCast})`).join(", ")}) AS v ` +
          `WHERE ${quote(table)}."id" = v.column1`,
        dialect,
      ),
      ...batch.flatMap(([id, value]) => [id, value]),
    );
  }
}

/** DELETE FROM table WHERE id IN (ids), in batches. Foreign-key actions (SET NULL) apply as usual. */
export async function deleteWhereIdIn(tx: Tx, table: string, ids: readonly number[], onBatch?: (count: number) => void): Promise<void> {
  const perStatement = MAX_PARAMETERS;
  for (let start = 0; start < ids.length; start += perStatement) {
    const batch = ids.slice(start, start + perStatement);
    await tx.$executeRawUnsafe(placeholders(`DELETE FROM ${quote(table)} WHERE "id" IN (${batch.map(() => "?").join(", ")})`, dialectOf(tx)), ...batch);
    onBatch?.(batch.length);
  }
}
