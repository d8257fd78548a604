"use client";

import { functionalUpdate, useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { useMemo, useOptimistic, type ReactNode } from "react";
import { DataTable } from "@/components/tables/data-table";
import { DownloadMenu } from "@/components/tables/download-menu";
import { eventColumns, EVENT_COLUMN_SORT } from "@/components/tables/event-columns";
import { PaginationNav } from "@/components/tables/pagination-nav";
import { dataTableFeatures } from "@/components/tables/table-features";
import styles from "@/components/tables/table-toolbar.module.css";
import { useUrlNavigation } from "@/components/tables/use-url-navigation";
import { groupByPhase, type PhaseRef } from "@/lib/views/events/group-by-phase";
import { eventsViewCsvHref, eventsViewJsonHref, eventsViewJsonName } from "@/lib/export/download-links";
import { formatRowRange } from "@/lib/format";
import type { EventDto } from "@/lib/schemas/api/event-response";
import type { EventSort, EventSortKey } from "@/lib/schemas/api/events-query";
import { eventsApiHref, eventsViewHref, withEventViewChanges, type EventsView } from "@/lib/views/events/view";

// The events table: sorted on the server through the URL (date, label or type), with the rows
// listed under their phase.

const NOUN = { one: "event", other: "events" };
const COLUMN_BY_SORT: Record<string, string> = { date: "date", type: "type", label: "label" };

function sortingOf(sort: EventSort): SortingState {
  const desc = sort.startsWith("-");
  const column = COLUMN_BY_SORT[desc ? sort.slice(1) : sort];
  return column ? [{ id: column, desc }] : [];
}

function sortOf(sorting: SortingState): EventSort {
  const first = sorting[0];
  const key: EventSortKey | undefined = first ? EVENT_COLUMN_SORT[first.id as keyof typeof EVENT_COLUMN_SORT] : undefined;
  if (!first || !key) return "date";
  return first.desc ? `-${key}` : key;
}

export function EventsTable({
  view,
  rows,
  total,
  phases,
  emptyState,
}: {
  view: EventsView;
  rows: EventDto[];
  total: number;
  phases: PhaseRef[];
  emptyState: ReactNode;
}) {
  const { navigate, pending } = useUrlNavigation();
  const page = view.page ?? 1;
  const urlSorting = useMemo(() => sortingOf(view.sort), [view.sort]);
  const [sorting, setOptimisticSorting] = useOptimistic(urlSorting);
  const pagination = useMemo(() => ({ pageIndex: page - 1, pageSize: view.limit }), [page, view.limit]);
  const groups = useMemo(() => groupByPhase(rows, phases, { newestFirst: view.sort === "-date" }), [rows, phases, view.sort]);

  const table = useTable({
    features: dataTableFeatures,
    columns: eventColumns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting);
      navigate(eventsViewHref(withEventViewChanges(view, { sort: sortOf(next) })), { optimistic: () => setOptimisticSorting(next) });
    },
  });

  return (
    <section aria-labelledby="events-table-heading">
      <div className={styles.toolbar}>
        <h2 id="events-table-heading" style={{ margin: 0, fontSize: "1.15rem" }}>
          Events by phase
        </h2>
        <p className={styles.count} role="status" data-testid="event-count">
          {formatRowRange({ offset: (page - 1) * view.limit, shown: rows.length, total }, NOUN)}
        </p>
        <DownloadMenu
          note={`The events of this view: the same filters and order, every page (${total}).`}
          items={[
            { label: "CSV of these events", href: eventsViewCsvHref(view), testId: "download-events-csv" },
            { label: "CSV for Excel (with BOM)", href: eventsViewCsvHref(view, { bom: true }), testId: "download-events-csv-excel" },
            { label: "JSON of these events", href: eventsViewJsonHref(view), fileName: eventsViewJsonName(view), testId: "download-events-json" },
            { label: "Every event (CSV)", href: eventsViewCsvHref({ dataset: view.dataset }), testId: "download-events-all-csv" },
          ]}
        />
        <a className="button" href={eventsApiHref(view)} data-testid="api-link">
          View as JSON (API)
        </a>
      </div>
      <DataTable
        table={table}
        testId="events-table"
        caption="Dated events as the source gives them, under the phase the dataset assigns them to. A date differing from the common dating is flagged."
        groups={groups}
        rowDomId={(event) => `event-${event.key}`}
        busy={pending}
        empty={emptyState}
      />
      <PaginationNav
        page={page}
        pageCount={table.getPageCount()}
        label="Event pages"
        hrefFor={(target) => eventsViewHref(withEventViewChanges(view, { page: target }))}
      />
    </section>
  );
}
