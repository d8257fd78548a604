import { formatDirection } from "@/lib/format";
import type { Translate } from "@/lib/i18n/translate";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { CATEGORIES } from "@/lib/vocab/categories";
import type { FigureFilterKey, FiguresView } from "../figures";
import { actorOption, optionLabels, orList, phaseOptions, type ActiveFilter, type ListWords, type Option } from "../list/filter-options";

// What the explore filters offer and how an active filter reads (lib/views/list/filter-options.ts).

export interface FilterOptions {
  datasets: Option[];
  /** Quick choices for the main flows: "all", then both directions between each dataset's sides. */
  directions: DirectionPreset[];
  from: Option[];
  to: Option[];
  categories: Option[];
  units: Option[];
  qualifiers: Option[];
  phases: Option[];
  flags: Option[];
}

interface FacetInput {
  /** Labels come from the data's vocabulary (lib/data/figures/facets.ts). */
  categories: { code: string; label?: string }[];
  units: { code: string; label: string }[];
  qualifiers: { code: string }[];
  flags: { code: string }[];
  from: { code: string; name: string }[];
  to: { code: string; name: string }[];
}

export function buildFilterOptions(
  facets: FacetInput,
  phases: { key: string; label: string }[],
  datasets: { slug: string; title: string; meta?: Pick<DatasetMeta, "sides"> }[],
  words: ListWords,
): FilterOptions {
  const { t, vocab } = words;
  return {
    datasets: datasets.map((dataset) => ({ value: dataset.slug, label: dataset.title })),
    directions: directionPresets(
      datasets.map((dataset) => dataset.meta?.sides),
      t,
    ),
    from: facets.from.map((actor) => actorOption(actor, words)),
    to: facets.to.map((actor) => actorOption(actor, words)),
    // A core category has its name in the page's language; one a dataset declares keeps its own.
    categories: facets.categories.map(({ code, label }) => ({ value: code, label: Object.hasOwn(CATEGORIES, code) ? vocab.category(code) : (label ?? vocab.category(code)) })),
    units: facets.units.map(({ code, label }) => ({ value: code, label: words.unitLabel(code, label) })),
    qualifiers: facets.qualifiers.map(({ code }) => ({ value: code, label: vocab.qualifier(code) })),
    phases: phaseOptions(phases),
    flags: facets.flags.map(({ code }) => ({ value: code, label: vocab.flag(code) })),
  };
}

export interface DirectionPreset {
  id: string;
  label: string;
  from?: readonly string[];
  to?: readonly string[];
}

/**
 * The quick choices of the direction filter: every direction, then both directions between the two
 * sides each dataset names in its metadata (each pair once). Any other from/to pair is "other".
 */
export function directionPresets(sides: readonly (DatasetMeta["sides"] | undefined)[], t: Translate): DirectionPreset[] {
  const presets: DirectionPreset[] = [{ id: "all", label: t("direction.all") }];
  for (const pair of sides) {
    if (!pair) continue;
    for (const [from, to] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
      const id = `${from}-${to}`.toLowerCase();
      if (!presets.some((preset) => preset.id === id)) presets.push({ id, label: formatDirection(from, to), from: [from], to: [to] });
    }
  }
  return presets;
}
export type DirectionChoice = string;

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join(",") === (b ?? []).join(",");

export function directionOf(view: Pick<FiguresView, "from" | "to">, presets: readonly DirectionPreset[]): DirectionChoice {
  const preset = presets.find((candidate) => sameList(candidate.from, view.from) && sameList(candidate.to, view.to));
  return preset?.id ?? "other";
}

/** One readable chip per active filter, e.g. "From: Soviet Union (USSR)". */
export function describeActiveFilters(view: FiguresView, options: FilterOptions, t: Translate): ActiveFilter<FigureFilterKey>[] {
  const chips: ActiveFilter<FigureFilterKey>[] = [];
  const push = (key: FigureFilterKey, label: string) => chips.push({ key, label });
  const chip = (key: FigureFilterKey & keyof FilterOptionsByKey, values: readonly string[]) =>
    push(key, t(`chips.${key}`, { value: optionLabels(values, options[OPTIONS_OF[key]], t) }));
  if (view.dataset !== undefined) chip("dataset", [view.dataset]);
  if (view.from) chip("from", view.from);
  if (view.to) chip("to", view.to);
  if (view.category) chip("category", view.category);
  if (view.unit) chip("unit", view.unit);
  if (view.qualifier) chip("qualifier", view.qualifier);
  if (view.phase !== undefined) chip("phase", [view.phase]);
  if (view.year_from !== undefined) push("year_from", t("chips.fromYear", { year: String(view.year_from) }));
  if (view.year_to !== undefined) push("year_to", t("chips.toYear", { year: String(view.year_to) }));
  if (view.q !== undefined) push("q", t("chips.search", { q: view.q }));
  if (view.parent !== undefined) push("parent", view.parent === "none" ? t("chips.topLevel") : t("chips.componentsOf", { id: String(view.parent) }));
  if (view.derived !== undefined) push("derived", view.derived ? t("chips.derivedOnly") : t("chips.printedOnly"));
  if (view.flag !== undefined) chip("flag", [view.flag]);
  return chips;
}

/** The option list each chip names its values from. */
const OPTIONS_OF = {
  dataset: "datasets",
  from: "from",
  to: "to",
  category: "categories",
  unit: "units",
  qualifier: "qualifiers",
  phase: "phases",
  flag: "flags",
} as const satisfies Partial<Record<FigureFilterKey, keyof FilterOptions>>;
type FilterOptionsByKey = typeof OPTIONS_OF;

/** "USSR → PRC" for a from/to pair, for the "other" direction's description. */
export function directionText(view: Pick<FiguresView, "from" | "to">, t: Translate): string {
  const side = (codes: readonly string[] | undefined) => (codes ? orList(codes, t) : t("direction.any"));
  return formatDirection(side(view.from), side(view.to));
}
