import { createHash } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Correction } from "@/lib/schemas/correction-form";
import { figureHistoryResponseSchema } from "@/lib/schemas/api/audit-response";
import { foldForSearch } from "@/lib/schemas/text";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { allRows, digestJson, type TempDb } from "@/tests/helpers/temp-db";

// Correcting a figure: the change, its audit entry and the new dataset version are written together
// or not at all; what follows from the values (search text, years) is recomputed; the history
// (API and component) shows old and new values, who, when and why.

let db: TempDb;
let correctFigure: typeof import("@/lib/data/figures/correct").correctFigure;
let correctionBaseline: typeof import("@/lib/schemas/correction-form").correctionBaseline;

beforeAll(async () => {
  db = await openSeededApiDb();
  ({ correctFigure } = await import("@/lib/data/figures/correct"));
  ({ correctionBaseline } = await import("@/lib/schemas/correction-form"));
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

async function checksum(): Promise<string> {
  const hash = createHash("sha256");
  for (const table of ["Figure", "Dataset", "AuditEntry", "ChangelogEntry"]) {
    hash.update(digestJson(await allRows(db.prisma, table)));
  }
  return hash.digest("hex");
}

async function load(id?: number) {
  const row = id
    ? await db.prisma.figure.findUniqueOrThrow({ where: { id } })
    : await db.prisma.figure.findFirstOrThrow({ where: { periodStatus: "stated", unit: "USD" }, orderBy: { id: "asc" } });
  const flags = row.flags === "" ? [] : row.flags.split(";");
  const correction: Correction = {
    value: row.value,
    printed: row.valuePrinted,
    qualifier: row.qualifier,
    period: { start: row.periodStart, end: row.periodEnd, status: row.periodStatus, text: row.periodText },
    notes: row.notes,
    flags,
  };
  return { row, correction, baseline: correctionBaseline({ ...row, flags }) };
}

const version = async (datasetId: number) => (await db.prisma.dataset.findUniqueOrThrow({ where: { id: datasetId } })).version;

describe("correctFigure", () => {
  it("writes the change, the audit entry and a new dataset version with a changelog entry", async () => {
    const { row, correction, baseline } = await load();
    const from = await version(row.datasetId);
    const outcome = await correctFigure(
      {
        figureId: row.id,
        actor: "curator",
        reason: "The source prints 1,816 million",
        baseline,
        correction: { ...correction, value: row.value * 2, printed: "twice as much", period: { ...correction.period, start: "1951", end: "1953" }, notes: "Corrected: Сталин 毛泽东" },
      },
      db.prisma,
    );
    expect(outcome).toEqual({ ok: true, changed: ["value", "valuePrinted", "periodStart", "periodEnd", "notes"], version: from + 1 });

    const stored = await db.prisma.figure.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.value).toBe(row.value * 2);
    expect(stored.yearStart).toBe(1951);
    expect(stored.yearEnd).toBe(1953);
    // The search text follows the new printed value and notes.
    expect(stored.searchText).toBe(foldForSearch([stored.label, stored.phrase, "twice as much", "Corrected: Сталин 毛泽东"].join(" ")));
    expect(stored.label).toBe(row.label);

    expect(await version(row.datasetId)).toBe(from + 1);
    const changelog = await db.prisma.changelogEntry.findUniqueOrThrow({ where: { datasetId_version: { datasetId: row.datasetId, version: from + 1 } } });
    expect(changelog.summary).toContain(row.key);
    expect(changelog.summary).toContain("The source prints 1,816 million");

    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "figure", entityId: row.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: "curator", action: "update", entityKey: row.key, datasetId: row.datasetId, reason: "The source prints 1,816 million" });
    const changes = JSON.parse(audit.changes);
    expect(changes.value).toEqual([row.value, row.value * 2]);
    expect(changes.valuePrinted).toEqual([row.valuePrinted, "twice as much"]);
    expect(changes.periodStart).toEqual([row.periodStart, "1951"]);
    expect(changes.notes).toEqual([row.notes, "Corrected: Сталин 毛泽东"]);
    expect(changes.searchText[1]).toBe(stored.searchText);
  });

  it("refuses, writing nothing, a period that ends before it starts (the dataset schema's rule)", async () => {
    const { row, correction, baseline } = await load();
    const before = await checksum();
    const outcome = await correctFigure({ figureId: row.id, actor: "curator", reason: "x", baseline, correction: { ...correction, period: { ...correction.period, start: "1960", end: "1950" } } }, db.prisma);
    expect(outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { periodEnd: expect.stringMatching(/ends before it starts/) } });
    expect(await checksum()).toBe(before);
  });

  it("refuses unknown qualifiers and flags, negative values and control characters", async () => {
    const { row, correction, baseline } = await load();
    const before = await checksum();
    for (const [bad, field] of [
      [{ qualifier: "roughly" }, "qualifier"],
      [{ flags: ["made_up_flag"] }, "flags"],
      [{ value: -1 }, "value"],
      [{ printed: "a\u202Eb" }, "printed"],
      [{ notes: "a\u0000b" }, "notes"],
      [{ period: { start: null, end: null, status: "stated", text: null } }, "periodStart"],
    ] as const) {
      const outcome = await correctFigure({ figureId: row.id, actor: "curator", reason: "x", baseline, correction: { ...correction, ...bad } as Correction }, db.prisma);
      expect(outcome.ok, JSON.stringify(bad)).toBe(false);
      if (!outcome.ok && outcome.kind === "invalid") expect(outcome.fieldErrors[field], JSON.stringify(outcome)).toBeDefined();
      else expect.fail(`expected invalid for ${JSON.stringify(bad)}, got ${JSON.stringify(outcome)}`);
    }
    expect(await checksum()).toBe(before);
  });

  it("refuses a form opened before someone else's change (stale baseline), writing nothing", async () => {
    const { row, correction } = await load();
    const stale = correctionBaseline({ ...row, value: row.value + 1, flags: row.flags === "" ? [] : row.flags.split(";") });
    const before = await checksum();
    expect(await correctFigure({ figureId: row.id, actor: "curator", reason: "x", baseline: stale, correction: { ...correction, value: 1 } }, db.prisma)).toEqual({ ok: false, kind: "stale" });
    expect(await checksum()).toBe(before);
  });

  it("does not bump the version for a correction that changes nothing", async () => {
    const { row, correction, baseline } = await load();
    const before = await checksum();
    expect(await correctFigure({ figureId: row.id, actor: "curator", reason: "x", baseline, correction: { ...correction, flags: [...correction.flags].reverse() } }, db.prisma)).toEqual({ ok: false, kind: "unchanged" });
    expect(await checksum()).toBe(before);
  });

  it("rolls everything back when a later step of the transaction fails", async () => {
    const { row, correction, baseline } = await load();
    // Occupy the next changelog version, so the version bump (the last step) fails on the unique key.
    const next = (await version(row.datasetId)) + 1;
    await db.prisma.changelogEntry.create({ data: { datasetId: row.datasetId, version: next, date: "2026-01-01", summary: "blocker" } });
    const before = await checksum();
    await expect(correctFigure({ figureId: row.id, actor: "curator", reason: "x", baseline, correction: { ...correction, value: row.value + 7 } }, db.prisma)).rejects.toThrow();
    expect(await checksum()).toBe(before);
    expect((await db.prisma.figure.findUniqueOrThrow({ where: { id: row.id } })).value).toBe(row.value);
    await db.prisma.changelogEntry.deleteMany({ where: { datasetId: row.datasetId, version: next, summary: "blocker" } });
  });
});

