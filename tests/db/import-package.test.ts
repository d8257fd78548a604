import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { databaseDigest, importBytes, seededDb } from "@/tests/helpers/import-db";
import { exportDataPackage } from "@/tests/helpers/routes-on-db";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";

// The data package round trip: the bundled dataset's package, imported into an empty database and
// exported again, is the same file byte for byte; imported into the database it came from, it
// changes nothing.

const SLUG = "sino-soviet-1950-1980";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const dbs: TempDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.cleanup();
});
async function open(make: () => Promise<TempDb>): Promise<TempDb> {
  const db = await make();
  dbs.push(db);
  return db;
}

describe("the data package round trip", () => {
  it("exports, imports into an empty database and exports again, byte for byte", async () => {
    const source = await open(seededDb);
    const first = await exportDataPackage(source.file, SLUG);
    const empty = await open(createTempDb);
    const result = await importBytes(empty.prisma, first, { fileName: "package.zip" });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "applied", datasetCreated: true });
    const second = await exportDataPackage(empty.file, SLUG);
    console.log(`round trip: ${first.length} and ${second.length} bytes, sha256 ${sha256(first)} and ${sha256(second)}`);
    if (sha256(first) !== sha256(second)) {
      const a = unzipSync(first);
      const b = unzipSync(second);
      for (const name of Object.keys(a)) expect(new TextDecoder().decode(b[name]), name).toBe(new TextDecoder().decode(a[name]));
    }
    expect(sha256(second)).toBe(sha256(first));
  });

  it("carries a dataset made from a plain table, with the units it borrowed, into an empty database", async () => {
    const source = await open(seededDb);
    // SYNTHETIC numbers; "persons" and RUB are declared by the bundled dataset, and the new dataset declares its own copies.
    const csv = "from,to,value,unit,period_start\r\nUSSR,PRC,1500,persons,1955\r\nUSSR,PRC,2000000,RUB,1955\r\n";
    const plain = await importBytes(source.prisma, new TextEncoder().encode(csv), { dataset: "borrowed-units-test", defaultSource: "Synthetic test table (invented numbers)." });
    expect(plain.problems).toEqual([]);
    const meta = JSON.parse((await source.prisma.dataset.findUniqueOrThrow({ where: { slug: "borrowed-units-test" } })).meta) as Record<string, { code: string }[]>;
    expect(meta.units?.map((unit) => unit.code)).toEqual(["persons"]);
    expect(meta.currencies?.map((currency) => currency.code)).toEqual(["RUB"]);

    const first = await exportDataPackage(source.file, "borrowed-units-test");
    const empty = await open(createTempDb);
    const result = await importBytes(empty.prisma, first, { fileName: "borrowed.zip" });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "applied", added: 2, datasetCreated: true, actorsAdded: ["PRC", "USSR"] });
    // The same package, but for the figures' numbers, which are the database's own (ids 65 and 66
    // there, 1 and 2 here) and so their addresses.
    const again = unzipSync(await exportDataPackage(empty.file, "borrowed-units-test"));
    const before = unzipSync(first);
    const withoutIds = (csv: Uint8Array) => new TextDecoder().decode(csv).replace(/^\d+,|,http:\/\/localhost\/figures\/\d+(?=,|$)/gm, "");
    expect(Object.keys(again)).toEqual(Object.keys(before));
    for (const name of Object.keys(before))
      if (name === "figures.csv") expect(withoutIds(again[name]!)).toBe(withoutIds(before[name]!));
      else expect(again[name], name).toEqual(before[name]);
  });

  it("changes nothing when imported into the database it came from", async () => {
    const source = await open(seededDb);
    const bytes = await exportDataPackage(source.file, SLUG);
    const before = await databaseDigest(source.prisma, { exclude: ["ImportRun"] });
    const result = await importBytes(source.prisma, bytes, { fileName: "package.zip" });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "unchanged", added: 0, changed: 0, removed: 0, versionTo: null });
    expect(await databaseDigest(source.prisma, { exclude: ["ImportRun"] })).toBe(before);
  });
});
