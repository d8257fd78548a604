import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/security/password-hash";
import { createSessionToken } from "@/lib/security/session-token";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { importRunDtoSchema, type ImportRunDto } from "@/lib/schemas/api/import-response";
import Database from "better-sqlite3";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { onlyOnSqlite, type TempDb } from "@/tests/helpers/temp-db";

// POST /api/v1/imports and GET /api/v1/imports/{id}, called as Next calls them, with a real worker
// process doing the import. Limits are checked on the bytes actually read, every refusal is a 4xx
// JSON error naming the limit or parameter, and a refused upload stores nothing: no import record,
// no file left behind. (Access without a session or from another origin: tests/db/access.test.ts.)

const ORIGIN = "http://localhost:3000";
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "csv");
let db: TempDb;
let uploadDir: string;
let token: string;
let postRoute: typeof import("@/app/api/v1/imports/route");
let getRoute: typeof import("@/app/api/v1/imports/[id]/route");

beforeAll(async () => {
  db = await openSeededApiDb();
  uploadDir = mkdtempSync(path.join(os.tmpdir(), "aidflow-uploads-"));
  Object.assign(process.env, {
    UPLOAD_DIR: uploadDir,
    MAX_UPLOAD_MB: "1",
    MAX_IMPORT_ROWS: "3",
    CURATOR_USER: "curator",
    CURATOR_PASSWORD_HASH: await hashPassword("a long test password", { N: 1024, r: 8, p: 1 }),
    SESSION_SECRET: "import-api-test-secret-".repeat(2),
  });
  token = await createSessionToken({
    enabled: true,
    user: "curator",
    passwordHash: process.env.CURATOR_PASSWORD_HASH!,
    sessionSecret: process.env.SESSION_SECRET!,
  });
  postRoute = await import("@/app/api/v1/imports/route");
  getRoute = await import("@/app/api/v1/imports/[id]/route");
});

afterAll(async () => {
  await closeSeededApiDb(db);
  rmSync(uploadDir, { recursive: true, force: true });
  for (const key of ["UPLOAD_DIR", "MAX_UPLOAD_MB", "MAX_IMPORT_ROWS", "CURATOR_USER", "CURATOR_PASSWORD_HASH", "SESSION_SECRET"]) delete process.env[key];
});

const curatorHeaders = (extra: Record<string, string> = {}) => ({
  host: "localhost:3000",
  origin: ORIGIN,
  cookie: `aidflow_session=${token}`,
  "content-type": "text/csv",
  ...extra,
});

