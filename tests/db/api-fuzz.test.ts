import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { foldForSearch } from "@/lib/schemas/text";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { allRows, digestJson, type TempDb } from "@/tests/helpers/temp-db";

// API fuzz: malformed query strings and path parameters against every read route handler. Cases
// come from a seeded PRNG (the same ones on every run) plus a hand-written list. Each case says
// what it expects, decided by how it was built:
// - "bad": a 4xx answer in the documented error shape (with the error code and parameter, where
//   the case determines them);
// - "search": the input is valid text for `q` (SQL-looking, unicode...), so the answer is 200 and its total equals a count computed here from the rows'
//   folded search text: no injection can widen or narrow the match.
// Nothing may answer 500, and the database must be the same afterwards.
// Broken percent-escapes in the path cannot go through `new URL()` untouched; those are sent over
// real HTTP in tests/e2e/access.spec.ts.

type RouteName = "figures" | "figure" | "history" | "events" | "datasets" | "dataset" | "openapi";
type Handler = (request: Request, context: never) => Promise<Response>;

type Expectation =
  | { kind: "bad"; status?: 400 | 404; code?: string; param?: string }
  | { kind: "search"; table: "figure" | "event"; q: string };

interface Case {
  label: string;
  route: RouteName;
  /** The raw query string, exactly as sent (already percent-encoded where intended). */
  query: string;
  params?: Record<string, string>;
  expect: Expectation;
}

const PATHS: Record<RouteName, string> = {
  figures: "/api/v1/figures",
  figure: "/api/v1/figures/x",
  history: "/api/v1/figures/x/history",
  events: "/api/v1/events",
  datasets: "/api/v1/datasets",
  dataset: "/api/v1/datasets/x",
  openapi: "/api/v1/openapi.json",
};

// ---- a small seeded PRNG (mulberry32) ------------------------------------------------------
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(0x5eed_2026);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const enc = encodeURIComponent;

const FIGURE_KEYS = ["dataset", "from", "to", "category", "unit", "qualifier", "phase", "year_from", "year_to", "q", "parent", "derived", "flag", "sort", "limit", "page", "cursor", "format", "bom"];
const EVENT_KEYS = ["dataset", "phase", "year_from", "year_to", "type", "actor", "q", "sort", "limit", "page", "format", "bom"];
const VALID: Record<string, string> = {
  dataset: "sino-soviet-1950-1980",
  from: "USSR",
  to: "PRC",
  actor: "USSR",
  category: "credits_loans",
  unit: "USD",
  qualifier: "about",
  type: "visit",
  year_from: "1950",
  year_to: "1960",
  q: "loan",
  derived: "true",
  sort: "id",
  limit: "10",
  page: "1",
  format: "json",
  bom: "false",
  parent: "none",
  flag: "period_inferred",
};
// Parameters whose value is a closed code, a number or a boolean: free text there is always wrong.
const STRICT = ["category", "unit", "qualifier", "sort", "limit", "page", "year_from", "year_to", "derived", "format", "bom", "parent", "flag", "from", "to", "dataset", "phase"];
const STRICT_EVENTS = ["type", "actor", "sort", "limit", "page", "year_from", "year_to", "format", "bom", "dataset", "phase"];
const NUMERIC = ["limit", "page", "year_from", "year_to"];

