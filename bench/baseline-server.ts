// The baseline of measurement a: the least a server can do to answer GET /api/v1/figures with a
// filter and a sort. Bare node:http, one hand-written SQL statement with the joins (prepared once),
// and the same JSON shape as the app (data with every figure field, meta with the total, links).
// To compare frameworks rather than caching strategies it does what the app does about the total
// and the ETag: the total is counted once per data stamp (every dataset's id and version, read on
// each request), and the body's SHA-256 is sent as ETag. No validation library, no ORM, no proxy.
//
// Supports exactly the requests the bench sends: category (one or more, comma-separated), sort
// (value, -value, label, -label, period_start, -period_start, id), limit and page.
// Usage: node --import tsx bench/baseline-server.ts <port>   (SQLite: DATABASE_FILE;
//        PostgreSQL: DATABASE_URL, through node-postgres with the same statements)
import { createHash } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresUrl } from "@/lib/db/dialect";
import { databaseFilePath } from "@/lib/db/file-path";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { Vocabulary } from "@/lib/vocab/vocabulary";

type Row = Record<string, unknown>;
interface Db {
  all: (sql: string, args: unknown[]) => Promise<Row[]>;
}

function sqliteDb(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 10000");
  const statements = new Map<string, Database.Statement>();
  return {
    all: async (sql, args) => {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      return statement.all(...args) as Row[];
    },
  };
}

function postgresDb(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let n = 0;
  const names = new Map<string, string>();
  return {
    all: async (sql, args) => {
      // Named statements: prepared once per connection, as better-sqlite3's are.
      let name = names.get(sql);
      if (!name) names.set(sql, (name = `s${++n}`));
      let i = 0;
      const text = sql.replace(/\?/g, () => `$${++i}`);
      return (await pool.query({ name, text, values: args })).rows as Row[];
    },
  };
}

// The app's orders (lib/data/figures/sort.ts): ties by id in the sort's direction, NULLs where the
// database puts them.
const ORDER: Record<string, string> = {
  id: `f."id" ASC`,
  "-id": `f."id" DESC`,
  value: `f."unit" ASC, f."value" ASC, f."id" ASC`,
  "-value": `f."unit" ASC, f."value" DESC, f."id" DESC`,
  label: `f."label" ASC, f."id" ASC`,
  "-label": `f."label" DESC, f."id" DESC`,
  period_start: `f."periodStart" ASC, f."id" ASC`,
  "-period_start": `f."periodStart" DESC, f."id" DESC`,
};

// The page's ids first (from the sort's index, skipping only index entries), then the joins for
// those rows alone: joining before the OFFSET would join every skipped row too.
const SELECT = `SELECT f.*, d."slug" AS "datasetSlug", p."key" AS "parentKey",
  fa."code" AS "fromCode", fa."name" AS "fromName", ta."code" AS "toCode", ta."name" AS "toName",
  s."key" AS "sKey", s."citation" AS "sCitation", s."author" AS "sAuthor", s."year" AS "sYear", s."title" AS "sTitle", s."url" AS "sUrl",
  c."key" AS "cKey", c."citation" AS "cCitation", c."author" AS "cAuthor", c."year" AS "cYear", c."title" AS "cTitle", c."url" AS "cUrl"
FROM (SELECT "id" FROM "Figure" f %WHERE% ORDER BY %ORDER% LIMIT ? OFFSET ?) AS pg
JOIN "Figure" f ON f."id" = pg."id"
JOIN "Dataset" d ON d."id" = f."datasetId"
JOIN "Source" s ON s."id" = f."sourceId"
LEFT JOIN "Source" c ON c."id" = f."citedSourceId"
LEFT JOIN "Actor" fa ON fa."id" = f."fromActorId"
LEFT JOIN "Actor" ta ON ta."id" = f."toActorId"
LEFT JOIN "Figure" p ON p."id" = f."parentId"`;

