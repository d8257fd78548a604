import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/security/password-hash";
import { createSessionToken } from "@/lib/security/session-token";
import { importRunDtoSchema, type ImportRunDto } from "@/lib/schemas/api/import-response";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// The upload page's two new kinds of file, through POST /api/v1/imports and the real worker: a
// plain table with its source and the new dataset's title given in the query, then that dataset's
// own data package as a zip (nothing to change), then the package with one value corrected (a new
// version). The values are SYNTHETIC test numbers.

const ORIGIN = "http://localhost:3000";
const SLUG = "aid-upload-synthetic";
let db: TempDb;
let uploadDir: string;
let token: string;
let postRoute: typeof import("@/app/api/v1/imports/route");
let getRoute: typeof import("@/app/api/v1/imports/[id]/route");
let packageRoute: typeof import("@/app/api/v1/datasets/[slug]/datapackage.zip/route");

beforeAll(async () => {
  db = await openSeededApiDb();
  uploadDir = mkdtempSync(path.join(os.tmpdir(), "aidflow-uploads-"));
  Object.assign(process.env, {
    UPLOAD_DIR: uploadDir,
    CURATOR_USER: "curator",
    CURATOR_PASSWORD_HASH: await hashPassword("a long test password", { N: 1024, r: 8, p: 1 }),
    SESSION_SECRET: "import-upload-package-secret-".repeat(2),
  });
  token = await createSessionToken({ enabled: true, user: "curator", passwordHash: process.env.CURATOR_PASSWORD_HASH!, sessionSecret: process.env.SESSION_SECRET! });
  postRoute = await import("@/app/api/v1/imports/route");
  getRoute = await import("@/app/api/v1/imports/[id]/route");
  packageRoute = await import("@/app/api/v1/datasets/[slug]/datapackage.zip/route");
});

afterAll(async () => {
  await closeSeededApiDb(db);
  rmSync(uploadDir, { recursive: true, force: true });
  for (const key of ["UPLOAD_DIR", "CURATOR_USER", "CURATOR_PASSWORD_HASH", "SESSION_SECRET"]) delete process.env[key];
});

async function upload(body: Uint8Array<ArrayBuffer> | string, type: string, query: Record<string, string>): Promise<ImportRunDto> {
  const headers = { host: "localhost:3000", origin: ORIGIN, cookie: `aidflow_session=${token}`, "content-type": type };
  const response = await postRoute.POST(new Request(`${ORIGIN}/api/v1/imports?${new URLSearchParams(query)}`, { method: "POST", headers, body }));
  const json = (await response.json()) as { data: unknown };
  expect(response.status, JSON.stringify(json)).toBe(202);
  const { id } = importRunDtoSchema.parse(json.data);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const answer = await getRoute.GET(new Request(`${ORIGIN}/api/v1/imports/${id}`, { headers }), { params: Promise.resolve({ id: String(id) }) });
    const run = importRunDtoSchema.parse(((await answer.json()) as { data: unknown }).data);
    if (run.finished) return run;
    if (Date.now() > deadline) throw new Error(`import ${id} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function exportedPackage(): Promise<Uint8Array<ArrayBuffer>> {
  const response = await packageRoute.GET(new Request(`${ORIGIN}/api/v1/datasets/${SLUG}/datapackage.zip`), { params: Promise.resolve({ slug: SLUG }) });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("uploading a plain table and a data package", () => {
  it("imports each in the worker, with the upload's source and title", async () => {
    const csv = "from,to,value,unit,period_start,period_end\r\nUSA,FRA,1000000,USD,1948,1952\r\nUSA,ITA,2000000,USD,1948,1952\r\n";
    const source = "Synthetic upload test table (invented numbers).";
    const plain = await upload(csv, "text/csv", { dataset: SLUG, file_name: "aid.csv", source, title: "Aid by recipient (synthetic upload)" });
    expect(plain, JSON.stringify(plain.report)).toMatchObject({ status: "applied", rows: { added: 2 }, versionTo: 1 });
    const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: SLUG }, include: { sources: true } });
    expect(dataset.title).toBe("Aid by recipient (synthetic upload)");
    expect(dataset.sources.map((row) => row.citation)).toEqual([source]);
    expect(readdirSync(uploadDir)).toEqual([]);

    const zip = await exportedPackage();
    const same = await upload(zip, "application/zip", { file_name: "aid.zip" });
    expect(same, JSON.stringify(same.report)).toMatchObject({ status: "unchanged", versionTo: null });

    const files = unzipSync(zip);
    files["figures.csv"] = strToU8(strFromU8(files["figures.csv"]!).replace(",1000000,1000000,", ",1100000,1100000,"));
    const corrected = await upload(zipSync(files) as Uint8Array<ArrayBuffer>, "application/zip", { file_name: "aid-corrected.zip" });
    expect(corrected, JSON.stringify(corrected.report)).toMatchObject({ status: "applied", rows: { changed: 1 }, versionFrom: 1, versionTo: 2 });
    expect(corrected.report).toMatchObject({ kind: "summary", resources: { events: { added: 0 }, sources: { unchanged: 1 } } });
    expect(await db.prisma.figure.findFirstOrThrow({ where: { key: "usa-fra-usd-1948-1952" } })).toMatchObject({ value: 1_100_000, valuePrinted: "1100000" });
    expect(readdirSync(uploadDir)).toEqual([]);
  });
});
