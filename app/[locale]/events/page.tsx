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
import { getListWords } from "@/lib/views/list/get-list-words";
import { eventsWithActorNames } from "@/lib/views/list/actor-names";
import { getTranslations } from "next-intl/server";
import type { RawParams } from "@/lib/views/raw-params";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { ClientMessages } from "@/app/_shell/client-messages";

// /events: the dated events, grouped by phase, sortable and filterable through the URL (the API's
// parameters: lib/views/events.ts; /api/v1/events?<same params> lists the same events).

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => pageMetadata("events");

export default async function EventsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = eventsView.parse(await searchParams);
  const [list, facets, phases, timelineEvents, words, t] = await Promise.all([
    listEventsForView(parsed.view),
    getEventFacets(),
    listPhases(),
    // The timeline shows every event (the filters apply to the table).
    listEvents({ sort: "date", limit: PAGE_EVENTS_LIMIT }),
    getListWords(),
    getTranslations("events.page"),
  ]);
  const { view } = list;
  const options = buildEventFilterOptions(facets, phases, words);
  const filters = eventsView.filterLinks(view, describeEventFilters(view, options, words.t));

  return (
    <ClientMessages namespaces={["charts", "events", "explore", "format", "glossary", "vocab"]}>
      <ListPage
        title={t("title")}
        lede={t("lede")}
        notices={[...parsed.notices, ...list.notices]}
        before={<EventsTimeline events={timelineEvents.rows} phases={phases} />}
        filters={<EventFilters view={view} options={options} activeCount={filters.active.length} />}
        filterLinks={filters}
        table={
          <EventsTable
            view={view}
            rows={eventsWithActorNames(list.rows, words.actorName)}
            total={list.total}
            phases={phases.map((phase) => ({ key: phase.key, label: phase.label }))}
            clearHref={filters.clearHref}
          />
        }
      />
    </ClientMessages>
  );
}
