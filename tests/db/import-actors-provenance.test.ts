import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { figureDtoSchema } from "@/lib/schemas/api/figure-response";
import { exportFiguresCsv, importBytes, seededDb } from "@/tests/helpers/import-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// An import that names ISO countries (created with the import, their names from the ISO list),
// declares actors of its own in an actors file, and refuses any other code with its row and
// column; and each kind of provenance (a phrase, a table cell, a page) carried from the CSV to the
// API and back out in the CSV export. The files are small tables of deliveries in tons, built here.

const dbs: TempDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.cleanup();
});
async function open(): Promise<TempDb> {
  const db = await seededDb();
  dbs.push(db);
  return db;
}

const SLUG = "deliveries-test";
const CITATION = "Test Office (1953). Deliveries by recipient, 1948–1952. Statistical tables.";
type Row = Record<string, string>;

const base = (key: string, to: string, extra: Row = {}): Row => ({
  key,
  dataset: SLUG,
  label: `Deliveries to ${to} (1948)`,
  category: "commodity_exports",
  kind: "delivery",
  from: "USA",
  to,
  value: "1000",
  value_printed: "1,000",
  unit: "t",
  qualifier: "exact",
  period_start: "1948",
  period_end: "1948",
  period_status: "stated",
  source: "deliveries-tables",
  source_citation: CITATION,
  ...extra,
});
const cellOf = (row: string): Row => ({ cell_table: "Table 2", cell_row: row, cell_column: "1948" });

function csvBytes(rows: Row[]): Uint8Array {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return new TextEncoder().encode(`${Papa.unparse([header, ...rows.map((row) => header.map((name) => row[name] ?? ""))], { newline: "\r\n" })}\r\n`);
}
const actorsFile = (text: string) => ({ fileName: "actors.csv", bytes: new TextEncoder().encode(text) });

describe("actors in an import", () => {
  it("creates the ISO countries a file names, with their names from the ISO list, in the import's transaction", async () => {
    const db = await open();
    const result = await importBytes(db.prisma, csvBytes([base("to-fra", "FRA", cellOf("France")), base("to-deu", "DEU", cellOf("Germany")), base("to-ita", "ITA", cellOf("Italy"))]));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "applied", added: 3, datasetCreated: true, actorsAdded: ["FRA", "DEU", "ITA"] });
    const actors = await db.prisma.actor.findMany({ where: { code: { in: ["FRA", "DEU", "ITA"] } }, orderBy: { code: "asc" } });
    expect(actors.map(({ code, name, kind, startYear, endYear }) => ({ code, name, kind, startYear, endYear }))).toEqual([
      { code: "DEU", name: "Germany", kind: "state", startYear: null, endYear: null },
      { code: "FRA", name: "France", kind: "state", startYear: null, endYear: null },
      { code: "ITA", name: "Italy", kind: "state", startYear: null, endYear: null },
    ]);
    const france = await db.prisma.figure.findFirstOrThrow({ where: { key: "to-fra" }, include: { toActor: true, fromActor: true } });
    expect(france.toActor?.code).toBe("FRA");
    // An actor the database already has is used as it is.
    expect(france.fromActor?.code).toBe("USA");
    const audits = await db.prisma.auditEntry.findMany({ where: { entity: "actor", importId: result.runId } });
    expect(audits.map((audit) => audit.entityKey).sort()).toEqual(["DEU", "FRA", "ITA"]);

    // Imported again, nothing changes: the countries now exist.
    const again = await importBytes(db.prisma, csvBytes([base("to-fra", "FRA", cellOf("France")), base("to-deu", "DEU", cellOf("Germany")), base("to-ita", "ITA", cellOf("Italy"))]));
    expect(again).toMatchObject({ status: "unchanged", actorsAdded: [] });
  });

  it("refuses an undeclared code that is not ISO, naming its row and column, and writes nothing", async () => {
    const db = await open();
    const before = await db.prisma.actor.count();
    const result = await importBytes(db.prisma, csvBytes([base("to-fra", "FRA", cellOf("France")), base("to-atlantis", "ATLANTIS", cellOf("Atlantis"))]));
    expect(result.status).toBe("rejected");
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, column: "to", value: "ATLANTIS", code: "unknown_actor" })]);
    expect(result.problems[0]!.message).toContain("ISO 3166-1 alpha-3");
    expect(await db.prisma.actor.count()).toBe(before);
    expect(await db.prisma.dataset.findUnique({ where: { slug: SLUG } })).toBeNull();
  });

  it("writes the actors an actors file declares, with their kind and years, in the same transaction", async () => {
    const db = await open();
    const declared = actorsFile("code,name,kind,start_year,end_year\r\nBIZONE,Bizone (American and British zones),region,1947,1949\r\nOEEC,Organisation for European Economic Co-operation,organisation,1948,1961\r\n");
    const result = await importBytes(db.prisma, csvBytes([base("to-bizone", "BIZONE", cellOf("Bizone")), base("to-fra", "FRA", cellOf("France"))]), { actorsFile: declared });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "applied", actorsAdded: ["BIZONE", "OEEC", "FRA"] });
    expect(await db.prisma.actor.findUniqueOrThrow({ where: { code: "BIZONE" } })).toMatchObject({ name: "Bizone (American and British zones)", kind: "region", startYear: 1947, endYear: 1949 });
    expect(await db.prisma.actor.findUniqueOrThrow({ where: { code: "OEEC" } })).toMatchObject({ kind: "organisation", startYear: 1948, endYear: 1961 });
  });

  it("refuses an actors file's problems with the file, row and column, and a declaration that contradicts a stored actor", async () => {
    const db = await open();
    const rows = csvBytes([base("to-fra", "FRA", cellOf("France"))]);
    const badKind = await importBytes(db.prisma, rows, { actorsFile: actorsFile("code,name,kind\r\nBIZONE,Bizone,zone\r\n") });
    expect(badKind.status).toBe("rejected");
    expect(badKind.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 2, column: "actors.csv:kind", code: "unknown_value" }]);

    const usa = await db.prisma.actor.findUniqueOrThrow({ where: { code: "USA" } });
    const renamed = await importBytes(db.prisma, rows, { actorsFile: actorsFile(`code,name,kind\r\nBIZONE,Bizone,region\r\nUSA,Not ${usa.name},${usa.kind}\r\n`) });
    expect(renamed.status).toBe("rejected");
    expect(renamed.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 3, column: "actors.csv:name", code: "actor_conflict" }]);
    expect(await db.prisma.actor.findUnique({ where: { code: "FRA" } })).toBeNull();
    expect(await db.prisma.actor.findUnique({ where: { code: "BIZONE" } })).toBeNull();
  });
});

