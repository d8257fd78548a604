import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { DONOR_CODES, RECIPIENT_CODES } from "./actors";
import { intBetween, mulberry32, pick, weighted, zipf, type Rng } from "./prng";

// The synthetic figures of the benchmark: a deterministic stream of CSV rows in the import's own
// columns (lib/export/csv/figure-columns.ts), shaped like real aid data: a few donors give most of the
// money (Zipf), categories come with their own units, values spread over ten orders of magnitude,
// periods from single days to twelve-year spans (and some unknown), about one row in eight is a
// component of an earlier total, and some text is Cyrillic, Chinese, Georgian or Vietnamese.
// Every row passes the importer's validation: the bench loads it through the real importer.

export const BENCH_DATASET = "synthetic-bench";
export const BENCH_SEED = 20_261_128;

type Category = keyof typeof CATEGORY_UNITS;

// Units by category, with weights; the kinds a figure of that category may be.
const CATEGORY_UNITS = {
  credits_loans: { units: [["USD", 6], ["RUB", 3.5], ["MCY", 0.5]], kinds: ["commitment", "delivery"] },
  repayments_payments: { units: [["USD", 5], ["RUB", 5]], kinds: ["delivery", "claim"] },
  commodity_exports: { units: [["t", 8], ["USD", 2]], kinds: ["delivery", "price"] },
  industrial_projects: { units: [["plants", 4], ["enterprises", 3], ["projects", 3]], kinds: ["commitment", "delivery", "count"] },
  infrastructure: { units: [["km", 5], ["railway_lines", 1], ["projects", 4]], kinds: ["commitment", "delivery"] },
  personnel: { units: [["persons", 1]], kinds: ["count", "stock"] },
  education_training: { units: [["persons", 1]], kinds: ["count", "delivery"] },
  technology_transfer: { units: [["sets", 6], ["projects", 4]], kinds: ["delivery", "commitment"] },
  joint_companies: { units: [["companies", 5], ["USD", 5]], kinds: ["commitment", "stock"] },
  military: { units: [["soldiers", 5], ["missiles", 2], ["vessels", 3]], kinds: ["delivery", "stock"] },
  seizures: { units: [["USD", 5], ["t", 3], ["enterprises", 2]], kinds: ["claim", "delivery"] },
  territory: { units: [["km2", 6], ["sq_mi", 2], ["islands", 2]], kinds: ["claim", "stock"] },
  treaty_terms: { units: [["years", 7], ["months", 3]], kinds: ["term", "duration"] },
  diplomacy: { units: [["visits", 5], ["requests", 3], ["incidents", 2]], kinds: ["count"] },
} as const satisfies Record<string, { units: readonly (readonly [string, number])[]; kinds: readonly string[] }>;

const pickCategory = weighted<Category>([
  ["credits_loans", 25],
  ["commodity_exports", 15],
  ["repayments_payments", 10],
  ["industrial_projects", 10],
  ["infrastructure", 8],
  ["personnel", 7],
  ["education_training", 5],
  ["technology_transfer", 5],
  ["military", 4],
  ["joint_companies", 3],
  ["diplomacy", 3],
  ["seizures", 2],
  ["treaty_terms", 2],
  ["territory", 1],
]);
const unitPickers = Object.fromEntries(
  Object.entries(CATEGORY_UNITS).map(([category, { units }]) => [category, weighted(units)]),
) as Record<Category, (rng: Rng) => string>;

const CATEGORY_WORDS: Record<Category, string> = {
  credits_loans: "Loan",
  repayments_payments: "Repayment",
  commodity_exports: "Commodity deliveries",
  industrial_projects: "Industrial projects",
  infrastructure: "Infrastructure works",
  personnel: "Specialists sent",
  education_training: "Students trained",
  technology_transfer: "Technical documentation",
  joint_companies: "Joint company",
  military: "Military deliveries",
  seizures: "Assets seized",
  territory: "Territory claimed",
  treaty_terms: "Term of the agreement",
  diplomacy: "Official visits",
};

// Some labels in the languages of the sources, so that sorting, search and CSV round trips meet
// non-ASCII text at scale.
const FOREIGN_LABELS = [
  "Кредит на восстановление народного хозяйства",
  "Поставки промышленного оборудования",
  "苏联对华长期贷款",
  "援建工业项目",
  "საქართველოს ეკონომიკური დახმარება",
  "Viện trợ kinh tế và kỹ thuật",
  "Hilfe beim Wiederaufbau der Industrie",
  "Prêt à long terme pour l’équipement",
] as const;

