import { categoryLabel, flagInfo, qualifierLabel } from "@/lib/vocab/labels";
import { formatDirection } from "@/lib/format";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import type { FigureFilterKey, FiguresView } from "../figures";
import { optionLabels, phaseOptions, type ActiveFilter, type Option } from "../list/filter-options";

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

const actorOption = ({ code, name }: { code: string; name: string }): Option =>
  code === "none" ? { value: "none", label: "No actor named" } : { value: code, label: `${name} (${code})` };

export function buildFilterOptions(
  facets: FacetInput,
  phases: { key: string; label: string }[],
  datasets: { slug: string; title: string; meta?: Pick<DatasetMeta, "sides"> }[],
): FilterOptions {
  return {
    datasets: datasets.map((dataset) => ({ value: dataset.slug, label: dataset.title })),
    directions: directionPresets(datasets.map((dataset) => dataset.meta?.sides)),
    from: facets.from.map(actorOption),
    to: facets.to.map(actorOption),
    categories: facets.categories.map(({ code, label }) => ({ value: code, label: label ?? categoryLabel(code) })),
    units: facets.units.map(({ code, label }) => ({ value: code, label })),
    qualifiers: facets.qualifiers.map(({ code }) => ({ value: code, label: qualifierLabel(code) })),
    phases: phaseOptions(phases),
    flags: facets.flags.map(({ code }) => ({ value: code, label: flagInfo(code).label })),
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
export function directionPresets(sides: readonly (DatasetMeta["sides"] | undefined)[]): DirectionPreset[] {
  const presets: DirectionPreset[] = [{ id: "all", label: "All directions" }];
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
export function describeActiveFilters(view: FiguresView, options: FilterOptions): ActiveFilter<FigureFilterKey>[] {
  const chips: ActiveFilter<FigureFilterKey>[] = [];
  const push = (key: FigureFilterKey, label: string) => chips.push({ key, label });
  if (view.dataset !== undefined) push("dataset", `Dataset: ${optionLabels([view.dataset], options.datasets)}`);
  if (view.from) push("from", `From: ${optionLabels(view.from, options.from)}`);
  if (view.to) push("to", `To: ${optionLabels(view.to, options.to)}`);
  if (view.category) push("category", `Category: ${optionLabels(view.category, options.categories)}`);
  if (view.unit) push("unit", `Unit: ${optionLabels(view.unit, options.units)}`);
  if (view.qualifier) push("qualifier", `Qualifier: ${optionLabels(view.qualifier, options.qualifiers)}`);
  if (view.phase !== undefined) push("phase", `Phase: ${optionLabels([view.phase], options.phases)}`);
  if (view.year_from !== undefined) push("year_from", `From year ${view.year_from}`);
  if (view.year_to !== undefined) push("year_to", `To year ${view.year_to}`);
  if (view.q !== undefined) push("q", `Search: “${view.q}”`);
  if (view.parent !== undefined)
    push("parent", view.parent === "none" ? "Top-level figures only" : `Components of figure ${view.parent}`);
  if (view.derived !== undefined) push("derived", view.derived ? "Derived figures only" : "Printed figures only");
  if (view.flag !== undefined) push("flag", `Flag: ${optionLabels([view.flag], options.flags)}`);
  return chips;
}

/** "USSR → PRC" for a from/to pair, for the "other" direction's description. */
export function directionText(view: Pick<FiguresView, "from" | "to">): string {
  return formatDirection(view.from?.join(" or ") ?? "any", view.to?.join(" or ") ?? "any");
}
