import { z } from "zod";
import { databaseFilePath } from "./env-db-path";

// Environment, validated once. A bad value stops the process with a message naming the variable,
// instead of surfacing later as a confusing runtime error.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_FILE: z.string().optional(),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { message: "must be a port number" })
    .default("3000"),
  // The public origin used in permalinks, citations and image footers (no trailing slash).
  PUBLIC_BASE_URL: z
    .url()
    .refine((url) => !url.endsWith("/"), { message: "must not end with /" })
    .optional(),
});

export type Env = z.infer<typeof envSchema> & { databaseFile: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = { ...result.data, databaseFile: databaseFilePath() };
  return cached;
}

/** The origin to print in permalinks: PUBLIC_BASE_URL, else localhost on PORT. */
export function publicBaseUrl(): string {
  const env = getEnv();
  return env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;
}
