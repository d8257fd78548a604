import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConversionRatesFile, loadDatasetFile } from "@/lib/import/dataset/load";
import { normaliseForQuoting, occursVerbatim } from "@/lib/import/dataset/paper-text";
import { CONVERSION_RATES_FILE, DATASET_FILES, SOURCE_PAPER_FILE } from "@/lib/import/dataset/paths";
import type { FigureEntry } from "@/lib/schemas/dataset-file";
import { partialDateBounds, yearOf } from "@/lib/schemas/partial-date";

// Tests of the reviewed data files themselves (prisma/data/*.yaml): they load, they quote the
// paper verbatim, their numbers agree with what is printed, and their parts fit their totals.

const DATASET_FILE = DATASET_FILES.find((file) => path.basename(file) === "sino-soviet-1950-1980.yaml");
if (!DATASET_FILE) throw new Error("sino-soviet-1950-1980.yaml is not listed in DATASET_FILES");

const data = loadDatasetFile(DATASET_FILE);
const paperExists = existsSync(SOURCE_PAPER_FILE);
if (!paperExists) {
  console.warn(
    `[dataset-file.test] source paper not found at ${SOURCE_PAPER_FILE}: skipping the checks that quote it (phrases and sections verbatim).`,
  );
}
const paper = paperExists ? readFileSync(SOURCE_PAPER_FILE, "utf8") : "";

// --- Reading printed numbers -------------------------------------------------------------------