function toDto(row: Row, base: string, vocabulary: Vocabulary) {
  const source = (prefix: "s" | "c") =>
    row[`${prefix}Key`] === null
      ? null
      : {
          key: row[`${prefix}Key`],
          citation: row[`${prefix}Citation`],
          author: row[`${prefix}Author`],
          year: row[`${prefix}Year`],
          title: row[`${prefix}Title`],
          url: row[`${prefix}Url`],
        };
  return {
    id: row.id,
    key: row.key,
    dataset: row.datasetSlug,
    label: row.label,
    category: row.category,
    kind: row.kind,
    from: row.fromCode === null ? null : { code: row.fromCode, name: row.fromName },
    to: row.toCode === null ? null : { code: row.toCode, name: row.toName },
    value: row.value,
    valuePrinted: row.valuePrinted,
    unit: row.unit,
    unitInfo: vocabulary.unitInfo(String(row.unit)),
    priceBasis: row.priceBasis,
    priceYear: row.priceYear,
    denomination: row.denomination,
    qualifier: row.qualifier,
    period: { start: row.periodStart, end: row.periodEnd, status: row.periodStatus, text: row.periodText, yearStart: row.yearStart, yearEnd: row.yearEnd },
    parentId: row.parentId,
    parentKey: row.parentKey ?? null,
    derived: row.derived === 1 || row.derived === true,
    derivation: row.derivation,
    source: source("s"),
    citedSource: source("c"),
    provenance: row.provenance,
    section: row.section,
    phrase: row.phrase,
    cell: row.cellTable === null ? null : { table: row.cellTable, row: row.cellRow ?? "", column: row.cellColumn ?? "" },
    locator: row.locator,
    citedRef: row.citedRef,
    flags: row.flags === "" ? [] : String(row.flags).split(";"),
    notes: row.notes,
    links: {
      self: `${base}/api/v1/figures/${String(row.id)}`,
      html: `${base}/datasets/${encodeURIComponent(String(row.datasetSlug))}/figures/${encodeURIComponent(String(row.key))}`,
    },
  };
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  response.end(text);
}

async function main() {
  const port = Number(process.argv[2] ?? 3281);
  const url = postgresUrl(process.env);
  const db = url ? postgresDb(url) : sqliteDb(databaseFilePath(process.env));
  const totals = new Map<string, { stamp: string; total: number }>();
  // The app names each figure's unit from the datasets' declarations (lib/data/vocabulary.ts): so does this, once per stamp.
  let vocabulary: { stamp: string; value: Vocabulary } | null = null;

  const server = http.createServer((request, response) => {
    void (async () => {
      const requestUrl = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
      if (requestUrl.pathname !== "/api/v1/figures") return send(response, 404, { error: { code: "not_found" } });
      const params = requestUrl.searchParams;
      const sort = params.get("sort") ?? "id";
      const order = ORDER[sort];
      const limit = Math.min(1000, Math.max(1, Number(params.get("limit") ?? 100)));
      const page = Math.max(1, Number(params.get("page") ?? 1));
      const categories = params.get("category")?.split(",") ?? [];
      if (!order || !Number.isInteger(limit) || !Number.isInteger(page)) return send(response, 400, { error: { code: "invalid_parameter" } });
      const where = categories.length > 0 ? `WHERE f."category" IN (${categories.map(() => "?").join(", ")})` : "";

      const stampRows = await db.all(`SELECT "id", "version" FROM "Dataset" ORDER BY "id"`, []);
      const stamp = stampRows.map((row) => `${String(row.id)}:${String(row.version)}`).join(",");
      if (vocabulary?.stamp !== stamp) {
        const metas = await db.all(`SELECT "meta" FROM "Dataset" ORDER BY "id"`, []);
        vocabulary = { stamp, value: new Vocabulary(metas.map((row) => parseDatasetMeta(String(row.meta)))) };
      }
      const units = vocabulary.value;
      const totalKey = categories.join(",");
      let total = totals.get(totalKey)?.stamp === stamp ? totals.get(totalKey)!.total : null;
      if (total === null) {
        const [row] = await db.all(`SELECT count(*) AS "n" FROM "Figure" f ${where}`, categories);
        total = Number(row!.n);
        totals.set(totalKey, { stamp, total });
      }
      const rows = await db.all(`${SELECT.replace("%WHERE%", where).replace("%ORDER%", order)} ORDER BY ${order}`, [...categories, limit + 1, (page - 1) * limit]);
      const base = `http://${request.headers.host ?? "localhost"}`;
      const body = JSON.stringify({
        data: rows.slice(0, limit).map((row) => toDto(row, base, units)),
        meta: { total, limit, page, cursor: null, nextCursor: null, query: Object.fromEntries(params) },
        links: { self: `${base}${requestUrl.pathname}${requestUrl.search}`, next: rows.length > limit ? `${base}${requestUrl.pathname}?page=${page + 1}` : null },
      });
      const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8", ETag: etag, "Cache-Control": "public, max-age=60" });
      response.end(body);
    })().catch((error: unknown) => {
      console.error(error);
      send(response, 500, { error: { code: "internal" } });
    });
  });
  server.listen(port, "127.0.0.1", () => console.log(`baseline: listening on http://127.0.0.1:${port} (${url ? "postgresql" : "sqlite"})`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
