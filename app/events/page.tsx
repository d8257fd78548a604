import type { Metadata } from "next";
import Link from "next/link";
import { EventFilters } from "@/components/events/event-filters";
import { EventsTimeline } from "@/components/events/events-timeline";
import { EventsTable } from "@/components/events/events-table";
import { ActiveFilterChips } from "@/components/filters/active-filter-chips";
import { UrlNotices } from "@/components/filters/url-notices";
import { getEventFacets } from "@/lib/data/events/facets";
import { listEvents } from "@/lib/data/events/list";
import { listEventsForView } from "@/lib/views/events/load";
import { listPhases } from "@/lib/data/phases";
import { buildEventFilterOptions, describeEventFilters } from "@/lib/views/events/filter-options";
import { eventsViewHref, PAGE_EVENTS_LIMIT, parseEventsView, withEventViewChanges, withoutEventFilters } from "@/lib/views/events/view";
import type { RawParams } from "@/lib/views/list/raw-params";

// /events: the dated events, grouped by phase, sortable and filterable through the URL (the API's
// parameters: /api/v1/events?<same params> lists the same events).

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = parseEventsView(await searchParams);
  const [result, facets, phases, timelineEvents] = await Promise.all([
    listEventsForView(parsed.view),
    getEventFacets(),
    listPhases(),
    // The timeline shows every event (the filters apply to the table).
    listEvents({ sort: "date", limit: PAGE_EVENTS_LIMIT }),
  ]);
  const { view, rows, total } = result;
  const notices = [...parsed.notices, ...result.notices];
  const options = buildEventFilterOptions(facets, phases);
  const active = describeEventFilters(view, options).map((filter) => ({
    ...filter,
    removeHref: eventsViewHref(withEventViewChanges(view, { [filter.key]: undefined })),
  }));
  const clearHref = eventsViewHref(withoutEventFilters(view));

  return (
    <div className="page">
      <h1>Events</h1>
      <p className="lede">
        The dated events of the Sino-Soviet relationship, from the source’s own account. Each date is shown as the source
        prints it and as a normalised date; where the source’s date differs from the common dating, or where part of it is
        inferred, the event is flagged.
      </p>
      <UrlNotices notices={notices} />
      <div style={{ marginBottom: "1.25rem" }}>
        <EventsTimeline events={timelineEvents.rows} phases={phases} />
      </div>
      <EventFilters view={view} options={options} activeCount={active.length} />
      <ActiveFilterChips filters={active} clearHref={clearHref} />
      <EventsTable
        view={view}
        rows={rows}
        total={total}
        phases={phases.map((phase) => ({ key: phase.key, label: phase.label }))}
        emptyState={
          <>
            <p style={{ margin: "0 0 0.5rem", fontWeight: 600 }}>No events match these filters.</p>
            {active.length > 0 ? (
              <Link href={clearHref} className="button">
                Clear filters
              </Link>
            ) : (
              <p className="muted">The database holds no events yet.</p>
            )}
          </>
        }
      />
    </div>
  );
}
