import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionToken } from "@/lib/security/session-token";
import { hashPassword } from "@/lib/security/password-hash";
import type { CurationConfig } from "@/lib/env";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { RATE_LIMIT_TABLE } from "@/lib/security/rate-store-postgres";
import { allRows, digestJson, userTables, type TempDb } from "@/tests/helpers/temp-db";

// Access to writes. Every write endpoint is found by scanning the code, not listed by hand, so a
// new one is covered the day it is added:
// - route handlers: every POST, PUT, PATCH or DELETE exported by app/api/**/route.ts;
// - server actions: every function exported by a "use server" module under app/, lib/, components/.
// Each is called without a session, and with a valid session from another origin; each must refuse
// (401 / 403) and the database must be unchanged, compared by a checksum of every table's rows.
// A control case shows that the same call with a session from our own origin does write.

// ---- next/headers and next/navigation, as a request would have them --------------------------
const requestState = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, string>(),
  setCookies: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));

vi.mock("next/headers", () => ({
  headers: async () => requestState.headers,
  cookies: async () => ({
    get: (name: string) => (requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      requestState.setCookies.push({ name, value, options });
      requestState.cookies.set(name, value);
    },
    delete: (name: string) => requestState.cookies.delete(name),
  }),
}));

class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

// ---- the curator ---------------------------------------------------------------------------
const PASSWORD = "a long and correct password";
const ORIGIN = "http://localhost:3000";
const EVIL = "https://evil.example";
let config: Extract<CurationConfig, { enabled: true }>;
let validToken: string;

function setRequest({ origin, cookie, ip = "192.0.2.1" }: { origin?: string | null; cookie?: string | null; ip?: string }) {
  requestState.headers = new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", "x-forwarded-for": ip });
  if (origin) requestState.headers.set("origin", origin);
  requestState.cookies = new Map(cookie ? [["aidflow_session", cookie]] : []);
  requestState.setCookies = [];
}

// ---- discovery -----------------------------------------------------------------------------
const ROOT = process.cwd();
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function routeFiles(): string[] {
  return walk(path.join(ROOT, "app", "api")).filter((file) => /[/\\]route\.(ts|tsx)$/.test(file));
}

function serverActionFiles(): string[] {
  return ["app", "lib", "components"]
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .filter((file) => {
      // The directive must be the first statement; comments may come before it.
      const text = readFileSync(file, "utf8").replace(/^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, "");
      return /^(['"])use server\1/.test(text);
    });
}

/** Dynamic segments get a plausible value: [id] -> "1", [...rest] -> ["x"]. */
function paramsOf(file: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const segment of relative(file).split("/")) {
    const match = /^\[(\.\.\.)?([^\]]+)\]$/.exec(segment.replace(/^\[\[(.*)\]\]$/, "[$1]"));
    if (match) params[match[2]!] = match[1] ? ["x"] : match[2] === "id" ? "1" : "x";
  }
  return params;
}

function urlOf(file: string): string {
  const route = relative(file)
    .replace(/^app/, "")
    .replace(/\/route\.tsx?$/, "")
    .replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_all, name: string) => (name === "id" ? "1" : "x"));
  return `${ORIGIN}${route}`;
}

type Handler = (request: Request, context: unknown) => Promise<Response>;
interface WriteRoute {
  name: string;
  handler: Handler;
  url: string;
  params: Record<string, string | string[]>;
}
type Action = (...args: unknown[]) => Promise<unknown>;
interface ServerAction {
  name: string;
  action: Action;
}

// Actions that need no session by design: they still check the Origin (tested below).
const PUBLIC_ACTIONS = new Set(["lib/actions/auth.ts#loginAction", "lib/actions/auth.ts#logoutAction"]);

// ---- database checksum -----------------------------------------------------------------------
async function checksum(db: TempDb): Promise<string> {
  const hash = createHash("sha256");
  // The rate-limit counters (PostgreSQL) count attempts, refused ones included: they are not data.
  const tables = (await userTables(db.prisma)).filter((name) => name !== RATE_LIMIT_TABLE);
  for (const name of tables) hash.update(name).update(digestJson(await allRows(db.prisma, name)));
  return hash.digest("hex");
}

// ---- calling -------------------------------------------------------------------------------
/** The HTTP-like status an action answered with: a returned { status }, a thrown ApiError, or a redirect to /login. */
async function statusOfAction(call: () => Promise<unknown>): Promise<number | string> {
  try {
    const result = await call();
    if (result && typeof result === "object" && "status" in result && typeof result.status === "number") return result.status;
    return "returned without a status";
  } catch (error) {
    if (error instanceof Redirected) return error.url.startsWith("/login") ? 401 : `redirect ${error.url}`;
    if (error && typeof error === "object" && "status" in error && typeof error.status === "number") return error.status;
    throw error;
  }
}

