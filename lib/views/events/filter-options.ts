import { eventTypeLabel } from "@/lib/vocab/labels";
import type { EventFilterKey, EventsView } from "../events";
import { optionLabels, phaseOptions, type ActiveFilter, type Option } from "../list/filter-options";

// What the events filters offer, and how an active one reads as a chip (lib/views/list/filter-options.ts).

export interface EventFilterOptions {
  phases: Option[];
  types: Option[];
  actors: Option[];
}

export function buildEventFilterOptions(
  facets: { types: string[]; actors: { code: string; name: string }[] },
  phases: { key: string; label: string }[],
): EventFilterOptions {
  return {
    phases: phaseOptions(phases),
    types: facets.types.map((type) => ({ value: type, label: eventTypeLabel(type) })),
    actors: [...facets.actors.map((actor) => ({ value: actor.code, label: `${actor.name} (${actor.code})` })), { value: "none", label: "No actor named" }],
  };
}

export function describeEventFilters(view: EventsView, options: EventFilterOptions): ActiveFilter<EventFilterKey>[] {
  const chips: ActiveFilter<EventFilterKey>[] = [];
  if (view.dataset !== undefined) chips.push({ key: "dataset", label: `Dataset: ${view.dataset}` });
  if (view.phase !== undefined) chips.push({ key: "phase", label: `Phase: ${optionLabels([view.phase], options.phases)}` });
  if (view.type) chips.push({ key: "type", label: `Type: ${optionLabels(view.type, options.types)}` });
  if (view.actor) chips.push({ key: "actor", label: `Actor: ${optionLabels(view.actor, options.actors)}` });
  if (view.year_from !== undefined) chips.push({ key: "year_from", label: `From year ${view.year_from}` });
  if (view.year_to !== undefined) chips.push({ key: "year_to", label: `To year ${view.year_to}` });
  if (view.q !== undefined) chips.push({ key: "q", label: `Search: “${view.q}”` });
  return chips;
}