async function post(body: BodyInit | null, { query = "", headers = {} as Record<string, string> } = {}) {
  const request = new Request(`${ORIGIN}/api/v1/imports${query}`, {
    method: "POST",
    headers: curatorHeaders(headers),
    body,
    // Streams as bodies need half duplex in Node's fetch.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await postRoute.POST(request);
  return { status: response.status, json: (await response.json()) as unknown, headers: response.headers };
}

async function getRun(id: string, headers: Record<string, string> = curatorHeaders()) {
  const response = await getRoute.GET(new Request(`${ORIGIN}/api/v1/imports/${id}`, { headers }), { params: Promise.resolve({ id }) });
  return { status: response.status, json: (await response.json()) as unknown };
}

async function waitUntilFinished(id: number): Promise<ImportRunDto> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { status, json } = await getRun(String(id));
    expect(status).toBe(200);
    const run = importRunDtoSchema.parse((json as { data: unknown }).data);
    if (run.finished) return run;
    if (Date.now() > deadline) throw new Error(`import ${id} did not finish: ${JSON.stringify(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Refused with this status and error code; nothing recorded, nothing left in the upload folder. */
async function expectRefused(result: { status: number; json: unknown }, status: number, code: string, param: string | null) {
  expect(result.status, JSON.stringify(result.json)).toBe(status);
  const parsed = errorResponseSchema.parse(result.json);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.param).toBe(param);
  expect(await db.prisma.importRun.count()).toBe(0);
  expect(readdirSync(uploadDir)).toEqual([]);
}

function stream(bytes: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
}

const validFile = () => readFileSync(path.join(FIXTURES, "valid-scripts.csv"));
const megabyte = 1024 * 1024;

describe("refused uploads store nothing", () => {
  it("a file over MAX_UPLOAD_MB, declared or not, is 413 naming the limit", async () => {
    const big = new Uint8Array(megabyte + 10).fill(0x61);
    const declared = await post(big, { headers: { "content-length": String(big.length) } });
    await expectRefused(declared, 413, "payload_too_large", "file");
    expect(errorResponseSchema.parse(declared.json).error.message).toContain("MAX_UPLOAD_MB");
    // Without Content-Length (a chunked upload), the bytes are counted as they arrive.
    await expectRefused(await post(stream(big)), 413, "payload_too_large", "file");
    // A lying Content-Length does not help: the real bytes are counted.
    await expectRefused(await post(stream(big), { headers: { "content-length": "100" } }), 413, "payload_too_large", "file");
  });

  it("a body shorter than its Content-Length (cut off on the way) is refused", async () => {
    const file = validFile();
    await expectRefused(await post(stream(file), { headers: { "content-length": String(file.length + 500) } }), 413, "payload_too_large", "file");
  });

  it("a body that breaks off mid-way (the client went away) is 400, not 500", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("id,key,dataset\r\n"));
        controller.error(new Error("connection reset"));
      },
    });
    await expectRefused(await post(broken), 400, "invalid_parameter", "file");
  });

  it("more data rows than MAX_IMPORT_ROWS is 413 naming the limit, counting quoted line breaks as text", async () => {
    const rows = readFileSync(path.join(FIXTURES, "valid-quoted-newline-in-notes.csv"), "utf8");
    // Three data rows (one with line breaks in a quoted cell): within the limit of three.
    expect(rows.split("\n").length - 1).toBeGreaterThan(4);
    const extra = rows.trimEnd().split("\r\n").at(-1)!.replace("fixture-credit-half", "fixture-extra-row");
    const four = await post(`${rows}${extra}\r\n`);
    await expectRefused(four, 413, "too_many_rows", "file");
    expect(errorResponseSchema.parse(four.json).error.message).toContain("MAX_IMPORT_ROWS");
  });

  it("a multipart form or a JSON body is 415; an empty body is 400", async () => {
    const form = new FormData();
    form.set("file", new Blob([validFile()]), "x.csv");
    await expectRefused(await post(form, { headers: { "content-type": "multipart/form-data; boundary=x" } }), 415, "unsupported_media_type", "file");
    await expectRefused(await post("{}", { headers: { "content-type": "application/json" } }), 415, "unsupported_media_type", "file");
    await expectRefused(await post(""), 400, "invalid_parameter", "file");
  });

  it("bad query parameters are 400 naming the parameter", async () => {
    await expectRefused(await post(validFile(), { query: "?mode=delete" }), 400, "invalid_parameter", "mode");
    await expectRefused(await post(validFile(), { query: "?dataset=Not%20A%20Slug" }), 400, "invalid_parameter", "dataset");
    await expectRefused(await post(validFile(), { query: "?dry_run=yes" }), 400, "invalid_parameter", "dry_run");
    await expectRefused(await post(validFile(), { query: "?file_name=..%2Fetc%2Fpasswd" }), 400, "invalid_parameter", "file_name");
    await expectRefused(await post(validFile(), { query: "?overwrite=true" }), 400, "unknown_parameter", "overwrite");
  });
});

describe("accepted uploads run in a worker process", () => {
  it.skipIf(onlyOnSqlite())("while another connection holds the write lock, an upload is 503 with Retry-After, not a 500", async () => {
    const holder = new Database(db.file);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const result = await post(validFile());
      expect(result.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
      await expectRefused(result, 503, "not_ready", null);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  }, 60_000);

  it("a valid file is queued (202), then applied: a new version, and the upload is cleaned up", async () => {
    const slug = "sino-soviet-1950-1980";
    const before = (await db.prisma.dataset.findUniqueOrThrow({ where: { slug } })).version;
    const { status, json } = await post(validFile(), { query: "?file_name=scripts.csv" });
    expect(status, JSON.stringify(json)).toBe(202);
    const queued = importRunDtoSchema.parse((json as { data: unknown }).data);
    expect(queued).toMatchObject({ status: "queued", actor: "curator", fileName: "scripts.csv", finished: false });
    expect(queued.links.self).toBe(`${ORIGIN}/api/v1/imports/${queued.id}`);

    const run = await waitUntilFinished(queued.id);
    expect(run, JSON.stringify(run.report)).toMatchObject({ status: "applied", rows: { total: 3, added: 3 }, versionFrom: before, versionTo: before + 1 });
    expect(run.report).toMatchObject({ kind: "summary", added: 3 });
    expect((await db.prisma.dataset.findUniqueOrThrow({ where: { slug } })).version).toBe(before + 1);
    expect((await db.prisma.figure.findFirstOrThrow({ where: { key: "fixture-credit" } })).label).toBe("საბჭოთა კრედიტი ჩინეთს");
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it("a malformed file is queued, then rejected with its problems, and nothing is written", async () => {
    const figures = await db.prisma.figure.count();
    const { status, json } = await post(readFileSync(path.join(FIXTURES, "number-thousands-separator.csv")));
    expect(status).toBe(202);
    const run = await waitUntilFinished(importRunDtoSchema.parse((json as { data: unknown }).data).id);
    expect(run.status).toBe("rejected");
    expect(run.errorCount).toBeGreaterThanOrEqual(1);
    expect(run.report?.kind).toBe("problems");
    if (run.report?.kind === "problems")
      expect(run.report.problems).toContainEqual(expect.objectContaining({ row: 2, column: "value", code: "invalid_number", value: "1,816" }));
    expect(await db.prisma.figure.count()).toBe(figures);
    expect(existsSync(path.join(uploadDir, `${run.id}.csv`))).toBe(false);
  });
});

describe("warnings in the import's record", () => {
  // The seeded flows run from USSR to PRC: this one runs from PRC to itself.
  const selfFlow = () => new TextEncoder().encode(validFile().toString("utf8").replace(",USSR,PRC,", ",PRC,PRC,"));

  it("are listed with their row and column in GET /api/v1/imports/{id}", async () => {
    const { status, json } = await post(selfFlow());
    expect(status).toBe(202);
    const run = await waitUntilFinished(importRunDtoSchema.parse((json as { data: unknown }).data).id);
    expect(run.status, JSON.stringify(run.report)).toBe("applied");
    expect(run.report).toMatchObject({ kind: "summary", delimiter: "comma", warnings: { total: 1 } });
    if (run.report?.kind === "summary") expect(run.report.warnings?.listed).toEqual([expect.objectContaining({ row: 2, column: "to", code: "self_flow" })]);
  });

  it("refuse the file with strict=true, and nothing is written", async () => {
    const figures = await db.prisma.figure.count();
    const { status, json } = await post(selfFlow(), { query: "?strict=true" });
    expect(status).toBe(202);
    const run = await waitUntilFinished(importRunDtoSchema.parse((json as { data: unknown }).data).id);
    expect(run.status).toBe("rejected");
    if (run.report?.kind === "problems") expect(run.report.problems).toEqual([expect.objectContaining({ row: 2, column: "to", code: "self_flow" })]);
    expect(await db.prisma.figure.count()).toBe(figures);
  });
});

describe("GET /api/v1/imports/{id}", () => {
  it("is 404 for an unknown import, 400 for a malformed id, 401 without a session", async () => {
    expect((await getRun("999999")).status).toBe(404);
    const malformed = await getRun("abc");
    expect(malformed.status).toBe(400);
    expect(errorResponseSchema.parse(malformed.json).error.param).toBe("id");
    const anonymous = await getRun("1", { host: "localhost:3000", origin: ORIGIN });
    expect(anonymous.status).toBe(401);
  });
});