const SQL = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "1; DROP TABLE Figure; --",
  '" OR ""="',
  "') UNION SELECT id, key FROM Figure --",
  "%' AND 1=0 UNION SELECT sqlite_version() --",
  "loan' /*",
  "*/ SELECT * FROM AuditEntry",
  "\\' OR 1=1",
  "1' AND (SELECT COUNT(*) FROM sqlite_master) > 0 --",
  "%",
  "_",
  "100%",
  "a_b",
  "' || (SELECT password FROM users) || '",
  "$where: 1==1",
  '{"$gt": ""}',
  "1 OR SLEEP(5)",
];
const UNICODE = [
  "Сталин",
  "毛泽东",
  "საქართველო",
  "Ｆｕｌｌｗｉｄｔｈ",
  "e\u0301",
  "🚂💰",
  "ﬁ",
  "İstanbul",
  "ß",
  "\u00a0loan\u00a0",
  "العربية",
  "עברית",
  "🏳️‍🌈",
  "Ω≈ç√∫",
  "\uFEFFloan",
];
// Escapes that URLSearchParams would decode leniently (to U+FFFD or left as typed): refused in any parameter.
const BROKEN_ESCAPES = ["%E0%A4%A", "%", "%zz", "abc%", "%%", "%2", "%G0", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%FF%FE", "%E2%82", "100%25%", "%u0041", "%%30%30"];

function decodedQ(rawQuery: string): string {
  return new URLSearchParams(rawQuery).get("q") ?? "";
}

/** Does this decoded text pass the q schema (at most 200 characters, no control characters or line breaks)? */
function isValidSearch(text: string): boolean {
  return text.length <= 200 && !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(text);
}

/** Is the raw value of q valid percent-encoded UTF-8? If not, the API refuses it (400 naming q). */
function wellEncodedQ(rawQuery: string): boolean {
  const raw = rawQuery.split("&").find((pair) => pair.startsWith("q="))?.slice(2) ?? "";
  try {
    decodeURIComponent(raw.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

function searchCase(label: string, route: "figures" | "events", rawQuery: string): Case {
  if (!wellEncodedQ(rawQuery)) return { label, route, query: rawQuery, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "q" } };
  const q = decodedQ(rawQuery);
  return {
    label,
    route,
    query: rawQuery,
    expect: isValidSearch(q) ? { kind: "search", table: route === "figures" ? "figure" : "event", q } : { kind: "bad", status: 400, param: "q" },
  };
}

function generatedCases(): Case[] {
  const cases: Case[] = [];
  const listRoute = () => pick(["figures", "events"] as const);
  const keysOf = (route: "figures" | "events") => (route === "figures" ? FIGURE_KEYS : EVENT_KEYS);

  // Unknown keys, some with symbols, unicode or great length.
  for (let i = 0; i < 40; i++) {
    const route = pick(["figures", "events", "datasets", "openapi"] as const);
    const alphabet = pick(["abcdefghijklmnopqrstuvwxyz_", "ABCXYZ[]{}.$-", "жзиСт毛泽ქა", "0123456789"]);
    const length = pick([1, 3, 8, 30, 300]);
    let key = Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join("");
    if (FIGURE_KEYS.includes(key) || EVENT_KEYS.includes(key)) key = `${key}_x`;
    cases.push({
      label: `unknown key #${i} (${key.slice(0, 12)}…)`,
      route,
      query: `${enc(key)}=${enc(String(int(0, 99)))}`,
      expect: { kind: "bad", status: 400, code: "unknown_parameter", param: key.slice(0, 100) },
    });
  }

  // Repeated keys, with equal or different values.
  for (let i = 0; i < 30; i++) {
    const route = listRoute();
    const key = pick(keysOf(route).filter((name) => name in VALID && name !== "actor" || (route === "events" && name === "actor")));
    const value = VALID[key]!;
    const times = int(2, 5);
    const query = Array.from({ length: times }, (_, n) => `${key}=${enc(n === 0 || random() < 0.5 ? value : `${value}x`)}`).join("&");
    cases.push({ label: `repeated ${key} ${times} times on ${route}`, route, query, expect: { kind: "bad", status: 400, code: "repeated_parameter", param: key } });
  }

  // Huge, negative, fractional and exotic numbers.
  for (let i = 0; i < 40; i++) {
    const route = listRoute();
    const key = pick(NUMERIC);
    const value = pick([
      `1${"0".repeat(int(7, 400))}`,
      "9".repeat(int(8, 50)),
      `-${int(1, 1_000_000)}`,
      `-0`,
      `${int(1, 9)}e${int(2, 308)}`,
      `${int(1, 9)}.${int(1, 9)}`,
      "Infinity",
      "-Infinity",
      "NaN",
      `0x${int(16, 4096).toString(16)}`,
      `${int(1, 9)}_000`,
      `１${int(0, 9)}`,
      `${int(1, 9)},${int(100, 999)}`,
      "1/0",
    ]);
    cases.push({ label: `${key}=${value.slice(0, 20)} on ${route}`, route, query: `${key}=${enc(value)}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: key } });
  }

  // SQL-looking text: harmless search text in q, a plain error anywhere else.
  for (let i = 0; i < 30; i++) {
    const route = listRoute();
    const payload = pick(SQL);
    if (random() < 0.5) cases.push(searchCase(`SQL in q #${i}: ${payload.slice(0, 20)}`, route, `q=${enc(payload)}`));
    else {
      const key = pick(route === "figures" ? STRICT : STRICT_EVENTS);
      cases.push({ label: `SQL in ${key} #${i}`, route, query: `${key}=${enc(payload)}`, expect: { kind: "bad", status: 400, param: key } });
    }
  }

  // Very long values.
  for (let i = 0; i < 20; i++) {
    const route = listRoute();
    const length = pick([201, 500, 2_000, 8_000]);
    const filler = pick(["a", "ж", "毛", "%", "'"]);
    const value = filler.repeat(length);
    const key = random() < 0.5 ? "q" : pick(route === "figures" ? STRICT : STRICT_EVENTS);
    cases.push({ label: `${key} of ${length} times ${filler} on ${route}`, route, query: `${key}=${enc(value)}`, expect: { kind: "bad", status: 400, param: key } });
  }

  // Broken percent-escapes, sent raw: refused with 400 naming the parameter, in q as anywhere.
  for (let i = 0; i < 30; i++) {
    const route = listRoute();
    const escape = pick(BROKEN_ESCAPES);
    if (random() < 0.6) cases.push(searchCase(`broken escape in q #${i}: ${escape}`, route, `q=${escape}`));
    else {
      const key = pick(route === "figures" ? STRICT : STRICT_EVENTS);
      cases.push({ label: `broken escape in ${key} #${i}: ${escape}`, route, query: `${key}=${escape}`, expect: { kind: "bad", status: 400, param: key } });
    }
  }

  // Null bytes and other control characters.
  for (let i = 0; i < 20; i++) {
    const route = listRoute();
    const control = pick(["%00", "%01", "%07", "%0A", "%0D", "%1B", "%7F", "%C2%85", "%E2%80%AE", "%E2%81%A6"]);
    const key = random() < 0.6 ? "q" : pick(NUMERIC);
    const value = key === "q" ? `loan${control}` : `1${control}`;
    cases.push({ label: `control ${control} in ${key} on ${route}`, route, query: `${key}=${value}`, expect: { kind: "bad", status: 400, param: key } });
  }

  // Unicode: fine as search text, wrong as a code.
  for (let i = 0; i < 30; i++) {
    const route = listRoute();
    const text = pick(UNICODE);
    if (random() < 0.6) cases.push(searchCase(`unicode q #${i}: ${text}`, route, `q=${enc(text)}`));
    else {
      const key = pick(route === "figures" ? STRICT : STRICT_EVENTS);
      cases.push({ label: `unicode in ${key} #${i}: ${text}`, route, query: `${key}=${enc(text)}`, expect: { kind: "bad", status: 400, param: key } });
    }
  }

  // Path parameters.
  for (let i = 0; i < 20; i++) {
    const route = pick(["figure", "history", "dataset"] as const);
    const name = route === "dataset" ? "slug" : "id";
    const value = pick(["-1", "0", "1e3", "0x1", "1.0", " 1", "1 ", "", "99999999999999999999", "１", "1;DROP", "' OR 1=1", "\u0000", "..", "%zz", "Sino_Soviet", "a".repeat(200), "毛"]);
    // A well-formed slug that names no dataset is a 404, as documented; anything malformed a 400.
    const wellFormedSlug = route === "dataset" && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
    cases.push({
      label: `${route} ${name}=${JSON.stringify(value).slice(0, 20)}`,
      route,
      query: "",
      params: { [name]: value },
      expect: wellFormedSlug
        ? { kind: "bad", status: 404, code: "not_found", param: name }
        : { kind: "bad", status: 400, code: "invalid_parameter", param: name },
    });
  }
  return cases;
}

const HAND_WRITTEN: Case[] = [
  searchCase("q=' OR 1=1 (valid text, no injection)", "figures", `q=${enc("' OR 1=1")}`),
  searchCase("q=%' (LIKE wildcard and quote)", "figures", `q=${enc("%'")}`),
  searchCase("q=_ (LIKE single-character wildcard)", "figures", "q=_"),
  searchCase("q=%25 (a literal percent sign)", "events", "q=%25"),
  searchCase("q empty", "figures", "q="),
  searchCase("q of spaces only", "events", "q=%20%20%20"),
  searchCase("q exactly 200 characters", "figures", `q=${"a".repeat(200)}`),
  searchCase("q=%E0%A4%A (truncated UTF-8)", "figures", "q=%E0%A4%A"),
  searchCase("q=% alone", "events", "q=%"),
  searchCase("q=%zz", "figures", "q=%zz"),
  searchCase("q with a plus as space", "figures", "q=soviet+loan"),
  { label: "q=%00 (null byte)", route: "figures", query: "q=%00", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "q" } },
  { label: "q with a line break", route: "events", query: "q=a%0Ab", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "q" } },
  { label: "q with a right-to-left override", route: "figures", query: "q=%E2%80%AEnaol", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "q" } },
  { label: "limit=%zz", route: "figures", query: "limit=%zz", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "limit" } },
  { label: "page=-1", route: "figures", query: "page=-1", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "page" } },
  { label: "page=0", route: "events", query: "page=0", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "page" } },
  { label: "page past 1,000,000", route: "figures", query: "page=1000001", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "page" } },
  { label: "limit=2^53", route: "figures", query: "limit=9007199254740993", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "limit" } },
  { label: "year 10^400", route: "events", query: `year_from=1${"0".repeat(400)}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "year_from" } },
  { label: "key without a value or =", route: "figures", query: "limit", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "limit" } },
  { label: "empty key", route: "figures", query: "=1", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "" } },
  { label: "lone ampersands and an unknown key", route: "events", query: "&&&x=1&&", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "x" } },
  { label: "__proto__ key", route: "figures", query: "__proto__=1", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "__proto__" } },
  { label: "constructor key", route: "events", query: "constructor=1", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "constructor" } },
  { label: "array-style key", route: "figures", query: "category[]=military", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "category[]" } },
  { label: "upper-case key", route: "figures", query: "LIMIT=10", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "LIMIT" } },
  { label: "percent-encoded key", route: "figures", query: "%6Cimit=0", expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "limit" } },
  { label: "key broken-escaped", route: "figures", query: "lim%zzit=1", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "lim%zzit" } },
  { label: "sort with SQL", route: "figures", query: `sort=${enc("id; DROP TABLE Figure")}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "sort" } },
  { label: "cursor with SQL", route: "figures", query: `cursor=${enc("' OR 1=1 --")}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "cursor" } },
  { label: "cursor of 5,000 characters", route: "figures", query: `cursor=${"a".repeat(2500)}.${"b".repeat(2500)}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "cursor" } },
  { label: "category list of 1,000 items", route: "figures", query: `category=${Array(1000).fill("military").join(",")}x`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "category" } },
  { label: "dataset with path traversal", route: "figures", query: `dataset=${enc("../../etc/passwd")}`, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "dataset" } },
  { label: "format=csv with an unknown key", route: "events", query: "format=csv&x=1", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "x" } },
  { label: "datasets with a repeated unknown key", route: "datasets", query: "a=1&a=2", expect: { kind: "bad", status: 400, code: "repeated_parameter", param: "a" } },
  { label: "openapi.json with q", route: "openapi", query: "q=x", expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "q" } },
  { label: "figure id beyond 2^31", route: "figure", query: "", params: { id: "2147483648" }, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "id" } },
  { label: "figure id well-formed but unknown", route: "figure", query: "", params: { id: "2147483647" }, expect: { kind: "bad", status: 404, code: "not_found", param: "id" } },
  { label: "history of an unknown figure", route: "history", query: "", params: { id: "2147483647" }, expect: { kind: "bad", status: 404, code: "not_found", param: "id" } },
  { label: "history with a query parameter", route: "history", query: "limit=10", params: { id: "1" }, expect: { kind: "bad", status: 400, code: "unknown_parameter", param: "limit" } },
  { label: "dataset slug with SQL", route: "dataset", query: "", params: { slug: "x' OR '1'='1" }, expect: { kind: "bad", status: 400, code: "invalid_parameter", param: "slug" } },
];

