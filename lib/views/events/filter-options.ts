import { eventTypeLabel } from "@/lib/vocab/labels";
import type { EventViewFilterKey, EventsView } from "./view";
import type { Option } from "../figures/filter-options";

// What the events filters offer, and how an active one reads as a chip.

export interface EventFilterOptions {
  phases: Option[];
  types: Option[];
  actors: Option[];
}

export function buildEventFilterOptions(
  facets: { types: string[]; actors: { code: string; name: string }[] },
  phases: { key: string; label: string }[],
): EventFilterOptions {
  // The same key in several datasets is one filter (it matches each dataset's phase): list it once.
  const uniquePhases = phases.filter((phase, index) => phases.findIndex((other) => other.key === phase.key) === index);
  return {
    phases: uniquePhases.map((phase) => ({ value: phase.key, label: phase.label })),
    types: facets.types.map((type) => ({ value: type, label: eventTypeLabel(type) })),
    actors: [...facets.actors.map((actor) => ({ value: actor.code, label: `${actor.name} (${actor.code})` })), { value: "none", label: "No actor named" }],
  };
}

const labelOf = (values: readonly string[], options: Option[]) =>
  values.map((value) => options.find((option) => option.value === value)?.label ?? value).join(" or ");

export function describeEventFilters(view: EventsView, options: EventFilterOptions): { key: EventViewFilterKey; label: string }[] {
  const chips: { key: EventViewFilterKey; label: string }[] = [];
  if (view.dataset !== undefined) chips.push({ key: "dataset", label: `Dataset: ${view.dataset}` });
  if (view.phase !== undefined) chips.push({ key: "phase", label: `Phase: ${labelOf([view.phase], options.phases)}` });
  if (view.type) chips.push({ key: "type", label: `Type: ${labelOf(view.type, options.types)}` });
  if (view.actor) chips.push({ key: "actor", label: `Actor: ${labelOf(view.actor, options.actors)}` });
  if (view.year_from !== undefined) chips.push({ key: "year_from", label: `From year ${view.year_from}` });
  if (view.year_to !== undefined) chips.push({ key: "year_to", label: `To year ${view.year_to}` });
  if (view.q !== undefined) chips.push({ key: "q", label: `Search: “${view.q}”` });
  return chips;
}
