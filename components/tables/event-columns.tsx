"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { eventTypeLabel } from "@/lib/vocab/labels";
import { formatDateRange } from "@/lib/format";
import type { EventDto } from "@/lib/schemas/api/event-response";
import { eventsView } from "@/lib/views/events";
import styles from "./event-columns.module.css";
import { FlagBadges } from "./flag-badges";
import { sortableBy } from "./sortable-by";
import { dataTableFeatures } from "./table-features";

// The events table's columns, at module scope. Date, type and label sort on the server (the API's
// sort keys); the other columns do not.

const helper = createColumnHelper<typeof dataTableFeatures, EventDto>();

const sortable = sortableBy(eventsView.columnSort);

export const eventColumns = helper.columns([
  helper.accessor("date", {
    ...sortable("date"),
    header: "Date",
    meta: { label: "Date" },
    cell: (info) => {
      const event = info.row.original;
      return (
        <span data-date={event.date}>
          <span className={styles.dateRange}>{formatDateRange(event.date, event.endDate)}</span>
          {event.dateStatus === "inferred" ? <span className="muted"> (inferred)</span> : null}
          <br />
          <span className="muted" title="The date in the source's own words">
            as printed: “{event.dateText}”
          </span>
        </span>
      );
    },
  }),
  helper.accessor("label", {
    ...sortable("label"),
    header: "Event",
    meta: { label: "Event", rowHeader: true },
    cell: (info) => {
      const event = info.row.original;
      return (
        <>
          {event.label}
          {event.notes ? (
            <details>
              <summary className="muted">Notes</summary>
              <p className={styles.notes}>{event.notes}</p>
            </details>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor("type", {
    ...sortable("type"),
    header: "Type",
    meta: { label: "Type" },
    cell: (info) => eventTypeLabel(info.getValue()),
  }),
  helper.accessor((event) => event.actors.map((actor) => actor.code).join(", "), {
    ...sortable("actors"),
    header: "Actors",
    meta: { label: "Actors" },
    cell: (info) =>
      info.row.original.actors.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        info.row.original.actors.map((actor, index) => (
          <span key={actor.code}>
            {index > 0 ? ", " : ""}
            <abbr title={actor.name}>{actor.code}</abbr>
          </span>
        ))
      ),
  }),
  helper.accessor((event) => event.flags.join(";"), {
    ...sortable("flags"),
    header: "Flags",
    meta: { label: "Flags" },
    cell: (info) => <FlagBadges flags={info.row.original.flags} />,
  }),
  helper.accessor("section", {
    ...sortable("source"),
    header: "Source",
    meta: { label: "Source and section" },
    cell: (info) => {
      const event = info.row.original;
      return (
        <span title={`“${event.phrase}”${event.citedRef ? ` (cites ${event.citedRef})` : ""}`}>
          {event.source.author}
          {event.source.year ? ` (${event.source.year})` : ""}
          <span className="muted">, “{event.section}”</span>
        </span>
      );
    },
  }),
]);