describe("provenance of each kind", () => {
  it("goes from the CSV to the API and back out in the CSV export unchanged", async () => {
    const db = await open();
    const rows = [
      base("as-phrase", "FRA", { section: "Deliveries to France", phrase: "1,000 tons were delivered to France", provenance: "phrase" }),
      base("as-cell", "DEU", { ...cellOf("Germany"), provenance: "cell" }),
      base("as-page", "ITA", { locator: "https://example.org/deliveries-1948.pdf#page=12", provenance: "page" }),
      // An empty provenance cell is read from what the row gives.
      base("as-inferred-cell", "BEL", cellOf("Belgium")),
    ];
    const result = await importBytes(db.prisma, csvBytes(rows));
    expect(result.problems).toEqual([]);
    expect(result.status).toBe("applied");

    const api = figureDtoSchema.array().parse(JSON.parse(await exportFiguresCsv(db.file, `dataset=${SLUG}&sort=label&limit=100`)).data);
    const byKey = new Map(api.map((figure) => [figure.key, figure]));
    expect(byKey.get("as-phrase")).toMatchObject({ provenance: "phrase", section: "Deliveries to France", phrase: "1,000 tons were delivered to France", cell: null, locator: null });
    expect(byKey.get("as-cell")).toMatchObject({ provenance: "cell", section: null, phrase: null, cell: { table: "Table 2", row: "Germany", column: "1948" }, locator: null });
    expect(byKey.get("as-page")).toMatchObject({ provenance: "page", section: null, phrase: null, cell: null, locator: "https://example.org/deliveries-1948.pdf#page=12" });
    expect(byKey.get("as-inferred-cell")).toMatchObject({ provenance: "cell", cell: { table: "Table 2", row: "Belgium", column: "1948" } });

    const csv = await exportFiguresCsv(db.file, `format=csv&dataset=${SLUG}`);
    const [header, ...cells] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const exported = new Map(cells.map((line) => Object.fromEntries(header!.map((name, i) => [name, line[i]!]))).map((row) => [row.key!, row]));
    const columns = ["provenance", "section", "phrase", "cell_table", "cell_row", "cell_column", "locator"] as const;
    const pick = (row: Row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ""]));
    expect(pick(exported.get("as-phrase")!)).toEqual(pick(rows[0]!));
    expect(pick(exported.get("as-cell")!)).toEqual(pick(rows[1]!));
    expect(pick(exported.get("as-page")!)).toEqual(pick(rows[2]!));
    expect(pick(exported.get("as-inferred-cell")!)).toEqual(pick({ ...rows[3]!, provenance: "cell" }));

    // The export imports back as it is.
    expect(await importBytes(db.prisma, new TextEncoder().encode(csv))).toMatchObject({ status: "unchanged", unchanged: rows.length });
  });

  it("refuses a phrase without its words, and a cell without its column, naming row and column", async () => {
    const db = await open();
    const result = await importBytes(
      db.prisma,
      csvBytes([base("no-phrase", "FRA", { provenance: "phrase", section: "Deliveries" }), base("half-cell", "DEU", { cell_table: "Table 2", cell_row: "Germany" })]),
    );
    expect(result.status).toBe("rejected");
    expect(result.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: "phrase", code: "required" },
      { row: 3, column: "cell_column", code: "required" },
    ]);
  });
});
