import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatNumber, formatValue } from "@/lib/format";
import { foldForSearch } from "@/lib/schemas/text";
import { withE2eDb } from "@/tests/helpers/e2e-db";
import type { Dataset, Figure } from "@/generated/prisma/client";

// Curator access end to end, against `next start`: security headers and the CSP nonce, login (wrong
// and right password), a correction that shows on the figure page, in the history and in the
// dataset version, logout, an XSS payload that stays text, and malformed URLs over real HTTP.
//
// The tests change one figure (a correction, and a label written straight into the database for
// the XSS check). afterAll puts the database back as it was, so later spec files see the dataset
// exactly as seeded.

const USER = "e2e-curator"; // playwright.config.ts webServer.env
const PASSWORD = "e2e curator password, not for production";
const XSS_LABEL = `Loan <script>window.__xss = "label-script"</script><img src=x onerror="window.__xss='label-img';alert('label')">`;
const XSS_NOTES = `<img src=x onerror="window.__xss='notes';alert('notes')"> and <svg onload="alert('svg')"></svg>`;

interface ApiFigure {
  id: number;
  key: string;
  dataset: string;
  label: string;
  value: number;
  valuePrinted: string;
  unit: string;
  qualifier: string;
  period: { start: string | null; end: string | null; status: string };
}

// ---- restoring the database afterwards -------------------------------------------------------
let saved: { figure: Figure; dataset: Dataset; maxAudit: number; maxChangelog: number } | null = null;
let target: ApiFigure;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/v1/figures?unit=USD&derived=false&limit=1");
  target = ((await response.json()) as { data: ApiFigure[] }).data[0]!;
  saved = await withE2eDb(async (prisma) => {
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: target.id } });
    const dataset = await prisma.dataset.findUniqueOrThrow({ where: { id: figure.datasetId } });
    const maxAudit = (await prisma.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const maxChangelog = (await prisma.changelogEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;
    return { figure, dataset, maxAudit, maxChangelog };
  });
});

test.afterAll(async () => {
  if (!saved) return;
  const { figure, dataset, maxAudit, maxChangelog } = saved;
  await withE2eDb((prisma) =>
    prisma.$transaction(async (tx) => {
      const { id, ...columns } = figure;
      await tx.figure.update({ where: { id }, data: columns });
      await tx.dataset.update({ where: { id: dataset.id }, data: { version: dataset.version, lastUpdated: dataset.lastUpdated } });
      // Test clean-up only: the audit and changelog rows this spec made.
      await tx.auditEntry.deleteMany({ where: { id: { gt: maxAudit } } });
      await tx.changelogEntry.deleteMany({ where: { id: { gt: maxChangelog } } });
    }),
  );
});

