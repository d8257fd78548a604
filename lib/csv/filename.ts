// Download names that say what is inside: aidflow-<dataset or all>-<entity>-<filters>-<date>.csv,
// e.g. aidflow-sino-soviet-1950-1980-figures-category-military-2026-11-28.csv. Only [a-z0-9_-]
// survive, so the name is safe inside a quoted Content-Disposition header on every platform.

const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");

export function csvFilename({
  dataset,
  entity,
  filters,
  date = new Date(),
}: {
  dataset: string | undefined;
  entity: "figures" | "events";
  /** Filter name and value pairs, in the order to show them; absent filters left out. */
  filters: [string, unknown][];
  date?: Date;
}): string {
  const described = filters
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => safe(`${name}-${Array.isArray(value) ? value.join("+") : String(value)}`))
    .filter(Boolean)
    .join("_")
    .slice(0, 80)
    .replace(/[-_]+$/, "");
  const day = date.toISOString().slice(0, 10);
  return ["aidflow", safe(dataset ?? "all") || "all", entity, described || "all", day].join("-") + ".csv";
}
