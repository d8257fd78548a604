import { describe, expect, it } from "vitest";
import { databaseEnv, parseEnv } from "@/lib/env";

// The environment is checked once at start-up; a bad value must stop the process with a message
// that names the variable, never fall back silently.

describe("parseEnv", () => {
  it("accepts the defaults, and a PostgreSQL URL in DATABASE_URL", () => {
    expect(parseEnv({}).PORT).toBe("3000");
    expect(parseEnv({ DATABASE_URL: "postgresql://aidflow@db.internal:5432/aidflow" }).DATABASE_URL).toBe("postgresql://aidflow@db.internal:5432/aidflow");
    // Empty means unset (the test scripts clear it this way).
    expect(() => parseEnv({ DATABASE_URL: "" })).not.toThrow();
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, naming the variable and where SQLite is set", () => {
    expect(() => parseEnv({ DATABASE_URL: "file:./dev.db" })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL \(the SQLite file is set with DATABASE_FILE\)/);
  });

  it.each([
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["FIGURES_MAX_PAGE_DEPTH", "-5"],
    ["PORT", "http"],
    ["MAX_UPLOAD_MB", "1e3"],
  ])("refuses %s=%s with a message naming it", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`Invalid environment: ${name}: `));
  });
});

describe("databaseEnv", () => {
  it("follows the variables from one call to the next, though it keeps its last answer", () => {
    const first = databaseEnv({ DATABASE_FILE: "/tmp/a.db", DATABASE_URL: "" });
    expect(first).toEqual({ postgresUrl: null, file: "/tmp/a.db", poolSize: undefined });
    expect(databaseEnv({ DATABASE_FILE: "/tmp/a.db", DATABASE_URL: "" })).toBe(first);
    expect(databaseEnv({ DATABASE_FILE: "/tmp/b.db", DATABASE_URL: "" }).file).toBe("/tmp/b.db");
    const postgres = databaseEnv({ DATABASE_FILE: "/tmp/b.db", DATABASE_URL: "postgresql://aidflow@db.internal:5432/aidflow", DATABASE_POOL_SIZE: "4" });
    expect(postgres).toMatchObject({ postgresUrl: "postgresql://aidflow@db.internal:5432/aidflow", poolSize: 4 });
    expect(() => databaseEnv({ DATABASE_URL: "file:./dev.db" })).toThrow(/DATABASE_URL/);
  });
});