const QUALIFIER = weighted([
  ["exact", 60],
  ["about", 15],
  ["more_than", 8],
  ["over", 5],
  ["nearly", 4],
  ["at_least", 4],
  ["up_to", 4],
] as const);
const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  about: "about ",
  more_than: "more than ",
  over: "over ",
  nearly: "nearly ",
  at_least: "at least ",
  up_to: "up to ",
};
const PERIOD_STATUS = weighted([
  ["stated", 70],
  ["inferred", 15],
  ["unknown", 15],
] as const);
const PRECISION = weighted([
  ["year", 70],
  ["month", 20],
  ["day", 10],
] as const);
// Years cluster in the decades aid data covers best.
const YEAR = weighted(Array.from({ length: 71 }, (_, k) => [1950 + k, k < 10 ? 3 : k < 40 ? 2 : 1] as const));

const donor = zipf(DONOR_CODES, 1.2);
const recipient = zipf(RECIPIENT_CODES, 0.9);
const SOURCES = Array.from({ length: 40 }, (_, k) => `src-${String(k + 1).padStart(2, "0")}`);
const source = zipf(SOURCES, 1.0);
const SECTIONS = Array.from({ length: 30 }, (_, k) => `Chapter ${Math.floor(k / 5) + 1}, section ${(k % 5) + 1}`);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function sourceCitation(key: string): string {
  const n = Number(key.slice(4));
  return `Author ${n}, A. (${1960 + n}). Synthetic source number ${n} for the Aidflow benchmark. Bench Press.`;
}

/** A plain number as the importer accepts it: integers, or up to three decimals without trailing zeros. */
function amount(rng: Rng, min: number, max: number): number {
  const magnitude = Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min)));
  if (magnitude >= 1_000_000) return Math.round(magnitude / 1000) * 1000;
  if (magnitude < 100 && rng() < 0.2) return Math.round(magnitude * 1000) / 1000;
  return Math.round(magnitude);
}

const RANGES: Record<string, [number, number]> = {
  USD: [10_000, 10_000_000_000],
  RUB: [10_000, 5_000_000_000],
  MCY: [100_000, 1_000_000_000],
  t: [1, 10_000_000],
  persons: [1, 100_000],
  km: [1, 5_000],
  km2: [1, 1_000_000],
  sq_mi: [1, 400_000],
};

function printed(value: number, unit: string, qualifier: string): string {
  const words = QUALIFIER_WORDS[qualifier] ?? "";
  const scaled =
    value >= 1e9 && value % 1e6 === 0 ? `${value / 1e9} billion` : value >= 1e6 && value % 1e3 === 0 ? `${value / 1e6} million` : String(value);
  if (unit === "USD") return `${words}$${scaled}`;
  if (unit === "RUB") return `${words}${scaled} rubles`;
  if (unit === "MCY") return `${words}${scaled} Manchurian yuan`;
  return `${words}${scaled} ${unit.replace(/_/g, " ")}`;
}

