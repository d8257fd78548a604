import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DatasetFileError, loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";

// A dataset's metadata names its sides and headline figures, so the loader must refuse a name the
// file does not have, and a stored value that no longer fits the schema must read as "none".

const dir = mkdtempSync(path.join(tmpdir(), "aidflow-meta-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped dataset file with its header changed by `edit`, loaded from a temp copy. */
function loadEdited(edit: (header: Record<string, unknown> & { meta: Record<string, unknown> }) => void) {
  const raw = parse(readFileSync(DATASET_FILES[0]!, "utf8")) as { dataset: Record<string, unknown> & { meta: Record<string, unknown> } };
  edit(raw.dataset);
  const file = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(raw));
  return () => loadDatasetFile(file);
}

function issuesOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof DatasetFileError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe("dataset metadata in the dataset file", () => {
  it("names the shipped dataset's sides and headline figures, all of which exist", () => {
    const data = loadDatasetFile(DATASET_FILES[0]!);
    const actors = new Set(data.actors.map((actor) => actor.code));
    const keys = new Set(data.figures.map((figure) => figure.key));
    expect(data.dataset.meta.sides).toBeDefined();
    expect(actors.has(data.dataset.meta.sides!.a) && actors.has(data.dataset.meta.sides!.b)).toBe(true);
    const headline = data.dataset.meta.headline ?? [];
    expect(headline.length).toBeGreaterThan(0);
    for (const card of headline) for (const key of card.keys) expect(keys.has(key), key).toBe(true);
  });

  it("refuses sides that name an unknown actor, or the same actor twice", () => {
    expect(issuesOf(loadEdited((header) => (header.meta.sides = { a: "USSR", b: "NOPE" })))).toContain('dataset.meta.sides.b: unknown actor "NOPE"');
    expect(issuesOf(loadEdited((header) => (header.meta.sides = { a: "PRC", b: "PRC" })))).toContain("dataset.meta.sides: the two sides must be different actors");
  });

  it("refuses a headline card that names a figure the file does not have", () => {
    const issues = issuesOf(loadEdited((header) => (header.meta.headline = [{ title: "Missing", keys: ["no-such-figure"] }])));
    expect(issues).toContain('dataset.meta.headline.0.keys.0: unknown figure "no-such-figure"');
  });

  it("refuses a changelog entry newer than the dataset, or one version twice", () => {
    const newer = loadEdited((header) => (header.changelog = [{ version: Number(header.version) + 1, date: "2026-12-01", summary: "Later." }]));
    expect(issuesOf(newer).some((issue) => issue.includes("is newer than the dataset's"))).toBe(true);
    const twice = loadEdited((header) => (header.changelog = [1, 1].map((version) => ({ version, date: "2026-12-01", summary: "Again." }))));
    expect(issuesOf(twice)).toContain("dataset.changelog.1.version: version 1 appears twice");
  });
});

describe("parseDatasetMeta", () => {
  it("reads stored metadata back", () => {
    expect(parseDatasetMeta(JSON.stringify({ sides: { a: "USA", b: "FRA" } }))).toEqual({ sides: { a: "USA", b: "FRA" } });
  });

  it("treats malformed or out-of-schema JSON as no metadata, rather than failing the page", () => {
    expect(parseDatasetMeta("{not json")).toEqual({});
    expect(parseDatasetMeta(JSON.stringify({ sides: { a: "lower" } }))).toEqual({});
    expect(parseDatasetMeta(JSON.stringify({ unknown: true }))).toEqual({});
  });
});
