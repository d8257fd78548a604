import Link from "next/link";
import { eventTypeLabel } from "@/lib/vocab/labels";
import { formatDateRange } from "@/lib/format";
import type { EventDto } from "@/lib/schemas/api/event-response";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import styles from "./figure-page.module.css";

// The dated events whose years overlap the figure's period: context for when the figure applies.
export function FigureEvents({ figure, events, total }: { figure: FigureDetailDto; events: EventDto[]; total: number }) {
  const { yearStart, yearEnd } = figure.period;
  const eventsHref =
    yearStart !== null && yearEnd !== null ? `/events?year_from=${yearStart}&year_to=${yearEnd}` : "/events";
  return (
    <section className={styles.section} aria-labelledby="events-heading" data-testid="figure-events">
      <h2 id="events-heading">Events in this period</h2>
      {yearStart === null || yearEnd === null ? (
        <p className="muted">The source gives no period for this figure, so no events are matched to it.</p>
      ) : events.length === 0 ? (
        <p className="muted">
          No dated events fall in {yearStart === yearEnd ? yearStart : `${yearStart}–${yearEnd}`}.
        </p>
      ) : (
        <>
          <p className="muted">
            {total} event{total === 1 ? "" : "s"} {yearStart === yearEnd ? `in ${yearStart}` : `between ${yearStart} and ${yearEnd}`} (matched
            by year).{" "}
            <Link href={eventsHref}>See them on the events page</Link>
          </p>
          <ul className={styles.plainList}>
            {events.map((event) => (
              <li key={event.id}>
                <strong>{formatDateRange(event.date, event.endDate)}</strong> ({eventTypeLabel(event.type).toLowerCase()}):{" "}
                {event.label}
              </li>
            ))}
          </ul>
          {total > events.length ? (
            <p>
              <Link href={eventsHref}>All {total} events of these years</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
