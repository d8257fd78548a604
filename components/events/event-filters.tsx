"use client";

import { FilterPanel } from "@/components/filters/filter-panel";
import { FilterSelect } from "@/components/filters/filter-select";
import { SearchField, YearRangeFields } from "@/components/filters/text-filter-fields";
import { eventsView, type EventsView } from "@/lib/views/events";
import type { EventFilterOptions } from "@/lib/views/events/filter-options";

// The events filters (components/filters/filter-panel.tsx).

export function EventFilters({ view, options, activeCount }: { view: EventsView; options: EventFilterOptions; activeCount: number }) {
  return (
    <FilterPanel list={eventsView} view={view} id="event-filters" activeCount={activeCount}>
      {view.dataset !== undefined ? <input type="hidden" name="dataset" value={view.dataset} /> : null}
      <SearchField idPrefix="event-filter" value={view.q} placeholder="Words in the label, the date as printed or the notes" />
      <FilterSelect idPrefix="event-filter" name="phase" label="Phase" value={view.phase} options={options.phases} allLabel="All phases" />
      <FilterSelect idPrefix="event-filter" name="type" label="Type" value={view.type} options={options.types} allLabel="All types" />
      <FilterSelect idPrefix="event-filter" name="actor" label="Actor" value={view.actor} options={options.actors} allLabel="Any actor" />
      <YearRangeFields idPrefix="event-filter" legend="Years" from={view.year_from} to={view.year_to} />
    </FilterPanel>
  );
}
