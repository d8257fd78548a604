import path from "node:path";
import { defineConfig } from "prisma/config";
import { postgresUrl } from "./lib/db/dialect";
import { postgresMigrateAdapter } from "./scripts/lib/postgres-migrate-adapter";

// The Prisma CLI for PostgreSQL: the schema derived from prisma/schema.prisma
// (scripts/prisma-postgres.ts) with its own migrations, through @prisma/adapter-pg (the JavaScript
// engine, as for SQLite: no native binary; see scripts/lib/postgres-migrate-adapter.ts for the one
// work-around it needs). DATABASE_URL=postgresql://... picks the server.
// Usage: prisma migrate deploy --config prisma.postgres.config.ts (npm run db:setup does this).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  adapter: async () => {
    const url = postgresUrl(process.env);
    if (url === null) throw new Error("DATABASE_URL must be a postgresql:// URL for prisma.postgres.config.ts");
    return postgresMigrateAdapter(url);
  },
});
