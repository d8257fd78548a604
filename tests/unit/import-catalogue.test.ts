import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/tests/fixtures/csv/catalogue";

// The CSV catalogue on disk is what catalogue.ts builds (regenerate with
// `npx tsx tests/fixtures/csv/generate.ts`), and the manifest lists every file with its expectation.
const DIR = path.join(process.cwd(), "tests", "fixtures", "csv");

describe("the CSV catalogue", () => {
  it("has at least 50 malformed files, each with an expected problem", () => {
    const rejected = CATALOGUE.filter((entry) => entry.expect.status === "rejected");
    expect(rejected.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CATALOGUE.map((entry) => entry.file)).size).toBe(CATALOGUE.length);
  });

  it("matches the files and the manifest on disk", () => {
    const onDisk = readdirSync(DIR).filter((name) => name.endsWith(".csv")).sort();
    expect(onDisk).toEqual(CATALOGUE.map((entry) => entry.file).sort());
    for (const entry of CATALOGUE) expect(Buffer.compare(readFileSync(path.join(DIR, entry.file)), Buffer.from(entry.build())), entry.file).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as { file: string; expect: unknown }[];
    expect(manifest.map((entry) => [entry.file, entry.expect])).toEqual(CATALOGUE.map((entry) => [entry.file, entry.expect]));
  });
});
