import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/format";
import { figuresView } from "@/lib/views/figures";
import { buildFilterOptions, describeActiveFilters, directionPresets, directionText } from "@/lib/views/figures/filter-options";
import { buildEventFilterOptions, describeEventFilters } from "@/lib/views/events/filter-options";
import { eventsView } from "@/lib/views/events";
import { lenientParse, noticeText, type UrlNotice } from "@/lib/views/lenient-parse";
import { z } from "zod";
import { listWordsIn, translator } from "../helpers/translator";

// The explore and events pages' words in Georgian: chips, direction choices and URL notices, with
// Georgian number grouping where they count.

const KA = listWordsIn("ka");
const ka = createFormat("ka");

const options = buildFilterOptions(
  {
    categories: [
      { code: "credits_loans", label: "Credits and loans" },
      { code: "declared_only", label: "A category the dataset declares" },
    ],
    units: [{ code: "RUB", label: "Rubles" }],
    qualifiers: [{ code: "more_than" }],
    flags: [],
    from: [
      { code: "USSR", name: "Soviet Union" },
      { code: "none", name: "No actor" },
    ],
    to: [{ code: "PRC", name: "People's Republic of China" }],
  },
  [],
  [{ slug: "s", title: "Set", meta: { sides: { a: "USSR", b: "PRC" } } }],
  KA,
);

describe("explore filters in Georgian", () => {
  it("names the directions and an actor-less option in Georgian", () => {
    expect(directionPresets([{ a: "USSR", b: "PRC" }], KA.t).map((preset) => preset.label)).toEqual(["ყველა მიმართულება", "USSR → PRC", "PRC → USSR"]);
    expect(options.from.find((option) => option.value === "none")?.label).toBe("მხარე დასახელებული არ არის");
    expect(options.qualifiers[0]?.label).toBe(translator("ka", "vocab")("qualifiers.more_than"));
    // A core category in Georgian, though the facets name it in English; a declared one as declared.
    expect(options.categories.map((option) => option.label)).toEqual([translator("ka", "vocab")("categories.credits_loans"), "A category the dataset declares"]);
    expect(options.categories[0]?.label).toMatch(/^[\u10D0-\u10FF ]+$/);
    expect(options.qualifiers[0]?.label).toMatch(/^[\u10D0-\u10FF ]+$/);
    expect(directionText({ from: ["USSR", "PRC"] }, KA.t)).toBe("USSR ან PRC → ნებისმიერი");
  });

  it("writes every active filter as a Georgian chip, with the unit's Georgian name", () => {
    const { view } = figuresView.parse({ from: "USSR,PRC", unit: "RUB", year_from: "1950", year_to: "1962", q: "loan", derived: "false", parent: "none" });
    expect(describeActiveFilters(view, options, KA.t)).toEqual([
      { key: "from", label: "ვისგან: Soviet Union (USSR) ან PRC" },
      { key: "unit", label: "ერთეული: მანეთი" },
      { key: "year_from", label: "1950 წლიდან" },
      { key: "year_to", label: "1962 წლამდე" },
      { key: "q", label: "ძიება: „loan“" },
      { key: "parent", label: "მხოლოდ ზედა დონის მაჩვენებლები" },
      { key: "derived", label: "მხოლოდ დაბეჭდილი მაჩვენებლები" },
    ]);
  });

  it("names an actor as the dataset declares it in Georgian, keeping its code", () => {
    const named = listWordsIn("ka", { USSR: { ka: { name: "საბჭოთა კავშირი", translated: true } } });
    const withNames = buildFilterOptions({ categories: [], units: [], qualifiers: [], flags: [], from: [{ code: "USSR", name: "Soviet Union" }], to: [] }, [], [], named);
    expect(withNames.from).toEqual([{ value: "USSR", label: "საბჭოთა კავშირი (USSR)" }]);
    expect(listWordsIn("en", { USSR: { ka: { name: "საბჭოთა კავშირი", translated: true } } }).actorName({ code: "USSR", name: "Soviet Union" })).toBe("Soviet Union");
  });

  it("writes the events page's chips in Georgian", () => {
    const eventOptions = buildEventFilterOptions({ types: [], actors: [{ code: "USSR", name: "Soviet Union" }] }, [{ key: "split", label: "1960–1969" }], KA);
    const { view } = eventsView.parse({ phase: "split", actor: "USSR,none" });
    expect(describeEventFilters(view, eventOptions, KA.t)).toEqual([
      { key: "phase", label: "ეტაპი: 1960–1969" },
      { key: "actor", label: "მხარე: Soviet Union (USSR) ან მხარე დასახელებული არ არის" },
    ]);
  });
});

