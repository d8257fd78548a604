import { afterAll, beforeAll, expect, it } from "vitest";
import { PLAN_CHUNK } from "@/lib/import/target";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";
import { importBytes, seededDb } from "@/tests/helpers/import-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// A new figure is linked to its parent whether the parent comes before it in the file (linked as it
// is inserted), after it (linked once every figure has an id) or is already stored; the links are
// read back from the database and compared with the file's parent_key column.

let db: TempDb;
beforeAll(async () => {
  db = await seededDb();
});
afterAll(() => db.cleanup());

/** The file's lines, header first, with the data lines in reverse: each parent after its components. */
function reversed(csv: string): string {
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  return `${[header, ...rows.reverse()].join("\r\n")}\r\n`;
}

/** Each child's key → its parent's key, as the database links them. */
async function storedLinks(slug: string): Promise<Map<string, string>> {
  const figures = await db.prisma.figure.findMany({ where: { dataset: { slug } }, select: { id: true, key: true, parentId: true } });
  const keyOf = new Map(figures.map((figure) => [figure.id, figure.key]));
  return new Map(figures.flatMap((figure) => (figure.parentId === null ? [] : [[figure.key, keyOf.get(figure.parentId)!] as const])));
}

/** Each child's key → its parent's key, as the file states them. */
function fileLinks(csv: string): Map<string, string> {
  const [header, ...rows] = csv.trimEnd().split("\r\n").map((line) => line.split(","));
  const [key, parent] = [header!.indexOf("key"), header!.indexOf("parent_key")];
  return new Map(rows.filter((cells) => cells[parent] !== "").map((cells) => [cells[key]!, cells[parent]!]));
}

it.each([
  ["before", (csv: string) => csv],
  ["after", reversed],
])("links each new figure to a parent that comes %s it in the file", async (where, order) => {
  const slug = `parents-${where}`;
  const csv = order(generateFiguresCsv(45, { dataset: slug, prefix: slug }));
  const result = await importBytes(db.prisma, new TextEncoder().encode(csv), { fileName: `${slug}.csv` });
  expect(result.problems).toEqual([]);
  const expected = fileLinks(csv);
  expect(expected.size).toBeGreaterThan(0);
  expect(await storedLinks(slug)).toEqual(expected);
});

it("links a new figure to a parent that comes more than a part of the file (PLAN_CHUNK rows) later", async () => {
  const slug = "parents-far";
  const csv = generateFiguresCsv(PLAN_CHUNK + 200, { dataset: slug, prefix: slug });
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  // The parent of the file's first component goes last: the two are then in different parts.
  const [, firstParent] = [...fileLinks(csv)][0]!;
  const keyColumn = header!.split(",").indexOf("key");
  const parentLine = rows.findIndex((line) => line.split(",")[keyColumn] === firstParent);
  const moved = [...rows.slice(0, parentLine), ...rows.slice(parentLine + 1), rows[parentLine]!];
  const far = `${[header, ...moved].join("\r\n")}\r\n`;
  const result = await importBytes(db.prisma, new TextEncoder().encode(far), { fileName: `${slug}.csv` });
  expect(result.problems).toEqual([]);
  expect(await storedLinks(slug)).toEqual(fileLinks(far));
});

it("links a new figure to a parent stored by an earlier import", async () => {
  const slug = "parents-stored";
  const csv = generateFiguresCsv(20, { dataset: slug, prefix: slug });
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  const parentsOnly = rows.filter((line) => !fileLinks(`${header}\r\n${line}\r\n`).size);
  await importBytes(db.prisma, new TextEncoder().encode(`${[header, ...parentsOnly].join("\r\n")}\r\n`), { fileName: `${slug}.csv` });
  expect((await storedLinks(slug)).size).toBe(0);
  const result = await importBytes(db.prisma, new TextEncoder().encode(csv), { fileName: `${slug}.csv` });
  expect(result.problems).toEqual([]);
  expect(await storedLinks(slug)).toEqual(fileLinks(csv));
});

it("refuses a new link that closes a cycle through stored figures, and leaves the dataset as it was", async () => {
  const slug = "parents-cycle";
  const csv = generateFiguresCsv(20, { dataset: slug, prefix: slug });
  await importBytes(db.prisma, new TextEncoder().encode(csv), { fileName: `${slug}.csv` });
  const before = await storedLinks(slug);
  // A stored child and its stored parent; the file makes the parent a component of its child.
  const [child, parent] = [...fileLinks(csv)][0]!;
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  const keyColumn = header!.split(",").indexOf("key");
  const parentColumn = header!.split(",").indexOf("parent_key");
  const parentLine = rows.find((line) => line.split(",")[keyColumn] === parent)!.split(",");
  parentLine[parentColumn] = child;
  const result = await importBytes(db.prisma, new TextEncoder().encode(`${header}\r\n${parentLine.join(",")}\r\n`), { fileName: `${slug}.csv` });
  expect(result.problems).toContainEqual(expect.objectContaining({ code: "parent_cycle", column: "parent_key", value: child }));
  expect(await storedLinks(slug)).toEqual(before);
});
