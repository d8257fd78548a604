"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/tables/data-table";
import { eventColumns } from "@/components/tables/event-columns";
import { ListEmptyState } from "@/components/tables/list-empty-state";
import { ListApiLink, ListDownloadMenu } from "@/components/tables/list-links";
import { PaginationNav } from "@/components/tables/pagination-nav";
import styles from "@/components/tables/table-toolbar.module.css";
import { useListNoun } from "@/components/tables/use-list-noun";
import { useServerTable } from "@/components/tables/use-server-table";
import { useFormat } from "@/lib/i18n/use-format";
import type { EventDto } from "@/lib/schemas/api/event-response";
import { eventsView, type EventsView } from "@/lib/views/events";
import { groupByPhase, type PhaseRef } from "@/lib/views/events/group-by-phase";

// The events table: sorted on the server through the URL (use-server-table.ts), with the rows
// listed under their phase.

export function EventsTable({
  view,
  rows,
  total,
  phases,
  clearHref,
}: {
  view: EventsView;
  rows: EventDto[];
  total: number;
  phases: PhaseRef[];
  /** The same view without filters; null when no filter is active. */
  clearHref: string | null;
}) {
  const { table, pending, page, pageCount, pageHref } = useServerTable({ list: eventsView, view, rows, total, columns: eventColumns });
  const t = useTranslations("events");
  const fmt = useFormat();
  const noun = useListNoun("events");
  const noPhaseLabel = t("table.noPhase");
  const groups = useMemo(() => groupByPhase(rows, phases, { newestFirst: view.sort === "-date", noPhaseLabel }), [rows, phases, view.sort, noPhaseLabel]);

  return (
    <section aria-labelledby="events-table-heading">
      <div className={styles.toolbar}>
        <h2 id="events-table-heading" className={styles.heading}>
          {t("table.heading")}
        </h2>
        <p className={styles.count} role="status" data-testid="event-count">
          {fmt.formatRowRange({ offset: (page - 1) * view.limit, shown: rows.length, total }, noun)}
        </p>
        <ListDownloadMenu list={eventsView} view={view} total={total} testIdPrefix="download-events" />
        <ListApiLink list={eventsView} view={view} />
      </div>
      <DataTable
        table={table}
        testId="events-table"
        caption={t("table.caption")}
        groups={groups}
        rowDomId={(event) => `event-${event.key}`}
        busy={pending}
        empty={<ListEmptyState entity="events" page={page} pageCount={pageCount} lastPageHref={pageHref(pageCount)} clearHref={clearHref} />}
      />
      <PaginationNav page={page} pageCount={pageCount} label={t("table.pages")} hrefFor={pageHref} />
    </section>
  );
}
