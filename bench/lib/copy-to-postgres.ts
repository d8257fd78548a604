import Database from "better-sqlite3";
import cliProgress from "cli-progress";
import pg from "pg";

// Loads the SQLite bench database into an empty, migrated PostgreSQL database, row for row (same
// ids, same values), so that a–c compare the two databases on identical data. It is the bench's
// loader, not the app's: a 1M-row import through the importer takes as long on PostgreSQL as the
// SQLite one did (measurement f; --pg-import runs it), and the bench need not pay for it twice.
// Foreign keys are checked as usual only after the load (session_replication_role = replica, on the
// bench's own throwaway server), because a figure may point at a parent with a higher id.

const TABLES = ["Dataset", "Source", "Actor", "Phase", "ConversionRate", "Figure", "Event", "EventActor", "ImportRun", "ChangelogEntry", "AuditEntry"];
const MAX_PARAMETERS = 30_000;

export async function copySqliteToPostgres(sqliteFile: string, url: string, log = console.log): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: url });
  await target.connect();
  let copied = 0;
  try {
    const types = new Map<string, string>();
    for (const row of (
      await target.query<{ table_name: string; column_name: string; data_type: string }>(
        "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'",
      )
    ).rows)
      types.set(`${row.table_name}.${row.column_name}`, row.data_type);

    await target.query("SET session_replication_role = replica");
    await target.query("BEGIN");
    for (const table of TABLES) {
      const total = (source.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      if (total === 0) continue;
      const columns = (source.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
      const convert = columns.map((column) => {
        const type = types.get(`${table}.${column}`);
        if (type === "boolean") return (value: unknown) => (value === null ? null : value === 1 || value === true);
        if (type?.startsWith("timestamp"))
          return (value: unknown) => (value === null ? null : typeof value === "number" ? new Date(value) : new Date(String(value)));
        return (value: unknown) => value;
      });
      const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
      const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
      const bar = new cliProgress.SingleBar({ format: `  ${table.padEnd(14)} [{bar}] {value}/{total}`, noTTYOutput: true, notTTYSchedule: 10_000 }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        let n = 0;
        const tuples = batch.map((row) => `(${row.map(() => `$${++n}`).join(", ")})`).join(", ");
        await target.query(head + tuples, batch.flat());
        copied += batch.length;
        bar.increment(batch.length);
        batch = [];
      };
      for (const row of source.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row.map((value, index) => convert[index]!(value)));
        if (batch.length >= perStatement) await flush();
      }
      await flush();
      bar.stop();
      if (columns.includes("id"))
        await target.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
    }
    await target.query("COMMIT");
    await target.query("SET session_replication_role = DEFAULT");
    log("  ANALYZE");
    await target.query("ANALYZE");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    source.close();
    await target.end();
  }
  return { rows: copied, seconds: (performance.now() - started) / 1000 };
}
