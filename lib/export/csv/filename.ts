// Download names that say what is inside: aidflow-<dataset or all>-<entity>-<filters>-<date>.<ext>,
// e.g. aidflow-oda-2020-figures-gbr-to-ken-2026-11-28.csv or
// aidflow-oda-2020-figures-category-grants-2026-11-28.csv. Only [a-z0-9_-] survive,
// so the name is safe inside a quoted Content-Disposition header and on every file system; the
// filter part is bounded, and cut at a separator so no word is left half.

const MAX_FILTER_PART = 80;

// Letters that Unicode does not decompose into a base letter and an accent.
const UNDECOMPOSED: Record<string, string> = { Ł: "L", ł: "l", Ø: "O", ø: "o", Đ: "D", đ: "d", ß: "ss", Æ: "AE", æ: "ae", Œ: "OE", œ: "oe", ı: "i" };

/** Latin letters with accents become their base letters ("Łódź" is "Lodz"); other scripts stay. */
export const foldLatin = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ŁłØøĐđßÆæŒœı]/g, (char) => UNDECOMPOSED[char]!);

export const safeSlug = (text: string) =>
  foldLatin(text)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");

const valueText = (value: unknown) => (Array.isArray(value) ? value.join("+") : String(value));

/** from/to read best as one phrase: "ussr-to-prc", "from-ussr", "to-prc". */
function describeDirection(filters: [string, unknown][]): { text: string | null; rest: [string, unknown][] } {
  const from = filters.find(([name, value]) => name === "from" && value !== undefined)?.[1];
  const to = filters.find(([name, value]) => name === "to" && value !== undefined)?.[1];
  const rest = filters.filter(([name]) => name !== "from" && name !== "to");
  if (from === undefined && to === undefined) return { text: null, rest };
  const text = from !== undefined && to !== undefined ? `${valueText(from)}-to-${valueText(to)}` : from !== undefined ? `from-${valueText(from)}` : `to-${valueText(to)}`;
  return { text: safeSlug(text), rest };
}

/** Joins the parts with "_" and cuts at the last separator that keeps the result within `max`. */
export function boundedJoin(parts: string[], max = MAX_FILTER_PART): string {
  const joined = parts.filter(Boolean).join("_");
  if (joined.length <= max) return joined;
  const cut = joined.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf("_"), cut.lastIndexOf("-"));
  return (boundary > 0 ? cut.slice(0, boundary) : cut).replace(/[-_]+$/, "");
}

/** The filter part of a name: the direction first, then each filter as name-value. */
export function describeFilters(filters: [string, unknown][]): string {
  const present = filters.filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  const { text, rest } = describeDirection(present);
  const parts = rest.map(([name, value]) => safeSlug(`${name}-${valueText(value)}`));
  return boundedJoin([text ?? "", ...parts]);
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Every exported file is named aidflow-<parts>.<extension>; empty parts are left out. */
export const aidflowFileName = (parts: string[], extension: string) => `${["aidflow", ...parts].filter(Boolean).join("-")}.${extension}`;

export function csvFilename({
  dataset,
  entity,
  filters,
  date = new Date(),
  extension = "csv",
}: {
  dataset: string | undefined;
  entity: "figures" | "events";
  /** Filter name and value pairs, in the order to show them; absent filters left out. */
  filters: [string, unknown][];
  date?: Date;
  extension?: "csv" | "json";
}): string {
  return aidflowFileName([safeSlug(dataset ?? "all") || "all", entity, describeFilters(filters) || "all", isoDay(date)], extension);
}
