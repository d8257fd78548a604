import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";

// The OpenAPI document as code generators see it: every operation named and tagged, parameters
// typed (integers, booleans, enum lists), 429 documented; and a client generated from it with
// openapi-typescript compiles under `tsc --strict`, while a wrongly typed call does not.

const document = openApiDocument("http://localhost:3000") as unknown as {
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; responses: Record<string, unknown>; parameters?: { name: string; schema: Record<string, unknown> }[] }>>;
};
const operations = Object.entries(document.paths).flatMap(([route, item]) => Object.entries(item).map(([method, op]) => ({ route, method, op })));
const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-openapi-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TSC = path.resolve("node_modules", ".bin", "tsc");

function compile(file: string): { status: number | null; output: string } {
  const result = spawnSync(TSC, ["--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom", "--module", "esnext", "--moduleResolution", "bundler", "--types", "", file], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const CLIENT = `import type { operations } from "./api";

type FigureQuery = NonNullable<operations["listFigures"]["parameters"]["query"]>;
type FigureList = operations["listFigures"]["responses"]["200"]["content"]["application/json"];
type Refusal = operations["listFigures"]["responses"]["429"]["content"]["application/json"];

const query: FigureQuery = { limit: 50, page: 2, year_from: 1950, qualifier: ["about", "more_than"], derived: false, format: "json" };

export async function listFigures(base: string): Promise<FigureList | Refusal> {
  const url = new URL("/api/v1/figures", base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, Array.isArray(value) ? value.join(",") : String(value));
  const response = await fetch(url);
  return (await response.json()) as FigureList | Refusal;
}

export function firstLabel(list: FigureList): string | undefined {
  return list.data[0]?.label;
}

export type Health = operations["getHealth"]["responses"]["200"]["content"]["application/json"];
`;

describe("the OpenAPI document", () => {
  it("names and tags every operation, once each", () => {
    const ids = operations.map(({ op }) => op.operationId);
    for (const { route, method, op } of operations) {
      expect(op.operationId, `${method} ${route}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length, `${method} ${route}`).toBe(1);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents 429 on every rate-limited operation and 503 on readiness", () => {
    for (const { route, method, op } of operations) if (route !== "/api/health") expect(Object.keys(op.responses), `${method} ${route}`).toContain("429");
    expect(Object.keys(document.paths["/api/health"]!.get!.responses)).toEqual(["200", "503"]);
  });

  it("types whole numbers as integers and fixed code lists as enums", () => {
    const param = (name: string) => document.paths["/api/v1/figures"]!.get!.parameters!.find((p) => p.name === name)!.schema;
    for (const name of ["limit", "page", "year_from", "year_to"]) expect(param(name).type, name).toBe("integer");
    expect(param("derived").type).toBe("boolean");
    expect(param("qualifier")).toMatchObject({ type: "array", items: { enum: expect.arrayContaining(["about", "exact"]) } });
    expect(param("format")).toMatchObject({ type: "string", enum: ["json", "csv", "xlsx"] });
    const id = document.paths["/api/v1/figures/{id}"]!.get!.parameters!.find((p) => p.name === "id")!.schema;
    expect(id.type).toBe("integer");
  });

  it("generates a client with openapi-typescript that compiles, and refuses a wrongly typed query", async () => {
    writeFileSync(path.join(dir, "api.ts"), astToString(await openapiTS(JSON.parse(JSON.stringify(document)))));
    writeFileSync(path.join(dir, "client.ts"), CLIENT);
    const good = compile("client.ts");
    expect(good.output).toBe("");
    expect(good.status).toBe(0);
    writeFileSync(path.join(dir, "wrong.ts"), `${CLIENT}\nexport const wrong: FigureQuery = { limit: "50" };\n`);
    const wrong = compile("wrong.ts");
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(/wrong\.ts\(22,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  }, 60_000);
});
