import { z } from "zod";
import { parsePasswordHash } from "./security/password-hash";
import { postgresUrl } from "./db/dialect";
import { databaseFilePath } from "./db/file-path";

// Environment, validated once. A bad value stops the process with a message naming the variable,
// instead of surfacing later as a confusing runtime error. This module is the only one in lib/ that
// reads process.env (NODE_ENV aside); everything else asks it.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_FILE: z.string().optional(),
  // PostgreSQL instead of the SQLite file (lib/db/dialect.ts). Empty means unset: a habit from other
  // Prisma projects (DATABASE_URL=file:...) must not silently fall back to another database.
  DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => url === "" || /^postgres(?:ql)?:\/\//.test(url), {
      message: "must be a postgresql:// URL (the SQLite file is set with DATABASE_FILE)",
    })
    .optional(),
  // Connections per app instance on PostgreSQL (docs/deployment.md); lib/db.ts reads it.
  DATABASE_POOL_SIZE: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, { message: "must be a whole number of connections from 1 to 9999" })
    .transform(Number)
    .optional(),
  // How deep an offset page may start (lib/data/figures/page-depth.ts); deeper pages are read by cursor.
  FIGURES_MAX_PAGE_DEPTH: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { message: "must be a whole number of rows from 1" })
    .transform(Number)
    .optional(),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { message: "must be a port number" })
    .default("3000"),
  // The public origin used in permalinks, citations and image footers (no trailing slash).
  PUBLIC_BASE_URL: z
    .url()
    .refine((url) => !url.endsWith("/"), { message: "must not end with /" })
    .optional(),
  // Per-client request limits (per minute, per server instance; 0 turns the limit off). The API
  // limit is generous: a page view never calls the API, and a script reading page by page stays far
  // below it. Load tests and anything that hammers the API should start the server with 0.
  RATE_LIMIT_API_PER_MIN: z
    .string()
    .regex(/^\d{1,7}$/, { message: "must be a whole number of requests per minute (0 = off)" })
    .default("600")
    .transform(Number),
  // Failed logins allowed per minute, per client IP and per user name.
  RATE_LIMIT_LOGIN_PER_MIN: z
    .string()
    .regex(/^\d{1,5}$/, { message: "must be a whole number of attempts per minute (0 = off)" })
    .default("5")
    .transform(Number),
  // CSV imports (lib/import): the largest file accepted, in megabytes (checked while an upload's body
  // is read, and by the command line), and the most data rows one file may hold.
  MAX_UPLOAD_MB: z
    .string()
    .regex(/^[1-9]\d{0,4}$/, { message: "must be a whole number of megabytes from 1 to 99999" })
    .default("50")
    .transform(Number),
  MAX_IMPORT_ROWS: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { message: "must be a whole number of rows from 1" })
    .default("1000000")
    .transform(Number),
  // One JSON line per request on stdout (lib/api/request-log.ts); "off" leaves logging to a proxy in front.
  REQUEST_LOG: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
  // Where uploaded files wait for the import worker; relative paths start at the working directory.
  UPLOAD_DIR: z.string().min(1).default("data/uploads"),
});

export type Env = z.infer<typeof envSchema> & { databaseFile: string };
type RawEnv = Record<string, string | undefined>;

let cached: Env | undefined;

/** `env` checked against `schema`; throws an error naming every bad variable. */
function check<S extends z.ZodType>(schema: S, env: RawEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

/** The environment `env`, validated; throws an error naming every bad variable. */
export function parseEnv(env: RawEnv = process.env): Env {
  return { ...check(envSchema, env), databaseFile: databaseFilePath(env) };
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

const databaseSchema = envSchema.pick({ DATABASE_FILE: true, DATABASE_URL: true, DATABASE_POOL_SIZE: true });

export interface DatabaseEnv {
  /** The PostgreSQL URL when DATABASE_URL is one; else the app runs on SQLite. */
  postgresUrl: string | null;
  /** The SQLite file: DATABASE_FILE, or the default, as an absolute path. */
  file: string;
  poolSize: number | undefined;
}

/**
 * Where the database is (lib/db.ts). Read afresh on every call, unlike getEnv(): tests and scripts
 * point the process at another database before they open a client.
 */
export function databaseEnv(env: RawEnv = process.env): DatabaseEnv {
  // Hot reads ask on every statement: the last answer is kept for as long as the variables stay the same.
  const raw = `${env.DATABASE_URL}\u0000${env.DATABASE_FILE}\u0000${env.DATABASE_POOL_SIZE}\u0000${process.cwd()}`;
  if (lastDatabaseEnv?.raw === raw) return lastDatabaseEnv.value;
  const { DATABASE_URL, DATABASE_FILE, DATABASE_POOL_SIZE } = check(databaseSchema, env);
  const value = { postgresUrl: postgresUrl({ DATABASE_URL }), file: databaseFilePath({ DATABASE_FILE }), poolSize: DATABASE_POOL_SIZE };
  lastDatabaseEnv = { raw, value };
  return value;
}
let lastDatabaseEnv: { raw: string; value: DatabaseEnv } | null = null;

/** The origin to print in permalinks: PUBLIC_BASE_URL, else localhost on PORT. */
export function publicBaseUrl(): string {
  const env = getEnv();
  return env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;
}

// The curator credential. It is checked apart from the rest of the environment: when it is missing
// or wrong, curation is switched off (the login page says why) while the public site keeps running.
// There is no built-in default password, in any environment, so none can reach production.
const curationSchema = z.object({
  CURATOR_USER: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,64}$/, { message: "must be 1 to 64 letters, digits or . _ @ -" }),
  CURATOR_PASSWORD_HASH: z.string().refine((value) => parsePasswordHash(value) !== null, {
    message: "must be a hash printed by `npm run auth:hash-password` (scrypt:N:r:p:salt:hash)",
  }),
  SESSION_SECRET: z
    .string()
    .min(32, { message: "must be at least 32 characters (e.g. `openssl rand -base64 48`)" })
    .max(1024, { message: "must be at most 1024 characters" }),
});

const CURATION_ENV_KEYS = ["CURATOR_USER", "CURATOR_PASSWORD_HASH", "SESSION_SECRET"] as const;

export type CurationConfig =
  | { enabled: true; user: string; passwordHash: string; sessionSecret: string }
  | { enabled: false; reason: string };

/** The curator credential, or why curation is off. Read on every call: it is cheap, and tests change it. */
export function getCurationConfig(env: RawEnv = process.env): CurationConfig {
  const present = CURATION_ENV_KEYS.filter((key) => (env[key] ?? "") !== "");
  if (present.length === 0)
    return {
      enabled: false,
      reason: `Curation is not set up on this server: set ${CURATION_ENV_KEYS.join(", ")} (see README, "Curation").`,
    };
  const result = curationSchema.safeParse(env);
  if (!result.success) {
    // Names the variables to fix; never echoes their values.
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    return { enabled: false, reason: `Curation is switched off because its settings are incomplete or invalid: ${problems}.` };
  }
  return {
    enabled: true,
    user: result.data.CURATOR_USER,
    passwordHash: result.data.CURATOR_PASSWORD_HASH,
    sessionSecret: result.data.SESSION_SECRET,
  };
}
