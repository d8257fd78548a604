import { describe, expect, it } from "vitest";
import { readActorsFile } from "@/lib/import/actors-file";
import { ProblemList } from "@/lib/import/problems";
import { actorEntrySchema, figureEntrySchema } from "@/lib/schemas/dataset-file";
import { isIsoCountryCode, isoCountryName, resolveActor, type ActorDeclaration } from "@/lib/vocab/actors";
import { provenanceWhere } from "@/lib/vocab/provenance";

// Who an actor code stands for (an ISO country, or the dataset's declaration), the actors file an
// import may bring, and a figure's provenance as each kind of source needs it.

const declared = (actor: Partial<ActorDeclaration> & { code: string; name: string }): ActorDeclaration => ({
  nativeName: null,
  kind: "state",
  description: null,
  startYear: null,
  endYear: null,
  ...actor,
});

describe("the actor resolver", () => {
  it("knows every ISO 3166-1 alpha-3 code, with its English name", () => {
    expect(isIsoCountryCode("FRA")).toBe(true);
    expect(isoCountryName("FRA")).toBe("France");
    expect(isoCountryName("DEU")).toBe("Germany");
    expect(resolveActor("ITA", new Map())).toEqual(declared({ code: "ITA", name: "Italy" }));
  });

  it("has the names in Georgian too, for the interface's other language", () => {
    expect(isoCountryName("GEO", "ka")).toBe("საქართველო");
  });

  it("reads codes as the standard writes them: upper case, three letters, assigned", () => {
    expect(isIsoCountryCode("fra")).toBe(false);
    expect(isIsoCountryCode("FR")).toBe(false);
    expect(isIsoCountryCode("USRR")).toBe(false);
    expect(isIsoCountryCode("XYZ")).toBe(false);
  });

  it("resolves a declared code to its declaration, which wins over the ISO name", () => {
    const bizone = declared({ code: "BIZONE", name: "Bizone", kind: "region", startYear: 1947, endYear: 1949 });
    const westGermany = declared({ code: "DEU", name: "West Germany", startYear: 1949, endYear: 1990 });
    const own = new Map([bizone, westGermany].map((actor) => [actor.code, actor]));
    expect(resolveActor("BIZONE", own)).toBe(bizone);
    expect(resolveActor("DEU", own)).toBe(westGermany);
  });

  it("refuses an undeclared code that is not ISO", () => {
    expect(resolveActor("ATLANTIS", new Map())).toBeNull();
    expect(resolveActor("fra", new Map())).toBeNull();
  });

  it("checks a declaration's years", () => {
    const base = { code: "USSR", name: "Soviet Union", nativeName: null, kind: "state", description: null };
    expect(actorEntrySchema.parse(base)).toMatchObject({ startYear: null, endYear: null });
    expect(actorEntrySchema.safeParse({ ...base, startYear: 1991, endYear: 1922 }).success).toBe(false);
  });
});

const csv = (text: string) => {
  const [header, ...rows] = text.trim().split("\n").map((line) => line.split(","));
  return { fileName: "actors.csv", header: header!, records: rows.map((cells, index) => ({ row: index + 2, cells })) };
};

describe("the actors file of an import", () => {
  it("reads code, name, kind and the years", () => {
    const problems = new ProblemList();
    const actors = readActorsFile(csv("code,name,kind,start_year,end_year\nBIZONE,Bizone,region,1947,1949\nOEEC,OEEC,organisation,1948,"), problems);
    expect(problems.listed).toEqual([]);
    expect(actors).toEqual([
      { row: 2, actor: { code: "BIZONE", name: "Bizone", nativeName: null, kind: "region", description: null, startYear: 1947, endYear: 1949 } },
      { row: 3, actor: { code: "OEEC", name: "OEEC", nativeName: null, kind: "organisation", description: null, startYear: 1948, endYear: null } },
    ]);
  });

  it("names the file, row and column of every problem", () => {
    const problems = new ProblemList();
    const actors = readActorsFile(
      csv("code,name,kind,start_year,end_year\nBIZONE,Bizone,zone,1947,1949\nbad,Lower,state,,\nOEEC,OEEC,organisation,19x8,\nOEEC,Again,organisation,,"),
      problems,
    );
    expect(actors).toBeNull();
    expect(problems.listed.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: "actors.csv:kind", code: "unknown_value" },
      { row: 3, column: "actors.csv:code", code: "invalid_format" },
      { row: 4, column: "actors.csv:start_year", code: "invalid_number" },
      { row: 5, column: "actors.csv:code", code: "duplicate_key" },
    ]);
  });

  it("refuses a header without the required columns, or with unknown ones", () => {
    const problems = new ProblemList();
    expect(readActorsFile(csv("code,title\nBIZONE,Bizone"), problems)).toBeNull();
    expect(problems.listed.map(({ column, code }) => `${column} ${code}`)).toEqual(["actors.csv:title unknown_column", "actors.csv:name missing_column", "actors.csv:kind missing_column"]);
  });
});

const figure = {
  key: "k",
  label: "A label",
  category: "commodity_exports",
  kind: "delivery",
  from: "USA",
  to: "FRA",
  value: 100,
  printed: "100",
  unit: "t",
  qualifier: "exact",
  period: { start: "1948", end: "1948", status: "stated", text: null },
  parent: null,
  derived: false,
  derivation: null,
  source: "table",
  cited: null,
  flags: [],
  notes: null,
};
const issuesOf = (entry: object) => {
  const parsed = figureEntrySchema.safeParse(entry);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("a figure's provenance", () => {
  it("is a phrase by default, which needs its section and words", () => {
    expect(figureEntrySchema.parse({ ...figure, section: "S", phrase: "100 tons" })).toMatchObject({ provenance: "phrase", cell: null, locator: null });
    expect(issuesOf(figure)).toEqual([
      "section: phrase provenance needs the section and the phrase (the words that state the figure)",
      "phrase: phrase provenance needs the section and the phrase (the words that state the figure)",
    ]);
  });

  it("may be a cell of a table, with no phrase", () => {
    const cell = { table: "Table 3", row: "France", column: "1948" };
    expect(issuesOf({ ...figure, provenance: "cell", cell })).toEqual([]);
    expect(issuesOf({ ...figure, provenance: "cell" })).toEqual(["cell: cell provenance needs the table, the row and the column"]);
    expect(issuesOf({ ...figure, section: "S", phrase: "100 tons", cell })).toEqual(["cell: only a cell provenance describes a table cell"]);
  });

  it("may be a page or URL, which needs its locator", () => {
    expect(issuesOf({ ...figure, provenance: "page", locator: "https://example.org/report#p12" })).toEqual([]);
    expect(issuesOf({ ...figure, provenance: "page" })).toEqual(["locator: page provenance needs the locator (a page number or an address)"]);
  });

  it("reads in a few words where the figure is", () => {
    expect(provenanceWhere({ provenance: "phrase", phrase: "100 tons", cell: null, locator: null })).toBe("“100 tons”");
    expect(provenanceWhere({ provenance: "cell", phrase: null, cell: { table: "T3", row: "France", column: "1948" }, locator: null })).toBe(
      "table “T3”, row “France”, column “1948”",
    );
    expect(provenanceWhere({ provenance: "page", phrase: null, cell: null, locator: "p. 12" })).toBe("p. 12");
  });
});
