// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (scripts/lib/postgres-schema.ts).
// Usage: npm run db:pg:schema [-- --check]   (--check: exit 1 when the committed file is stale)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA_FILE, SQLITE_SCHEMA_FILE, derivePostgresSchema } from "./lib/postgres-schema";

const wanted = derivePostgresSchema(readFileSync(SQLITE_SCHEMA_FILE, "utf8"));
let current: string | null = null;
try {
  current = readFileSync(POSTGRES_SCHEMA_FILE, "utf8");
} catch {
  current = null;
}

if (process.argv.includes("--check")) {
  if (current !== wanted) {
    console.error(`${POSTGRES_SCHEMA_FILE} is stale: run npm run db:pg:schema`);
    process.exit(1);
  }
  console.log(`${POSTGRES_SCHEMA_FILE} is current`);
} else if (current === wanted) {
  console.log(`${POSTGRES_SCHEMA_FILE} is current`);
} else {
  mkdirSync(path.dirname(POSTGRES_SCHEMA_FILE), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA_FILE, wanted);
  console.log(`wrote ${POSTGRES_SCHEMA_FILE}`);
}
