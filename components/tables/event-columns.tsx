"use client";

import { createColumnHelper, type CellContext } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useVocab } from "@/lib/i18n/use-vocab";
import type { EventDto } from "@/lib/schemas/api/event-response";
import { eventsView } from "@/lib/views/events";
import { namedColumn } from "./column-name";
import styles from "./event-columns.module.css";
import { FlagBadges } from "./flag-badges";
import { sortableBy } from "./sortable-by";
import { dataTableFeatures } from "./table-features";

// The events table's columns, at module scope. Date, type and label sort on the server (the API's
// sort keys); the other columns do not. Cells that show words are components, so they read the
// page's language; the source's own words (label, date as printed, notes) stay as printed.

const helper = createColumnHelper<typeof dataTableFeatures, EventDto>();

const sortable = sortableBy(eventsView.columnSort);

const named = (id: string, extra?: Parameters<typeof namedColumn>[2]) => namedColumn("events", id, extra);

type Cell<Value> = CellContext<typeof dataTableFeatures, EventDto, Value>;

function DateCell({ row }: Cell<string>) {
  const t = useTranslations("explore");
  const fmt = useFormat();
  const event = row.original;
  return (
    <span data-date={event.date}>
      <span className={styles.dateRange}>{fmt.formatDateRange(event.date, event.endDate)}</span>
      {event.dateStatus === "inferred" ? <span className="muted"> {t("cells.inferred")}</span> : null}
      <br />
      <span className="muted" title={t("cells.asPrintedTitle")}>
        {t("cells.asPrinted", { text: event.dateText })}
      </span>
    </span>
  );
}

function LabelCell({ row }: Cell<string>) {
  const t = useTranslations("explore");
  const event = row.original;
  return (
    <>
      {event.label}
      {event.notes ? (
        <details>
          <summary className="muted">{t("cells.notes")}</summary>
          <p className={styles.notes}>{event.notes}</p>
        </details>
      ) : null}
    </>
  );
}

function TypeCell({ getValue }: Cell<string>) {
  return useVocab().eventType(getValue());
}

function SourceCell({ row }: Cell<string>) {
  const t = useTranslations("explore");
  const event = row.original;
  return (
    <span title={`“${event.phrase}”${event.citedRef ? ` ${t("cells.cites", { ref: event.citedRef })}` : ""}`}>
      {event.source.author}
      {event.source.year ? ` (${event.source.year})` : ""}
      <span className="muted">, “{event.section}”</span>
    </span>
  );
}

export const eventColumns = helper.columns([
  helper.accessor("date", {
    ...sortable("date"),
    ...named("date"),
    cell: DateCell,
  }),
  helper.accessor("label", {
    ...sortable("label"),
    ...named("label", { rowHeader: true }),
    cell: LabelCell,
  }),
  helper.accessor("type", {
    ...sortable("type"),
    ...named("type"),
    cell: TypeCell,
  }),
  helper.accessor((event) => event.actors.map((actor) => actor.code).join(", "), {
    ...sortable("actors"),
    ...named("actors"),
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
    ...named("flags"),
    cell: (info) => <FlagBadges flags={info.row.original.flags} />,
  }),
  helper.accessor("section", {
    ...sortable("source"),
    ...named("source"),
    cell: SourceCell,
  }),
]);