describe("a figure's history", () => {
  it("is served by GET /api/v1/figures/{id}/history, newest first, with old and new values", async () => {
    const { row, correction, baseline } = await load();
    await correctFigure({ figureId: row.id, actor: "second-curator", reason: "second pass", baseline, correction: { ...correction, qualifier: "about" } }, db.prisma);
    const { GET } = await import("@/app/api/v1/figures/[id]/history/route");
    const { status, body } = await callRoute(GET, `/api/v1/figures/${row.id}/history`, { params: { id: String(row.id) } });
    expect(status).toBe(200);
    const { data } = figureHistoryResponseSchema.parse(body);
    const audits = await db.prisma.auditEntry.findMany({ where: { entity: "figure", entityId: row.id } });
    expect(data).toHaveLength(audits.length);
    expect(data[0]).toMatchObject({ actor: "second-curator", action: "update", reason: "second pass" });
    expect(data[0]!.changes).toContainEqual({ field: "qualifier", old: row.qualifier, new: "about" });
    expect(new Date(data[0]!.at).getTime()).toBeGreaterThanOrEqual(new Date(data.at(-1)!.at).getTime());
  });

  it("is an empty list for a figure never changed, and 404 for an id that never existed", async () => {
    const untouched = await db.prisma.figure.findFirstOrThrow({ where: { id: { notIn: (await db.prisma.auditEntry.findMany({ select: { entityId: true } })).map((a) => a.entityId) } } });
    const { GET } = await import("@/app/api/v1/figures/[id]/history/route");
    expect((await callRoute(GET, `/api/v1/figures/${untouched.id}/history`, { params: { id: String(untouched.id) } })).body).toEqual({ data: [] });
    expect((await callRoute(GET, "/api/v1/figures/99999999/history", { params: { id: "99999999" } })).status).toBe(404);
  });

  it("renders as text, whatever the values contain (FigureHistory)", async () => {
    const { row } = await load();
    await db.prisma.auditEntry.create({
      data: {
        at: new Date("2026-02-03T04:05:00Z"),
        actor: "<img src=x onerror=alert(1)>",
        action: "update",
        entity: "figure",
        entityId: row.id,
        entityKey: row.key,
        datasetId: row.datasetId,
        changes: JSON.stringify({ notes: ["<script>alert(2)</script>", "safe\u202Etxt.exe"], value: [1816000000, 1817000000] }),
        reason: "bidi \u2066test\u2069",
      },
    });
    const { FigureHistory } = await import("@/components/curation/figure-history");
    const html = renderToStaticMarkup(await FigureHistory({ figureId: row.id }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("safe⟨U+202E⟩txt.exe");
    expect(html).toContain("bidi ⟨U+2066⟩test⟨U+2069⟩");
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain("2026-02-03 04:05 UTC");
    expect(html).toContain("1,816,000,000");
    expect(html).toContain("1,817,000,000");
  });
});
