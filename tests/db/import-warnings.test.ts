import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseDigest, importBytes, seededDb } from "@/tests/helpers/import-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// The warnings channel: legal but suspicious input is imported, and each case is reported with its
// row and column in the import's result and in its stored record; in strict mode the same file is
// refused and the database stays byte-identical. Also: a huge header cell is quoted as a short
// excerpt only, in the result and in the stored record.

const BASE = readFileSync(path.join(process.cwd(), "tests", "fixtures", "csv", "valid-lf-line-ends.csv"), "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);

let db: TempDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await db.cleanup();
});

const storedReport = async (runId: number) => JSON.parse((await db.prisma.importRun.findUniqueOrThrow({ where: { id: runId } })).report ?? "null") as unknown;

const CASES: { about: string; file: () => string; warning: { row: number; column: string; code: string } }[] = [
  { about: "a U+FFFD replacement character in a label", file: () => BASE.replace("Fixture credit to the PRC", "Fixture cr\uFFFDdit to the PRC"), warning: { row: 2, column: "label", code: "replacement_character" } },
  { about: "a blank line between rows", file: () => BASE.replace("\n,fixture-specialists", "\n\n,fixture-specialists"), warning: { row: 3, column: null as unknown as string, code: "blank_line" } },
  { about: "a flow from an actor to itself", file: () => BASE.replace(",USSR,PRC,300000000", ",PRC,PRC,300000000"), warning: { row: 2, column: "to", code: "self_flow" } },
  {
    about: "one series with both 1950 and 1950-07",
    file: () => BASE.replace(",exact,,,unknown,,", ",exact,1950-07,1950-12,stated,,").replace(",period_unknown,", ",,"),
    warning: { row: 4, column: "period_start", code: "mixed_precision" },
  },
  { about: "a name mixing scripts (a Cyrillic К)", file: () => BASE.replace("Fixture specialists sent", "\u041Aenya specialists sent"), warning: { row: 3, column: "label", code: "mixed_script" } },
];

describe("warnings", () => {
  for (const { about, file, warning } of CASES) {
    it(`${about}: imported with a warning naming row and column; refused under strict`, async () => {
      const before = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
      const strict = await importBytes(db.prisma, bytes(file()), { strict: true });
      expect(strict.status).toBe("rejected");
      expect(strict.problems).toEqual([expect.objectContaining({ ...warning, message: expect.stringContaining("strict") })]);
      expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(before);

      const result = await importBytes(db.prisma, bytes(file()));
      expect(result.status, JSON.stringify(result.problems)).toBe("applied");
      expect(result.warningCount).toBe(1);
      expect(result.warnings).toEqual([expect.objectContaining(warning)]);
      expect(await storedReport(result.runId)).toMatchObject({ kind: "summary", warnings: { total: 1, listed: [warning] } });
    });
  }

  it("a value a thousand times the stored one", async () => {
    expect((await importBytes(db.prisma, bytes(BASE))).warningCount).toBe(0);
    const result = await importBytes(db.prisma, bytes(BASE.replace(",1500,", ",1500000,")));
    expect(result.status).toBe("applied");
    expect(result.warnings).toEqual([expect.objectContaining({ row: 3, column: "value", code: "value_jump" })]);
  });

  it("an actor's name in the actors file mixing scripts", async () => {
    const actorsFile = { fileName: "actors.csv", bytes: bytes("code,name,kind\r\nBIZONE,\u0412izone,region\r\n") };
    const result = await importBytes(db.prisma, bytes(BASE.replace(",USSR,PRC,300000000", ",USSR,BIZONE,300000000")), { actorsFile });
    expect(result.status, JSON.stringify(result.problems)).toBe("applied");
    expect(result.warnings).toEqual([expect.objectContaining({ row: 2, column: "actors.csv:name", code: "mixed_script" })]);
  });

  it("a clean file has none", async () => {
    const result = await importBytes(db.prisma, bytes(BASE), { strict: true });
    expect(result).toMatchObject({ status: "applied", warningCount: 0, delimiter: "comma" });
  });
});

describe("values quoted in a report are short excerpts", () => {
  it("a 10 MB header cell appears as an excerpt in the problems and in the stored record", async () => {
    const huge = "h".repeat(10 * 1024 * 1024);
    const [header, ...rest] = BASE.split("\n");
    const result = await importBytes(db.prisma, bytes([`${header},${huge}`, ...rest.map((line) => (line === "" ? line : `${line},`))].join("\n")));
    expect(result.status).toBe("rejected");
    expect(result.problems).toContainEqual(expect.objectContaining({ row: 1, code: "unknown_column" }));
    expect(JSON.stringify(result.problems).length).toBeLessThan(5_000);
    expect(JSON.stringify(await storedReport(result.runId)).length).toBeLessThan(5_000);
  });
});