function partialDate(rng: Rng, year: number, precision: "year" | "month" | "day", month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (precision === "year") return String(year);
  if (precision === "month") return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// The helpers below draw from `rng` in a fixed order: any change to it changes every row after.

/** A stated or inferred period: its start, end and words. */
function period(rng: Rng, status: string): { start: string; end: string; periodText: string } {
  const precision = PRECISION(rng);
  const year = YEAR(rng);
  const span = rng() < 0.4 ? 0 : intBetween(rng, 1, 12);
  const month = intBetween(rng, 1, 12);
  const day = intBetween(rng, 1, 28);
  const start = partialDate(rng, year, precision, month, day);
  const end = partialDate(rng, Math.min(2100, year + span), precision, span === 0 ? Math.min(12, month + intBetween(rng, 0, 2)) : intBetween(rng, 1, 12), day);
  const periodText =
    status === "inferred"
      ? "during this period"
      : span === 0
        ? precision === "year"
          ? `In ${year}`
          : `In ${MONTHS[month - 1]} ${year}`
        : `Between ${year} and ${year + span}`;
  return { start, end, periodText };
}

/** Money's basis (lib/vocab/basis.ts): "" for every other unit. */
interface Basis {
  price: string;
  year: string;
  denomination: string;
}

function basisFor(rng: Rng, unit: string): Basis {
  if (unit === "USD") return rng() < 0.85 ? { price: "not_stated", year: "", denomination: "" } : { price: "gold_parity", year: "1950", denomination: "" };
  if (unit === "RUB") return { price: "not_stated", year: "", denomination: pick(rng, ["not_stated", "old", "new"]) };
  return { price: unit === "MCY" ? "not_stated" : "", year: "", denomination: "" };
}

function flagsFor(rng: Rng, status: string, basis: Basis): string[] {
  const flags: string[] = [];
  if (status === "inferred" && rng() < 0.5) flags.push("period_inferred");
  if (status === "unknown" && rng() < 0.7) flags.push("period_unknown");
  if (basis.denomination === "not_stated" && rng() < 0.6) flags.push("ruble_basis_not_stated");
  if (rng() < 0.005) flags.push("implausible_as_printed");
  if (rng() < 0.03) flags.push("literature_differs");
  if (rng() < 0.01) flags.push("internal_inconsistency");
  return flags;
}

/** Notes on a fifth of the rows: with a comma, in Cyrillic over two lines, or in Chinese. */
function notesFor(roll: number, printedValue: string): string {
  if (roll < 0.12) return `Reported as "${printedValue}" in the source, with a comma.`;
  if (roll < 0.18) return "Примечание: сумма указана в источнике без уточнения курса.\nSecond line of the note.";
  if (roll < 0.22) return "注：原文未说明汇率。";
  return "";
}

export type BenchRow = Record<(typeof FIGURE_CSV_HEADERS)[number], string>;

/** A stateful generator: row i depends on the rows before it (components point at earlier totals). */
export function createRowGenerator(seed = BENCH_SEED, dataset = BENCH_DATASET) {
  const rng = mulberry32(seed);
  // Recent top-level figures per unit: candidates for the parent of a component.
  const recentParents = new Map<string, string[]>();

  return function row(index: number): BenchRow {
    const key = `syn-${index}`;
    const category = pickCategory(rng);
    const unit = unitPickers[category](rng);
    const kind = pick(rng, CATEGORY_UNITS[category].kinds);
    const [min, max] = RANGES[unit] ?? [1, 5_000];
    const value = amount(rng, min, max);
    const qualifier = QUALIFIER(rng);
    const from = rng() < 0.04 ? "" : donor(rng);
    let to = rng() < 0.04 ? "" : recipient(rng);
    if (to === from) to = from === "PRC" ? "PAK" : "PRC";

    const basis = basisFor(rng, unit);

    const status = PERIOD_STATUS(rng);
    const { start, end, periodText } = status === "unknown" ? { start: "", end: "", periodText: "" } : period(rng, status);
    const flags = flagsFor(rng, status, basis);

    const candidates = recentParents.get(unit);
    const isComponent = candidates !== undefined && candidates.length > 0 && rng() < 0.12;
    const parentKey = isComponent ? pick(rng, candidates) : "";
    if (!isComponent) {
      const list = candidates ?? [];
      list.push(key);
      if (list.length > 32) list.shift();
      recentParents.set(unit, list);
    }
    const derived = isComponent && rng() < 0.25;

    const foreign = rng() < 0.06;
    const toName = to === "" ? "unnamed recipients" : to;
    const label = foreign
      ? `${pick(rng, FOREIGN_LABELS)} (${toName})`
      : `${CATEGORY_WORDS[category]} ${from === "" ? "to" : `from ${from} to`} ${toName}${isComponent ? ", part" : ""} #${index % 997}`;
    const sourceKey = source(rng);
    const cited = rng() < 0.08;
    const notes = notesFor(rng(), printed(value, unit, qualifier));

    return {
      id: "",
      key,
      dataset,
      label,
      category,
      kind,
      from,
      to,
      value: String(value),
      value_printed: printed(value, unit, qualifier),
      unit,
      price_basis: basis.price,
      price_year: basis.year,
      denomination: basis.denomination,
      qualifier,
      period_start: start,
      period_end: end,
      period_status: status,
      period_text: periodText,
      parent_key: parentKey,
      derived: derived ? "true" : "false",
      derivation: derived ? "Half of the total, as the text says 'half of which'." : "",
      source: sourceKey,
      source_citation: sourceCitation(sourceKey),
      section: pick(rng, SECTIONS),
      phrase: `${printed(value, unit, qualifier)} ${category === "credits_loans" ? "as a long-term loan" : "over the period"}`,
      provenance: "phrase",
      cell_table: "",
      cell_row: "",
      cell_column: "",
      locator: "",
      cited_ref: cited ? `Zhang, ${1990 + (index % 30)}:${(index % 300) + 1}` : "",
      cited_source: cited ? "lit-zhang" : "",
      cited_source_citation: cited ? "Zhang, W. (2009). A synthetic cited work. Bench University Press." : "",
      flags: flags.sort().join(";"),
      notes,
      permalink: "",
      year_start: "",
      year_end: "",
    };
  };
}

const NEEDS_QUOTES = /[",\r\n]/;
const cell = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function csvHeaderLine(): string {
  return `${FIGURE_CSV_HEADERS.join(",")}\r\n`;
}

export function csvLine(row: BenchRow): string {
  return `${FIGURE_CSV_HEADERS.map((header) => cell(row[header])).join(",")}\r\n`;
}
