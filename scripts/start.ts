// npm start: set up the database (migrations, WAL, the dataset when empty), build when the code has
// changed since the last build, and serve on PORT (default 3000).
import { getEnv } from "@/lib/env";
import { setupDatabase } from "./db-setup";
import { buildIfNeeded, startNext } from "./lib/next-cli";

async function main() {
  const env = getEnv();
  // PostgreSQL when DATABASE_URL is a postgresql:// URL, else the SQLite file (scripts/db-setup.ts).
  await setupDatabase();
  buildIfNeeded();
  const server = startNext(env.PORT, { DATABASE_FILE: env.databaseFile });
  console.log(`aidflow: serving on http://localhost:${env.PORT}`);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
