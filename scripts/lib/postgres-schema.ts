// The PostgreSQL schema is derived from prisma/schema.prisma (the one model), never edited by hand:
// the same models, indexes and relations, with the postgresql provider and its own generated client
// (generated/prisma-pg, same API as generated/prisma). `npm run db:pg:schema` writes it;
// tests/unit/postgres-schema.test.ts fails when the committed copy is stale.

export const SQLITE_SCHEMA_FILE = "prisma/schema.prisma";
export const POSTGRES_SCHEMA_FILE = "prisma/postgres/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/prisma-postgres.ts: do not edit.
// Change prisma/schema.prisma, then run \`npm run db:pg:schema\` and create a PostgreSQL migration
// (docs/deployment.md, "Migrations").

`;

const SQLITE_DATASOURCE = /datasource db \{[^}]*\}/;
const SQLITE_OUTPUT = /output\s*=\s*"\.\.\/generated\/prisma"/;

export function derivePostgresSchema(sqliteSchema: string): string {
  if (!SQLITE_DATASOURCE.test(sqliteSchema)) throw new Error(`${SQLITE_SCHEMA_FILE}: no "datasource db { ... }" block found`);
  if (!SQLITE_OUTPUT.test(sqliteSchema)) throw new Error(`${SQLITE_SCHEMA_FILE}: the generator's output is not "../generated/prisma"`);
  const body = sqliteSchema
    // prisma/postgres/ is one folder deeper than prisma/.
    .replace(SQLITE_OUTPUT, 'output     = "../../generated/prisma-pg"')
    .replace(
      SQLITE_DATASOURCE,
      [
        "datasource db {",
        '  provider = "postgresql"',
        "  // Unused at run time (lib/db.ts connects through @prisma/adapter-pg with DATABASE_URL), but a",
        "  // literal keeps the Prisma 6.19 CLI from downloading a native engine (as for SQLite).",
        '  url      = "postgresql://localhost:5432/aidflow"',
        "}",
      ].join("\n"),
    );
  return HEADER + body;
}