let db: TempDb;
let routes: WriteRoute[] = [];
let actions: ServerAction[] = [];
let figureLoaded = false;
let figure: { id: number; value: number; valuePrinted: string; qualifier: string; periodStart: string | null; periodEnd: string | null; periodStatus: string; periodText: string | null; flags: string; notes: string | null };
let baseline: string;

/** A correction that the figure's schema accepts, so that only the access check can stop it. */
function correctionForm(reason = "access test"): FormData {
  const form = new FormData();
  form.set("figureId", String(figure.id));
  form.set("baseline", baseline);
  form.set("value", String(figure.value + 1));
  form.set("printed", `${figure.valuePrinted} (corrected)`);
  form.set("qualifier", figure.qualifier);
  form.set("periodStatus", figure.periodStatus);
  form.set("periodStart", figure.periodStart ?? "");
  form.set("periodEnd", figure.periodEnd ?? "");
  form.set("periodText", figure.periodText ?? "");
  form.set("notes", figure.notes ?? "");
  for (const flag of figure.flags === "" ? [] : figure.flags.split(";")) form.append("flags", flag);
  form.set("reason", reason);
  return form;
}

beforeAll(async () => {
  db = await openSeededApiDb();
  process.env.CURATOR_USER = "curator";
  process.env.CURATOR_PASSWORD_HASH = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  process.env.SESSION_SECRET = "test-secret-".repeat(4);
  process.env.RATE_LIMIT_LOGIN_PER_MIN = "5";
  config = { enabled: true, user: "curator", passwordHash: process.env.CURATOR_PASSWORD_HASH, sessionSecret: process.env.SESSION_SECRET };
  validToken = await createSessionToken(config);

  for (const file of routeFiles()) {
    const loaded = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of WRITE_METHODS) {
      if (typeof loaded[method] === "function")
        routes.push({ name: `${method} ${relative(file)}`, handler: loaded[method] as Handler, url: urlOf(file), params: paramsOf(file) });
    }
  }
  for (const file of serverActionFiles()) {
    const loaded = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded))
      if (typeof value === "function") actions.push({ name: `${relative(file)}#${name}`, action: value as Action });
  }
  routes = routes.sort((a, b) => a.name.localeCompare(b.name));
  actions = actions.sort((a, b) => a.name.localeCompare(b.name));

  await refreshFigure();
});

/** Reads the figure the tests correct, and the baseline a form opened now would carry. */
async function refreshFigure(): Promise<void> {
  const row = figureLoaded
    ? await db.prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })
    : await db.prisma.figure.findFirstOrThrow({ where: { unit: "USD" }, orderBy: { id: "asc" } });
  figure = row;
  figureLoaded = true;
  const { correctionBaseline } = await import("@/lib/schemas/correction-form");
  baseline = correctionBaseline({ ...row, flags: row.flags === "" ? [] : row.flags.split(";") });
}

afterAll(async () => {
  await closeSeededApiDb(db);
});

beforeEach(async () => {
  await (await import("@/lib/security/login")).resetLoginLimiter();
});