describe("URL notices in Georgian", () => {
  const t = translator("ka", "explore");

  it("says in Georgian which parameters were ignored, keeping the English message for the API", () => {
    const { notices } = lenientParse({ unit: z.enum(["money", "people"]).default("money") }, { unit: "tons", colour: "red" });
    expect(notices.map((notice) => noticeText(notice, t, ka))).toEqual([
      "unit უგულებელყოფილია: მნიშვნელობა „tons“ აქ ვერ გამოდგება",
      "უცნობი პარამეტრი „colour“ უგულებელყოფილია",
    ]);
    expect(notices[1]!.message).toBe('ignored the unknown parameter "colour"');
    expect(noticeText(notices[1]!, translator("en", "explore"), createFormat("en"))).toBe('ignored the unknown parameter "colour"');
  });

  it("groups the numbers of a notice the Georgian way, and leaves years ungrouped", () => {
    const deep: UrlNotice = { param: "page", message: "", text: { key: "pageTooDeep", values: { page: 5000, depth: 100000, total: 1234567, nearest: 12 } } };
    const text = noticeText(deep, t, ka);
    expect(text).toMatch(/^გვერდი 5\s000 ამ 1\s234\s567 მაჩვენებლის ორივე ბოლოდან 100\s000 სტრიქონზე/);
    expect(text).toContain("ნაჩვენებია გვერდი 12.");
    const { notices } = figuresView.parse({ year_from: "1962", year_to: "1950" });
    expect(noticeText(notices[0]!, t, ka)).toBe("year_to უგულებელყოფილია: ის year_from-ზე (1962) ადრე ვერ იქნება");
  });

  it("shows a notice without a translatable form as its English message", () => {
    expect(noticeText({ param: "x", message: "ignored x" }, t, ka)).toBe("ignored x");
  });
});

describe("row counts in Georgian", () => {
  const glossary = translator("ka", "glossary");
  const noun = { one: glossary("terms.figure"), other: glossary("terms.figures") };

  it("counts the rows with Georgian grouping and the noun in the singular after a number", () => {
    expect(ka.formatRowRange({ offset: 0, shown: 100, total: 1234 }, noun)).toMatch(/^ნაჩვენებია 1–100, სულ 1\s234 მაჩვენებელი$/);
    expect(ka.formatRowRange({ offset: 0, shown: 0, total: 0 }, noun)).toBe("მაჩვენებლები არ არის");
  });
});

describe("unit names in the table and filters", () => {
  it("names a unit in Georgian where the language has a name for it, else as the data labels it", async () => {
    const { localUnitLabel } = await import("@/lib/views/list/unit-label");
    expect(localUnitLabel("years", "Years", "ka")).toBe("წელი");
    expect(localUnitLabel("years", "Years", "en")).toBe("Years");
    expect(localUnitLabel("widgets", "Widgets", "ka")).toBe("Widgets");
  });
});

describe("chromeless pages in every language", () => {
  it("knows an embed or a presentation with or without the language prefix", async () => {
    const { isChromeless } = await import("@/lib/views/chrome");
    expect(isChromeless("/ka/embed/s/ledger")).toBe(true);
    expect(isChromeless("/ka/datasets/s/present")).toBe(true);
    expect(isChromeless("/datasets/s/present")).toBe(true);
    expect(isChromeless("/ka/datasets/s")).toBe(false);
    expect(isChromeless("/ka")).toBe(false);
  });
});

describe("actor names in the tables' tooltips", () => {
  const names = { USSR: { ka: { name: "საბჭოთა კავშირი", short: "სსრკ", translated: true } } };
  const ussr = { code: "USSR", name: "Soviet Union" };
  const usa = { code: "USA", name: "United States" };
  const made = { code: "MADE_UP", name: "Made-up actor" };

  it("gives the rows the dataset's Georgian names, else the country library's, else the stored name", async () => {
    const { eventsWithActorNames, withActorNames } = await import("@/lib/views/list/actor-names");
    const words = listWordsIn("ka", names);
    const rows = [{ key: "a", from: ussr, to: usa }, { key: "b", from: made, to: null }];
    const named = withActorNames(rows, words.actorName);
    expect(named.map((row) => [row.from?.name, row.to?.name ?? null])).toEqual([
      ["საბჭოთა კავშირი", "ამერიკის შეერთებული შტატები"],
      ["Made-up actor", null],
    ]);
    expect(named[1]!.to).toBeNull();
    expect(named.map((row) => [row.key, row.from?.code])).toEqual([["a", "USSR"], ["b", "MADE_UP"]]);
    // The page's own rows are left as they were.
    expect(rows[0]!.from.name).toBe("Soviet Union");
    const events = eventsWithActorNames([{ key: "e", actors: [ussr, usa] }], words.actorName);
    expect(events[0]!.actors.map((actor) => actor.name)).toEqual(["საბჭოთა კავშირი", "ამერიკის შეერთებული შტატები"]);
    // English keeps the stored names.
    expect(withActorNames(rows, listWordsIn("en", names).actorName)[0]!.from?.name).toBe("Soviet Union");
  });
});