const NUMBER_WORDS = new Map<string, number>([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["twice", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["twenty", 20],
  ["thirty", 30],
]);
const SCALE_WORDS = new Map<string, number>([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);
// Unit words a printed duration may keep ("twelve days", "30-year"); anything else is not a number.
const UNIT_WORDS = new Set(["year", "years", "month", "months", "day", "days"]);

/** The number a printed figure states ("$300 million" -> 3e8, "twelve days" -> 12), or null if it states none ("half"). */
function parsePrinted(printed: string): number | null {
  const tokens = printed
    .toLowerCase()
    .replace(/\$/g, "")
    .split(/[\s-]+/)
    .filter(Boolean);
  let base: number | null = null;
  let scale = 1;
  for (const token of tokens) {
    const digits = token.replace(/,/g, "");
    const word = NUMBER_WORDS.get(token);
    const scaleWord = SCALE_WORDS.get(token);
    if (/^\d+(?:\.\d+)?$/.test(digits)) {
      if (base !== null) return null;
      base = Number(digits);
    } else if (word !== undefined) {
      if (base !== null) return null;
      base = word;
    } else if (scaleWord !== undefined) {
      if (base === null) return null;
      scale *= scaleWord;
    } else if (!UNIT_WORDS.has(token)) {
      return null;
    }
  }
  return base === null ? null : base * scale;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// The words printed immediately before a figure decide its qualifier.
const QUALIFIER_BEFORE: [FigureEntry["qualifier"], RegExp][] = [
  ["about", /\b(?:approximately|around|about)\s+$/i],
  ["more_than", /\b(?:more than|exceeded)\s+$/i],
  ["over", /\bover\s+$/i],
  ["nearly", /\bnearly\s+$/i],
  ["at_least", /\bat least\s+$/i],
  ["up_to", /\bup to\s+$/i],
];

function qualifierBefore(figure: FigureEntry): FigureEntry["qualifier"] | null {
  const phrase = normaliseForQuoting(figure.phrase ?? "");
  const at = phrase.indexOf(normaliseForQuoting(figure.printed));
  if (at < 0) return null;
  const before = phrase.slice(0, at);
  return QUALIFIER_BEFORE.find(([, pattern]) => pattern.test(before))?.[0] ?? "exact";
}

const describeFigure = (figure: FigureEntry) => `${figure.key} (${figure.printed} ${figure.unit})`;

// --- The dataset file --------------------------------------------------------------------------

describe("the dataset file", () => {
  it("loads with loadDatasetFile, without schema or reference problems", () => {
    expect(() => loadDatasetFile(DATASET_FILE)).not.toThrow();
    expect(data.figures.length).toBeGreaterThan(0);
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.sources.filter((source) => source.kind === "primary").length).toBeGreaterThan(0);
  });

  it.skipIf(!paperExists)("quotes every figure's and event's phrase verbatim from the paper", () => {
    const missing = [...data.figures, ...data.events]
      .filter((entry) => entry.phrase === null || !occursVerbatim(paper, entry.phrase))
      .map((entry) => `${entry.key}: "${entry.phrase}"`);
    expect(missing).toEqual([]);
  });

  it.skipIf(!paperExists)("names sections by headings printed in the paper", () => {
    const headings = new Set(paper.split("\n").map((line) => line.trim()));
    const unknown = [...data.figures, ...data.events]
      .filter((entry) => entry.section === null || !headings.has(entry.section))
      .map((entry) => `${entry.key}: "${entry.section}"`);
    expect(unknown).toEqual([]);
  });

  it("has each figure's printed text inside its own phrase", () => {
    const outside = data.figures
      .filter((figure) => !normaliseForQuoting(figure.phrase ?? "").includes(normaliseForQuoting(figure.printed)))
      .map((figure) => `${figure.key}: "${figure.printed}" not in "${figure.phrase}"`);
    expect(outside).toEqual([]);
  });

  it("gives every non-derived figure the value its printed text states", () => {
    const wrong = data.figures
      .filter((figure) => !figure.derived)
      .flatMap((figure) => {
        const parsed = parsePrinted(figure.printed);
        return parsed !== null && sameNumber(parsed, figure.value)
          ? []
          : [`${describeFigure(figure)}: value ${figure.value}, printed reads as ${parsed}`];
      });
    expect(wrong).toEqual([]);
  });

  it("records the qualifier printed just before each figure", () => {
    const wrong = data.figures
      .map((figure) => ({ figure, printed: qualifierBefore(figure) }))
      .filter(({ figure, printed }) => printed !== figure.qualifier)
      .map(({ figure, printed }) => `${figure.key}: qualifier ${figure.qualifier}, phrase says ${printed}`);
    expect(wrong).toEqual([]);
  });

  it("never lets components in the parent's unit add up to more than the parent", () => {
    const byKey = new Map(data.figures.map((figure) => [figure.key, figure]));
    const sums = new Map<string, number>();
    for (const figure of data.figures) {
      if (figure.parent === null) continue;
      const parent = byKey.get(figure.parent);
      expect(parent, `${figure.key} has an unknown parent`).toBeDefined();
      if (!parent || parent.unit !== figure.unit) continue;
      sums.set(parent.key, (sums.get(parent.key) ?? 0) + figure.value);
    }
    expect(sums.size, "no parent has components in its own unit, so nothing was checked").toBeGreaterThan(0);
    const exceeded = [...sums].flatMap(([key, sum]) => {
      const parent = byKey.get(key)!;
      return sum <= parent.value ? [] : [`${key}: components ${sum} > ${parent.value} ${parent.unit}`];
    });
    expect(exceeded).toEqual([]);
  });

  it("explains every derived figure, and derives every figure whose printed text is not a number", () => {
    const unexplained = data.figures
      .filter((figure) => figure.derived)
      .filter((figure) => !figure.derivation?.trim() || !/deriv/i.test(`${figure.notes ?? ""} ${figure.flags.join(" ")}`))
      .map(describeFigure);
    expect(unexplained).toEqual([]);

    const notNumbers = data.figures.filter((figure) => parsePrinted(figure.printed) === null);
    expect(notNumbers.filter((figure) => !figure.derived).map(describeFigure)).toEqual([]);
    // Derived components must also agree with their parent in unit and stay within it.
    const byKey = new Map(data.figures.map((figure) => [figure.key, figure]));
    for (const figure of data.figures.filter((entry) => entry.derived && entry.parent !== null)) {
      const parent = byKey.get(figure.parent!)!;
      expect(figure.unit, figure.key).toBe(parent.unit);
      expect(figure.value, figure.key).toBeLessThanOrEqual(parent.value);
    }
  });

  it("gives every figure and event an existing source, a section and a phrase", () => {
    const sourceKeys = new Set(data.sources.map((source) => source.key));
    const problems = [...data.figures, ...data.events].flatMap((entry) => {
      const found: string[] = [];
      if (!sourceKeys.has(entry.source)) found.push(`${entry.key}: unknown source ${entry.source}`);
      if (entry.cited?.source && !sourceKeys.has(entry.cited.source))
        found.push(`${entry.key}: unknown cited source ${entry.cited.source}`);
      if (!entry.section?.trim()) found.push(`${entry.key}: empty section`);
      if (!entry.phrase?.trim()) found.push(`${entry.key}: empty phrase`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("records no quantity twice", () => {
    const quantity = (figure: FigureEntry) =>
      [figure.unit, figure.value, figure.from, figure.to, figure.period.start, figure.period.end, figure.category].join("|");
    const wording = (figure: FigureEntry) => `${normaliseForQuoting(figure.phrase ?? "")}|${figure.value}`;
    const duplicates = (keyOf: (figure: FigureEntry) => string) => {
      const seen = new Map<string, string>();
      return data.figures.flatMap((figure) => {
        const id = keyOf(figure);
        const first = seen.get(id);
        seen.set(id, first ?? figure.key);
        return first ? [`${first} and ${figure.key}`] : [];
      });
    };
    expect(duplicates(quantity)).toEqual([]);
    expect(duplicates(wording)).toEqual([]);
  });

  it("flags periods and dates that are inferred or unknown, and ruble sums without a basis", () => {
    const problems: string[] = [];
    for (const figure of data.figures) {
      const { status } = figure.period;
      if ((status === "inferred") !== figure.flags.includes("period_inferred"))
        problems.push(`${figure.key}: period ${status} vs flag period_inferred`);
      if ((status === "unknown") !== figure.flags.includes("period_unknown"))
        problems.push(`${figure.key}: period ${status} vs flag period_unknown`);
      if ((figure.unit === "RUB" && figure.denomination === "not_stated") !== figure.flags.includes("ruble_basis_not_stated"))
        problems.push(`${figure.key}: denomination ${figure.denomination} vs flag ruble_basis_not_stated`);
      if (figure.flags.length > 0 && !figure.notes?.trim()) problems.push(`${figure.key}: flagged without notes`);
    }
    for (const event of data.events) {
      if ((event.dateStatus === "inferred") !== event.flags.includes("date_inferred"))
        problems.push(`${event.key}: date ${event.dateStatus} vs flag date_inferred`);
      if (event.flags.length > 0 && !event.notes?.trim()) problems.push(`${event.key}: flagged without notes`);
    }
    expect(problems).toEqual([]);
  });

  it("puts every event in the phase that covers its date", () => {
    const phases = new Map(data.phases.map((phase) => [phase.key, phase]));
    const wrong = data.events.flatMap((event) => {
      const year = yearOf(event.date);
      const covering = data.phases.filter(
        (phase) => (phase.startYear === null || phase.startYear <= year) && (phase.endYear === null || year <= phase.endYear),
      );
      const phase = event.phase ? phases.get(event.phase) : undefined;
      return covering.length === 1 && covering[0]?.key === phase?.key
        ? []
        : [`${event.key} (${event.date}): phase ${event.phase}, covered by ${covering.map((p) => p.key).join(", ")}`];
    });
    expect(wrong).toEqual([]);
  });
});

// --- The conversion-rates file -----------------------------------------------------------------

describe("the conversion-rates file", () => {
  const rates = loadConversionRatesFile(CONVERSION_RATES_FILE);
  const span = (rate: { validFrom: string; validTo: string | null }) => ({
    first: partialDateBounds(rate.validFrom).first,
    last: rate.validTo === null ? "9999-12-31" : partialDateBounds(rate.validTo).last,
  });
  const find = (unit: string, perUnit: string) => {
    const found = rates.filter((rate) => rate.unit === unit && rate.perUnit === perUnit);
    expect(found, `${unit} per ${perUnit}`).toHaveLength(1);
    return found[0]!;
  };

  it("loads, with unique keys", () => {
    expect(rates.length).toBeGreaterThan(0);
    expect(new Set(rates.map((rate) => rate.key)).size).toBe(rates.length);
  });

  it("has no overlapping periods for the same pair of units", () => {
    const byPair = new Map<string, typeof rates>();
    for (const rate of rates) {
      const pair = `${rate.unit}/${rate.perUnit}`;
      byPair.set(pair, [...(byPair.get(pair) ?? []), rate]);
    }
    const overlaps: string[] = [];
    for (const [pair, list] of byPair) {
      const sorted = [...list].sort((a, b) => span(a).first.localeCompare(span(b).first));
      sorted.slice(1).forEach((rate, index) => {
        const previous = sorted[index]!;
        if (span(rate).first <= span(previous).last) overlaps.push(`${pair}: ${previous.key} overlaps ${rate.key}`);
      });
    }
    expect(overlaps).toEqual([]);
  });

  it("chains the three ruble-per-dollar rates without gaps or overlaps", () => {
    const series = rates
      .filter((rate) => rate.perUnit === "USD" && rate.unit.startsWith("RUB"))
      .sort((a, b) => span(a).first.localeCompare(span(b).first));
    expect(series.length).toBeGreaterThan(1);
    series.slice(1).forEach((rate, index) => {
      const previous = series[index]!;
      const dayAfter = new Date(`${span(previous).last}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(span(rate).first, `${previous.key} -> ${rate.key}`).toBe(dayAfter.toISOString().slice(0, 10));
    });
  });

  it("makes one new ruble worth 4.44 old rubles for dollar sums, by the dollar and by gold", () => {
    const oldPerUsd = find("RUB_OLD", "USD").rate;
    const newPerUsd = find("RUB_NEW", "USD").rate;
    expect((oldPerUsd / newPerUsd).toFixed(2)).toBe("4.44");
    const goldOld = find("XAU_G", "RUB_OLD").rate;
    const goldNew = find("XAU_G", "RUB_NEW").rate;
    expect((goldNew / goldOld).toFixed(2)).toBe((oldPerUsd / newPerUsd).toFixed(2));
    // The trap the descriptions must explain: it is not the 10:1 redenomination of prices.
    expect(oldPerUsd / newPerUsd).not.toBeCloseTo(10, 0);
    expect(find("RUB_NEW", "USD").description).toMatch(/4\.44/);
  });
});
