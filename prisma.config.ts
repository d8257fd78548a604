import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath } from "./lib/db/file-path";

// Prisma 6.19 with the JavaScript schema engine: no native binary is downloaded (see ../shared/STACK.md).
// This file turns off Prisma's own .env loading, so paths come from lib/db/file-path.ts.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: `file:${databaseFilePath(process.env)}` }),
});