// ---- helpers -------------------------------------------------------------------------------
/** Fails the test if any dialog opens or the page reports a CSP violation. */
function guard(page: Page): { violations: string[] } {
  const state = { violations: [] as string[] };
  page.on("dialog", async (dialog) => {
    const message = dialog.message();
    await dialog.dismiss();
    throw new Error(`a dialog opened: ${message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) state.violations.push(message.text());
  });
  return state;
}

async function logIn(page: Page, password = PASSWORD, next = "/curate") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("User name").fill(USER);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function datasetVersion(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/v1/datasets/${slug}`);
  return ((await response.json()) as { data: { version: number } }).data.version;
}

// ---- headers -------------------------------------------------------------------------------
test("pages send a nonce CSP, nosniff, a referrer policy and refuse framing; Next's scripts carry the nonce", async ({ page, request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"]!)![1]).not.toBe(nonce);
  // Every script in the HTML has this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);

  // In the browser: the page hydrates and the theme script runs, with no CSP violation.
  const state = guard(page);
  await page.goto("/figures");
  await expect(page.getByTestId("figures-table")).toBeVisible();
  await page.goto("/");
  expect(state.violations).toEqual([]);
});

test("the API sends nosniff and a CSP that runs nothing; only /embed may be framed", async ({ request }) => {
  const api = await request.get("/api/v1/datasets");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  const embed = await request.get("/embed/anything");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const curate = await request.get("/login");
  expect(curate.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

// ---- login ---------------------------------------------------------------------------------
test("curation pages send visitors to the login; a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await page.goto("/curate/figures");
  await expect(page).toHaveURL(/\/login\?next=%2Fcurate%2Ffigures$/);
  await logIn(page, "not the password", "/curate/figures");
  await expect(page.locator("#login-message")).toHaveText("The user name or the password is not right.");
  await expect(page.locator("#login-message")).toHaveAttribute("role", "alert");
  await expect(page).toHaveURL(/\/login/);
  expect((await page.context().cookies()).find((cookie) => cookie.name === "aidflow_session")).toBeUndefined();
});

test("the right password opens /curate with an httpOnly, SameSite=Strict session cookie", async ({ page }) => {
  await logIn(page);
  await expect(page).toHaveURL(/\/curate$/);
  const cookie = (await page.context().cookies()).find((entry) => entry.name === "aidflow_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
  // (/curate itself is the import helper's page; the curation bar shows on every curation page.)
  await page.goto("/curate/figures");
  await expect(page.getByText(`Signed in as ${USER}`)).toBeVisible();
});

// ---- correcting a figure -------------------------------------------------------------------
test("a correction shows on the figure page, in the history and as a new dataset version", async ({ page, request }) => {
  const state = guard(page);
  const versionBefore = await datasetVersion(request, target.dataset);
  await logIn(page, PASSWORD, `/curate/figures/${target.id}`);
  await expect(page).toHaveURL(new RegExp(`/curate/figures/${target.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Correct a figure" })).toBeVisible();

  // Refused first: a number with a grouping comma, and no reason. Errors sit next to the fields.
  const value = page.getByLabel("Value", { exact: true });
  await value.fill("1,816");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.locator("#correction-summary")).toBeFocused();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#correction-value-error")).toContainText("written out in digits");
  await expect(page.locator("#correction-reason-error")).toBeVisible();
  expect(await datasetVersion(request, target.dataset)).toBe(versionBefore);

  // Then a real correction, by keyboard where it matters.
  const newValue = target.value + 1_000_000;
  await value.fill(String(newValue));
  await page.getByLabel("Printed value").fill(`${target.valuePrinted} (corrected)`);
  await page.getByLabel("Notes").fill(XSS_NOTES);
  await page.getByLabel("Reason for the correction (required)").fill("e2e: the source's figure was misread");
  await page.getByLabel("Reason for the correction (required)").press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/curate/figures/${target.id}\\?saved=${versionBefore + 1}$`));
  await expect(page.getByRole("status")).toContainText(`version ${versionBefore + 1}`);

  // History on the curation page: old and new, who, why.
  const history = page.getByRole("region", { name: "History" });
  const valueRow = history.getByRole("row", { name: /^Value / });
  await expect(valueRow.getByRole("cell").nth(0)).toHaveText(formatNumber(target.value));
  await expect(valueRow.getByRole("cell").nth(1)).toHaveText(formatNumber(newValue));
  await expect(history).toContainText(USER);
  await expect(history).toContainText("e2e: the source's figure was misread");

  // The public figure page and the API show the new value; the dataset has a new version.
  await page.goto(`/figures/${target.id}`);
  await expect(page.locator(".lede")).toContainText(formatValue({ ...target, value: newValue }));
  const apiFigure = (await (await request.get(`/api/v1/figures/${target.id}`)).json()) as { data: ApiFigure };
  expect(apiFigure.data.value).toBe(newValue);
  const apiHistory = (await (await request.get(`/api/v1/figures/${target.id}/history`)).json()) as { data: { actor: string; changes: { field: string; old: unknown; new: unknown }[] }[] };
  expect(apiHistory.data[0]!.actor).toBe(USER);
  expect(apiHistory.data[0]!.changes).toContainEqual({ field: "value", old: target.value, new: newValue });
  const dataset = (await (await request.get(`/api/v1/datasets/${target.dataset}`)).json()) as { data: { version: number; changelog: { version: number; summary: string }[] } };
  expect(dataset.data.version).toBe(versionBefore + 1);
  expect(dataset.data.changelog[0]).toMatchObject({ version: versionBefore + 1 });
  expect(dataset.data.changelog[0]!.summary).toContain(target.key);
  expect(state.violations).toEqual([]);
});

// ---- XSS ------------------------------------------------------------------------------------
test("an XSS payload in a label and in notes stays inert text on every page", async ({ page }) => {
  // The label goes straight into the database (the correction form does not edit labels), with
  // its search text, as an import of a hostile file that passed validation would leave it.
  await withE2eDb(async (prisma) => {
    const row = await prisma.figure.findUniqueOrThrow({ where: { id: target.id }, select: { phrase: true, valuePrinted: true, notes: true } });
    await prisma.figure.update({
      where: { id: target.id },
      data: { label: XSS_LABEL, searchText: foldForSearch([XSS_LABEL, row.phrase, row.valuePrinted, row.notes ?? ""].join(" ")) },
    });
  });

  const state = guard(page);
  await page.addInitScript(() => {
    (window as unknown as { __xss?: string }).__xss = undefined;
  });
  const inert = async (where: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), where).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count(), where).toBe(0);
  };

  await page.goto(`/figures/${target.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(XSS_LABEL);
  await expect(page.getByTestId("figure-notes")).toHaveText(XSS_NOTES);
  await inert("figure page");

  await page.goto(`/figures?q=${encodeURIComponent("<script>window.__xss")}`);
  await expect(page.locator(`tbody tr[data-row-id="${target.id}"]`)).toContainText(XSS_LABEL);
  await inert("explore table");

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await inert("API docs");

  await logIn(page, PASSWORD, `/curate/figures/${target.id}`);
  await expect(page.getByRole("heading", { level: 2, name: XSS_LABEL })).toBeVisible();
  await inert("correction page");
  await expect(page.getByRole("region", { name: "History" })).toContainText(XSS_NOTES);

  expect(state.violations).toEqual([]);
});

// ---- logout --------------------------------------------------------------------------------
test("logging out clears the session; curation asks for the login again", async ({ page }) => {
  await logIn(page, PASSWORD, "/curate/figures");
  await expect(page).toHaveURL(/\/curate\/figures$/);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login\?logged_out=1$/);
  await expect(page.getByRole("status")).toHaveText("You have logged out.");
  expect((await page.context().cookies()).find((cookie) => cookie.name === "aidflow_session")).toBeUndefined();
  await page.goto("/curate/figures");
  await expect(page).toHaveURL(/\/login\?next=/);
});

// ---- malformed URLs over real HTTP ---------------------------------------------------------
test("broken percent-escapes and other malformed URLs get a 4xx JSON error (or a valid search), never a 500", async ({ request }) => {
  const cases: { path: string; expect: "error" | "search" }[] = [
    { path: "/api/v1/figures?q=%E0%A4%A", expect: "error" },
    { path: "/api/v1/figures?q=%", expect: "error" },
    { path: "/api/v1/figures?q=%zz", expect: "error" },
    { path: "/api/v1/events?q=%C3%28", expect: "error" },
    { path: "/api/v1/figures?q=caf%C3%A9+%25", expect: "search" },
    { path: "/api/v1/figures?q=%00", expect: "error" },
    { path: "/api/v1/figures?limit=%zz", expect: "error" },
    { path: "/api/v1/figures?limit=%", expect: "error" },
    { path: "/api/v1/figures?%zz=1", expect: "error" },
    { path: "/api/v1/figures?%=1", expect: "error" },
    { path: "/api/v1/events?page=%E0%A4%A", expect: "error" },
    { path: "/api/v1/figures/%E0%A4%A", expect: "error" },
    { path: "/api/v1/figures/%", expect: "error" },
    { path: "/api/v1/figures/%zz", expect: "error" },
    { path: "/api/v1/figures/%00", expect: "error" },
    { path: "/api/v1/figures/1%2F..%2F2", expect: "error" },
    { path: "/api/v1/figures/%E0%A4%A/history", expect: "error" },
    { path: "/api/v1/datasets/%C0%AF", expect: "error" },
    { path: "/api/v1/datasets/%", expect: "error" },
    { path: `/api/v1/figures?q=${"%41".repeat(300)}`, expect: "error" },
    { path: "/api/v1/figures?sort=id%27%20OR%201=1", expect: "error" },
  ];
  for (const c of cases) {
    const response = await request.get(c.path);
    const status = response.status();
    expect(status, c.path).toBeLessThan(500);
    expect(response.headers()["content-type"], c.path).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { error?: { code: string; message: string; param: string | null }; data?: unknown[] };
    if (c.expect === "search") {
      expect(status, c.path).toBe(200);
      expect(Array.isArray(body.data), c.path).toBe(true);
    } else {
      expect(status, `${c.path}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(body.error, c.path).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  }
  // Pages too: a broken escape in a dynamic segment is the client's mistake (400), not ours (500).
  for (const path of ["/figures/%E0%A4%A", "/figures/%", "/events/%zz", "/curate/figures/%C0%AF"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});

// ---- cross-site writes -----------------------------------------------------------------------
const EVIL = "https://evil.example";

/**
 * The fields a form posts without JavaScript (its hidden server-action fields included, which React
 * renders only on the server), and the action's id: read from the page with JavaScript off.
 */
async function formFields(page: Page, path: string, form: string): Promise<{ fields: Record<string, string>; actionId: string }> {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await context.newPage();
    await plain.goto(path);
    const fields = await plain.locator(form).evaluate((element) =>
      Object.fromEntries([...new FormData(element as HTMLFormElement)].map(([name, value]) => [name, String(value)])),
    );
    const reference = Object.entries(fields).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
    const direct = Object.keys(fields).find((name) => name.startsWith("$ACTION_ID_"))?.slice("$ACTION_ID_".length);
    const actionId = direct ?? (JSON.parse(reference ?? "{}") as { id?: string }).id;
    expect(actionId, `the server action id in ${JSON.stringify(Object.keys(fields))}`).toMatch(/^[0-9a-f]{20,}$/);
    return { fields, actionId: actionId! };
  } finally {
    await context.close();
  }
}

/** Posts as another site would: a plain form post, and a server-action call with Next-Action. */
async function postCrossSite(request: APIRequestContext, path: string, fields: Record<string, string>, actionId: string) {
  const form = await request.post(path, { multipart: fields, headers: { Origin: EVIL }, maxRedirects: 0 });
  const action = await request.post(path, {
    data: JSON.stringify([{ status: 0, message: null, fieldErrors: {}, user: "" }, "$K1"]),
    headers: { Origin: EVIL, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8" },
    maxRedirects: 0,
  });
  return [form, action];
}

test("a login or a correction posted from another site gets 403, never a 500, and changes nothing", async ({ page, request }) => {
  const login = await formFields(page, "/login", "form:has(input[name=password])");
  for (const response of await postCrossSite(request, "/login", { ...login.fields, user: USER, password: PASSWORD }, login.actionId)) {
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("another site");
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }

  const versionBefore = await datasetVersion(request, target.dataset);
  await logIn(page, PASSWORD, `/curate/figures/${target.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Correct a figure" })).toBeVisible();
  const correction = await formFields(page, `/curate/figures/${target.id}`, "form:has(input[name=figureId])");
  const fields = { ...correction.fields, value: String(target.value + 7), reason: "e2e: cross-site attempt" };
  // page.request carries the curator's session cookie, as a forged cross-site post would.
  for (const response of await postCrossSite(page.request, `/curate/figures/${target.id}`, fields, correction.actionId)) {
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("another site");
  }
  expect(await datasetVersion(request, target.dataset)).toBe(versionBefore);
});

// ---- the API's HTTP surface ------------------------------------------------------------------
test("the read API allows any origin, answers preflights, and never opens imports or the login to other sites", async ({ request }) => {
  const read = await request.get("/api/v1/figures?limit=1", { headers: { Origin: "https://notebook.example" } });
  expect(read.status()).toBe(200);
  expect(read.headers()["access-control-allow-origin"]).toBe("*");
  expect(read.headers()["access-control-expose-headers"]).toContain("ETag");
  const preflight = await request.fetch("/api/v1/events", {
    method: "OPTIONS",
    headers: { Origin: "https://notebook.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);

  const importPreflight = await request.fetch("/api/v1/imports", {
    method: "OPTIONS",
    headers: { Origin: "https://notebook.example", "Access-Control-Request-Method": "POST" },
  });
  expect(importPreflight.headers()["access-control-allow-origin"]).toBeUndefined();
  const upload = await request.post("/api/v1/imports", { data: "key\n", headers: { Origin: "https://notebook.example", "Content-Type": "text/csv" } });
  expect(upload.status()).toBe(401);
  expect(upload.headers()["access-control-allow-origin"]).toBeUndefined();
  expect((await request.get("/login")).headers()["access-control-allow-origin"]).toBeUndefined();
});

test("rate-limit headers on API answers, Allow on 405, a 400 naming q for q=%ZZ, and a readiness probe", async ({ request }) => {
  const answer = await request.get("/api/v1/datasets");
  expect(Number(answer.headers()["ratelimit-limit"])).toBeGreaterThan(0);
  expect(Number(answer.headers()["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);
  expect(Number(answer.headers()["ratelimit-reset"])).toBeGreaterThanOrEqual(0);

  const wrongMethod = await request.delete("/api/v1/figures");
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(await wrongMethod.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  const getImports = await request.get("/api/v1/imports");
  expect(getImports.status()).toBe(405);
  expect(getImports.headers()["allow"]).toBe("POST, OPTIONS");

  const mangled = await request.get("/api/v1/figures?q=%ZZ");
  expect(mangled.status()).toBe(400);
  expect(await mangled.json()).toMatchObject({ error: { code: "invalid_parameter", param: "q" } });

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ready", migrations: expect.any(Number) });
  expect(health.headers()["cache-control"]).toBe("no-store");
});