describe("discovery", () => {
  it("finds every server action: none is declared inline, where this scan could not see it", () => {
    const moduleLevel = new Set(serverActionFiles());
    const inline = ["app", "lib", "components"]
      .flatMap((dir) => walk(path.join(ROOT, dir)))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !moduleLevel.has(file))
      .filter((file) => /(['"])use server\1/.test(readFileSync(file, "utf8")))
      .map(relative);
    expect(inline, "move these actions into a module that starts with \"use server\"").toEqual([]);
  });


  it("finds the write endpoints, including the correction and the login", () => {
    const names = actions.map((action) => action.name);
    expect(names).toContain("lib/actions/correct-figure.ts#correctFigureAction");
    expect(names).toContain("lib/actions/auth.ts#loginAction");
    expect(names).toContain("lib/actions/auth.ts#logoutAction");
    // Printed so the test log shows what was covered.
    console.info(`write route handlers: ${routes.map((route) => route.name).join(", ") || "(none)"}`);
    console.info(`server actions: ${names.join(", ")}`);
  });
});

const REFUSALS = [
  ["no session", { origin: ORIGIN }, 401],
  ["forged session", { origin: ORIGIN, cookie: "aidflow_session=eyJhbGciOiJIUzI1NiJ9.e30.x" }, 401],
  ["valid session, other origin", { origin: EVIL, cookieToken: true }, 403],
  ["valid session, opaque origin", { origin: "null", cookieToken: true }, 403],
  ["valid session, cross-site fetch metadata", { "sec-fetch-site": "cross-site", cookieToken: true }, 403],
  ["valid session, no origin at all", { cookieToken: true }, 403],
] as const;

async function expectRouteRefuses(route: WriteRoute): Promise<void> {
  for (const [label, spec, expected] of REFUSALS) {
    const headers: Record<string, string> = { host: "localhost:3000" };
    if ("origin" in spec) headers.origin = spec.origin;
    if ("sec-fetch-site" in spec) headers["sec-fetch-site"] = spec["sec-fetch-site"];
    if ("cookie" in spec) headers.cookie = spec.cookie;
    if ("cookieToken" in spec) headers.cookie = `aidflow_session=${validToken}`;
    const method = route.name.split(" ")[0]!;
    const body = new FormData();
    body.set("file", new Blob(["key,label\nx,y\n"], { type: "text/csv" }), "x.csv");
    for (const [name, value] of correctionForm()) body.append(name, value);
    const before = await checksum(db);
    const response = await route.handler(new Request(route.url, { method, headers, body: method === "DELETE" ? undefined : body }), {
      params: Promise.resolve(route.params),
    });
    const json = await response.json();
    expect(response.status, `${route.name}: ${label}: ${JSON.stringify(json)}`).toBe(expected);
    expect(errorResponseSchema.safeParse(json).success, `${route.name}: ${label}: ${JSON.stringify(json)}`).toBe(true);
    expect(await checksum(db), `${route.name}: ${label} wrote to the database`).toBe(before);
  }
}

describe("route handlers that write", () => {
  it("refuse a request without a session (401) and a cross-origin one with a valid session (403), writing nothing", async () => {
    for (const route of routes) await expectRouteRefuses(route);
  });

  it("control: requireCurator stops a handler that would write, and lets our own curator through", async () => {
    const { withApiErrors } = await import("@/lib/api/errors");
    const { requireCurator } = await import("@/lib/security/require-curator");
    const { correctFigure } = await import("@/lib/data/figures/correct");
    const { parseCorrection, readCorrectionForm } = await import("@/lib/schemas/correction-form");
    // A write handler as the import endpoints are meant to be written: the gate first, then the body.
    const handler = withApiErrors(async (request: Request) => {
      const { user } = await requireCurator(request);
      const { values, baseline: sent } = readCorrectionForm(await request.formData());
      const parsed = parseCorrection(values);
      if (!parsed.ok) return Response.json(parsed.fieldErrors, { status: 400 });
      const outcome = await correctFigure({ figureId: figure.id, actor: user, reason: parsed.reason, baseline: sent, correction: parsed.correction });
      return Response.json(outcome, { status: outcome.ok ? 200 : 409 });
    });
    const route: WriteRoute = { name: "POST (control)", handler: handler as Handler, url: `${ORIGIN}/api/control`, params: {} };
    await expectRouteRefuses(route);

    await refreshFigure();
    const form = correctionForm("route control");
    const before = await checksum(db);
    const response = await handler(
      new Request(route.url, { method: "POST", headers: { host: "localhost:3000", origin: ORIGIN, cookie: `aidflow_session=${validToken}` }, body: form }),
    );
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await checksum(db)).not.toBe(before);
  });
});

describe("server actions that write", () => {
  const protectedActions = () => actions.filter((action) => !PUBLIC_ACTIONS.has(action.name));

  it("refuse without a session (401), writing nothing", async () => {
    for (const { name, action } of protectedActions()) {
      for (const [label, cookie] of [
        ["no cookie", null],
        ["forged cookie", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXJhdG9yIn0.AAAA"],
        ["token signed with another secret", await createSessionToken({ ...config, sessionSecret: "another-secret-".repeat(3) })],
      ] as const) {
        setRequest({ origin: ORIGIN, cookie });
        const before = await checksum(db);
        expect(await statusOfAction(() => action(undefined, correctionForm())), `${name}: ${label}`).toBe(401);
        expect(await checksum(db), `${name}: ${label} wrote to the database`).toBe(before);
      }
    }
  });

  it("refuse a valid session from another origin, or from nowhere (403), writing nothing", async () => {
    for (const { name, action } of protectedActions()) {
      for (const [label, origin] of [
        ["another origin", EVIL],
        ["opaque origin", "null"],
        ["our host on another port", "http://localhost:3001"],
        ["no origin, no fetch metadata, no referer", null],
      ] as const) {
        setRequest({ origin, cookie: validToken });
        const before = await checksum(db);
        expect(await statusOfAction(() => action(undefined, correctionForm())), `${name}: ${label}`).toBe(403);
        expect(await checksum(db), `${name}: ${label} wrote to the database`).toBe(before);
      }
    }
  });

  it("control: the same correction with a session from our origin is written, audited and versioned", async () => {
    const { correctFigureAction } = await import("@/lib/actions/correct-figure");
    await refreshFigure();
    const versionBefore = (await db.prisma.dataset.findUniqueOrThrow({ where: { id: (await db.prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).datasetId } })).version;
    setRequest({ origin: ORIGIN, cookie: validToken });
    const before = await checksum(db);
    const status = await statusOfAction(() => correctFigureAction(undefined, correctionForm("control case")));
    expect(status).toBe(`redirect /curate/figures/${figure.id}?saved=${versionBefore + 1}`);
    expect(await checksum(db)).not.toBe(before);
    const stored = await db.prisma.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(stored.value).toBe(figure.value + 1);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "figure", entityId: figure.id }, orderBy: { id: "desc" } });
    expect(audit.actor).toBe("curator");
    expect(audit.reason).toBe("control case");
    expect(JSON.parse(audit.changes).value).toEqual([figure.value, figure.value + 1]);
  });
});

