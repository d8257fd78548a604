import type { Translate } from "@/lib/i18n/translate";
import type { EventFilterKey, EventsView } from "../events";
import { actorOption, optionLabels, phaseOptions, type ActiveFilter, type ListWords, type Option } from "../list/filter-options";

// What the events filters offer, and how an active one reads as a chip (lib/views/list/filter-options.ts).

export interface EventFilterOptions {
  phases: Option[];
  types: Option[];
  actors: Option[];
}

export function buildEventFilterOptions(
  facets: { types: string[]; actors: { code: string; name: string }[] },
  phases: { key: string; label: string }[],
  words: ListWords,
): EventFilterOptions {
  return {
    phases: phaseOptions(phases),
    types: facets.types.map((type) => ({ value: type, label: words.vocab.eventType(type) })),
    actors: [...facets.actors.map((actor) => actorOption(actor, words)), actorOption({ code: "none", name: "" }, words)],
  };
}

/** One chip per active filter (`t`: the `explore` namespace, whose `chips` both list pages share). */
export function describeEventFilters(view: EventsView, options: EventFilterOptions, t: Translate): ActiveFilter<EventFilterKey>[] {
  const chips: ActiveFilter<EventFilterKey>[] = [];
  const push = (key: EventFilterKey, label: string) => chips.push({ key, label });
  if (view.dataset !== undefined) push("dataset", t("chips.dataset", { value: view.dataset }));
  if (view.phase !== undefined) push("phase", t("chips.phase", { value: optionLabels([view.phase], options.phases, t) }));
  if (view.type) push("type", t("chips.type", { value: optionLabels(view.type, options.types, t) }));
  if (view.actor) push("actor", t("chips.actor", { value: optionLabels(view.actor, options.actors, t) }));
  if (view.year_from !== undefined) push("year_from", t("chips.fromYear", { year: String(view.year_from) }));
  if (view.year_to !== undefined) push("year_to", t("chips.toYear", { year: String(view.year_to) }));
  if (view.q !== undefined) push("q", t("chips.search", { q: view.q }));
  return chips;
}