const CASES = [...generatedCases(), ...HAND_WRITTEN];

let db: TempDb;
let routes: Record<RouteName, Handler>;
let searchTexts: { figure: string[]; event: string[] };

async function checksum(): Promise<string> {
  const hash = createHash("sha256");
  for (const table of ["Figure", "Event", "Dataset", "AuditEntry", "ChangelogEntry"]) {
    hash.update(digestJson(await allRows(db.prisma, table)));
  }
  return hash.digest("hex");
}

let before: string;

beforeAll(async () => {
  db = await openSeededApiDb();
  routes = {
    figures: (await import("@/app/api/v1/figures/route")).GET,
    figure: (await import("@/app/api/v1/figures/[id]/route")).GET,
    history: (await import("@/app/api/v1/figures/[id]/history/route")).GET,
    events: (await import("@/app/api/v1/events/route")).GET,
    datasets: (await import("@/app/api/v1/datasets/route")).GET,
    dataset: (await import("@/app/api/v1/datasets/[slug]/route")).GET,
    openapi: (await import("@/app/api/v1/openapi.json/route")).GET,
  };
  searchTexts = {
    figure: (await db.prisma.figure.findMany({ select: { searchText: true } })).map((row) => row.searchText),
    event: (await db.prisma.event.findMany({ select: { searchText: true } })).map((row) => row.searchText),
  };
  before = await checksum();
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

/** How many rows the search should find: folded needle contained in the folded text; an empty needle filters nothing. */
function expectedTotal(table: "figure" | "event", q: string): number {
  const needle = foldForSearch(q);
  return needle === "" ? searchTexts[table].length : searchTexts[table].filter((text) => text.includes(needle)).length;
}

describe("API fuzz", () => {
  it("has at least 200 cases, deterministic, with both outcomes represented", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    const again = mulberry32(0x5eed_2026);
    expect(again()).toBe(mulberry32(0x5eed_2026)());
    const searches = CASES.filter((c) => c.expect.kind === "search").length;
    console.info(`fuzz cases: ${CASES.length} (${CASES.length - HAND_WRITTEN.length} generated, ${HAND_WRITTEN.length} hand-written); ${searches} valid searches, ${CASES.length - searches} refusals`);
    expect(searches).toBeGreaterThan(20);
    // The search oracle is not vacuous: some valid searches match rows, some match none.
    const totals = CASES.flatMap((c) => (c.expect.kind === "search" ? [expectedTotal(c.expect.table, c.expect.q)] : []));
    expect(totals.filter((total) => total > 0).length).toBeGreaterThanOrEqual(3);
    expect(totals.filter((total) => total === 0).length).toBeGreaterThanOrEqual(3);
    expect(CASES.length - searches).toBeGreaterThan(150);
  });

  it.each(CASES.map((c, index) => [`${index}: ${c.label}`, c] as const))("%s", async (_label, c) => {
    const path = `${PATHS[c.route]}${c.query ? `?${c.query}` : ""}`;
    const { status, headers, body, text } = await callRoute(routes[c.route], path, { params: c.params });
    expect(status, text.slice(0, 300)).not.toBe(500);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    if (c.expect.kind === "bad") {
      expect(status, text.slice(0, 300)).toBe(c.expect.status ?? 400);
      const { error } = errorResponseSchema.parse(body);
      if (c.expect.code) expect(error.code).toBe(c.expect.code);
      if (c.expect.param !== undefined) expect(error.param).toBe(c.expect.param);
      expect(headers.get("cache-control")).toBe("no-store");
    } else {
      expect(status, text.slice(0, 300)).toBe(200);
      expect(Array.isArray(body.data)).toBe(true);
      expect(body.meta.total).toBe(expectedTotal(c.expect.table, c.expect.q));
    }
  });

  it("left the database as it was", async () => {
    expect(await checksum()).toBe(before);
  });
});