describe("login and logout", () => {
  async function login(user: string, password: string, { origin = ORIGIN as string | null, ip = "198.51.100.7" } = {}) {
    const { loginAction } = await import("@/lib/actions/auth");
    setRequest({ origin, ip });
    const form = new FormData();
    form.set("user", user);
    form.set("password", password);
    form.set("next", "/curate/figures");
    try {
      return { result: await loginAction({ status: 0, message: null, fieldErrors: {}, user: "" }, form), redirect: null };
    } catch (error) {
      if (error instanceof Redirected) return { result: null, redirect: error.url };
      throw error;
    }
  }

  it("refuses a wrong password or user name with 401 and one message that does not say which", async () => {
    const wrongPassword = await login("curator", "not the password");
    const wrongUser = await login("someone", PASSWORD);
    const both = await login("someone", "nope");
    expect(wrongPassword.result?.status).toBe(401);
    expect(wrongUser.result?.status).toBe(401);
    expect(both.result?.status).toBe(401);
    expect(new Set([wrongPassword.result?.message, wrongUser.result?.message, both.result?.message]).size).toBe(1);
    expect(wrongPassword.result?.message).not.toMatch(/password is wrong|unknown user|no such user/i);
    expect(requestState.setCookies).toEqual([]);
  });

  it("signs in with the right credential: a signed, httpOnly, SameSite cookie, then the page asked for", async () => {
    const { redirect } = await login("curator", PASSWORD);
    expect(redirect).toBe("/curate/figures");
    expect(requestState.setCookies).toHaveLength(1);
    const [cookie] = requestState.setCookies;
    expect(cookie!.name).toBe("aidflow_session");
    expect(cookie!.options).toMatchObject({ httpOnly: true, sameSite: "strict", path: "/" });
    expect(cookie!.options.maxAge).toBeGreaterThan(0);
    const { verifySessionToken } = await import("@/lib/security/session-token");
    expect(await verifySessionToken(cookie!.value, config)).toEqual({ user: "curator" });
  });

  it("limits failed logins per client IP: the sixth attempt in a minute gets 429, even with the right password", async () => {
    const statuses: (number | undefined)[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login("curator", `wrong ${i}`, { ip: "203.0.113.5" })).result?.status);
    const sixth = await login("curator", PASSWORD, { ip: "203.0.113.5" });
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(sixth.result?.status).toBe(429);
    expect(sixth.result?.message).toMatch(/try again in \d+ seconds/i);
    expect(requestState.setCookies).toEqual([]);
  });

  it("limits failed logins per user name across IPs", async () => {
    for (let i = 0; i < 5; i++) expect((await login("curator", "wrong", { ip: `203.0.113.${100 + i}` })).result?.status).toBe(401);
    expect((await login("curator", "wrong", { ip: "203.0.113.200" })).result?.status).toBe(429);
    // Another user name from a fresh IP is not held back by it.
    expect((await login("other", "wrong", { ip: "203.0.113.201" })).result?.status).toBe(401);
  });

  it("does not count successful logins", async () => {
    for (let i = 0; i < 8; i++) expect((await login("curator", PASSWORD, { ip: "203.0.113.50" })).redirect).toBe("/curate/figures");
  });

  it("refuses a login or logout posted from another site (403), setting no cookie", async () => {
    const crossSite = await login("curator", PASSWORD, { origin: EVIL });
    expect(crossSite.result?.status).toBe(403);
    expect(requestState.setCookies).toEqual([]);
    const { logoutAction } = await import("@/lib/actions/auth");
    setRequest({ origin: EVIL, cookie: validToken });
    expect(await statusOfAction(() => logoutAction())).toBe(403);
    expect(requestState.setCookies).toEqual([]);
  });

  it("logs out by expiring the cookie", async () => {
    const { logoutAction } = await import("@/lib/actions/auth");
    setRequest({ origin: ORIGIN, cookie: validToken });
    expect(await statusOfAction(() => logoutAction())).toBe(401); // redirected to /login
    expect(requestState.setCookies).toHaveLength(1);
    expect(requestState.setCookies[0]).toMatchObject({ name: "aidflow_session", value: "", options: { maxAge: 0, httpOnly: true } });
  });
});
