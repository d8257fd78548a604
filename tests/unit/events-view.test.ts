import { describe, expect, it } from "vitest";
import { eventsQuerySchema } from "@/lib/schemas/api/events-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";
import { groupByPhase, NO_PHASE_ID } from "@/lib/views/events/group-by-phase";
import { eventsView, PAGE_EVENTS_LIMIT } from "@/lib/views/events";

const { href: eventsViewHref, toApiParams: eventsViewToApiParams, parse: parseEventsView, withChanges: withEventViewChanges } = eventsView;

describe("parseEventsView", () => {
  it("shows every event on one page unless the URL sets a limit", () => {
    expect(parseEventsView({}).view.limit).toBe(PAGE_EVENTS_LIMIT);
    expect(parseEventsView({ limit: "20" }).view.limit).toBe(20);
    const bad = parseEventsView({ limit: "lots" });
    expect(bad.view.limit).toBe(PAGE_EVENTS_LIMIT);
    expect(bad.notices.map((notice) => notice.param)).toEqual(["limit"]);
  });

  it("maps to the API query for the same events, writing out the page's larger limit", () => {
    const { view } = parseEventsView({ phase: "friendship", type: "visit,signing", sort: "-date" });
    const params = eventsViewToApiParams(view);
    expect(Object.fromEntries(params)).toEqual({ phase: "friendship", type: "visit,signing", sort: "-date", limit: String(PAGE_EVENTS_LIMIT) });
    expect(parseQuery(eventsQuerySchema, params)).toMatchObject({ phase: "friendship", type: ["visit", "signing"], sort: "-date" });
    expect(eventsViewHref(view)).toBe("/events?phase=friendship&type=visit%2Csigning&sort=-date");
  });

  it("returns to page 1 on any change but the page", () => {
    const { view } = parseEventsView({ page: "3", limit: "10" });
    expect(withEventViewChanges(view, { sort: "label" }).page).toBeUndefined();
    expect(withEventViewChanges(view, { page: 2 }).page).toBe(2);
  });
});

describe("groupByPhase", () => {
  const phases = [
    { key: "a", label: "Phase A" },
    { key: "b", label: "Phase B" },
  ];
  const noPhaseLabel = "No phase assigned";
  const row = (id: number, phase: string | null) => ({ id, phase: phase ? { key: phase, label: `Phase ${phase.toUpperCase()}` } : null });

  it("keeps the server's order within each phase and the phases in their order", () => {
    const groups = groupByPhase([row(3, "b"), row(1, "a"), row(2, "b"), row(4, null), row(5, "a")], phases, { noPhaseLabel });
    expect(groups.map((group) => [group.id, group.rowIds])).toEqual([
      ["a", ["1", "5"]],
      ["b", ["3", "2"]],
      [NO_PHASE_ID, ["4"]],
    ]);
  });

  it("reverses the phases when the rows run newest first, and skips empty phases", () => {
    const groups = groupByPhase([row(2, "b"), row(1, "b")], phases, { newestFirst: true, noPhaseLabel });
    expect(groups.map((group) => group.id)).toEqual(["b"]);
    expect(groupByPhase([row(1, "a"), row(2, "b")], phases, { newestFirst: true, noPhaseLabel }).map((group) => group.id)).toEqual(["b", "a"]);
  });

  it("gives a phase it was not told about its own group rather than losing the rows", () => {
    const groups = groupByPhase([row(1, "z")], phases, { noPhaseLabel });
    expect(groups).toEqual([{ id: "z", label: "Phase Z", rowIds: ["1"] }]);
  });
});

describe("timelineYears", () => {
  it("covers every event, starting on a multiple of five, and at least 1945–1980", async () => {
    const { timelineYears } = await import("@/lib/views/events/timeline-range");
    expect(timelineYears([])).toEqual({ from: 1945, to: 1980 });
    expect(timelineYears([{ yearStart: 1911, yearEnd: 1911 }, { yearStart: 1950, yearEnd: 1984 }])).toEqual({ from: 1910, to: 1984 });
    expect(timelineYears([{ yearStart: 1955, yearEnd: 1960 }])).toEqual({ from: 1945, to: 1980 });
  });
});
