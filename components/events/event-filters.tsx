"use client";

import { useTranslations } from "next-intl";
import { FilterPanel } from "@/components/filters/filter-panel";
import { FilterSelect } from "@/components/filters/filter-select";
import { SearchField, YearRangeFields } from "@/components/filters/text-filter-fields";
import { eventsView, type EventsView } from "@/lib/views/events";
import type { EventFilterOptions } from "@/lib/views/events/filter-options";

// The events filters (components/filters/filter-panel.tsx).

export function EventFilters({ view, options, activeCount }: { view: EventsView; options: EventFilterOptions; activeCount: number }) {
  const t = useTranslations("events.filters");
  const explore = useTranslations("explore.filters");
  return (
    <FilterPanel list={eventsView} view={view} id="event-filters" activeCount={activeCount}>
      {view.dataset !== undefined ? <input type="hidden" name="dataset" value={view.dataset} /> : null}
      <SearchField idPrefix="event-filter" value={view.q} placeholder={t("searchPlaceholder")} />
      <FilterSelect idPrefix="event-filter" name="phase" label={explore("phase")} value={view.phase} options={options.phases} allLabel={explore("allPhases")} />
      <FilterSelect idPrefix="event-filter" name="type" label={t("type")} value={view.type} options={options.types} allLabel={t("allTypes")} />
      <FilterSelect idPrefix="event-filter" name="actor" label={t("actor")} value={view.actor} options={options.actors} allLabel={t("anyActor")} />
      <YearRangeFields idPrefix="event-filter" legend={t("years")} from={view.year_from} to={view.year_to} />
    </FilterPanel>
  );
}
