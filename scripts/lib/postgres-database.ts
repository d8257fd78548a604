import pg from "pg";

// Creating and dropping whole PostgreSQL databases, which cannot happen inside a transaction or
// through Prisma: a plain node-postgres connection to the server's maintenance database.

function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = "/postgres";
  return parsed.toString();
}

const databaseNameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** Drops the database `url` names (disconnecting its clients) and creates it empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`refusing to recreate database "${name}": not a plain identifier`);
  const client = new pg.Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
