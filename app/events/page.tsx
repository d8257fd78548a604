import type { Metadata } from "next";
import { EventFilters } from "@/components/events/event-filters";
import { EventsTimeline } from "@/components/events/events-timeline";
import { EventsTable } from "@/components/events/events-table";
import { ListPage } from "@/components/tables/list-page";
import { getEventFacets } from "@/lib/data/events/facets";
import { listEvents } from "@/lib/data/events/list";
import { listPhases } from "@/lib/data/phases";
import { eventsView, PAGE_EVENTS_LIMIT } from "@/lib/views/events";
import { buildEventFilterOptions, describeEventFilters } from "@/lib/views/events/filter-options";
import { listEventsForView } from "@/lib/views/events/load";
import type { RawParams } from "@/lib/views/raw-params";

// /events: the dated events, grouped by phase, sortable and filterable through the URL (the API's
// parameters: lib/views/events.ts; /api/v1/events?<same params> lists the same events).

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = eventsView.parse(await searchParams);
  const [list, facets, phases, timelineEvents] = await Promise.all([
    listEventsForView(parsed.view),
    getEventFacets(),
    listPhases(),
    // The timeline shows every event (the filters apply to the table).
    listEvents({ sort: "date", limit: PAGE_EVENTS_LIMIT }),
  ]);
  const { view } = list;
  const options = buildEventFilterOptions(facets, phases);
  const filters = eventsView.filterLinks(view, describeEventFilters(view, options));

  return (
    <ListPage
      title="Events"
      lede={
        <>
          The dated events of the Sino-Soviet relationship, from the source’s own account. Each date is shown as the source
          prints it and as a normalised date; where the source’s date differs from the common dating, or where part of it is
          inferred, the event is flagged.
        </>
      }
      notices={[...parsed.notices, ...list.notices]}
      before={<EventsTimeline events={timelineEvents.rows} phases={phases} />}
      filters={<EventFilters view={view} options={options} activeCount={filters.active.length} />}
      filterLinks={filters}
      table={
        <EventsTable
          view={view}
          rows={list.rows}
          total={list.total}
          phases={phases.map((phase) => ({ key: phase.key, label: phase.label }))}
          clearHref={filters.clearHref}
        />
      }
    />
  );
}
