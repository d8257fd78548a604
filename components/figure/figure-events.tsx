import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useVocab } from "@/lib/i18n/use-vocab";
import { useFormat } from "@/lib/i18n/use-format";
import type { EventDto } from "@/lib/schemas/api/event-response";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import styles from "./figure-page.module.css";

// The dated events whose years overlap the figure's period: context for when the figure applies.
export function FigureEvents({ figure, events, total }: { figure: FigureDetailDto; events: EventDto[]; total: number }) {
  const t = useTranslations("figure.events");
  const fmt = useFormat();
  const vocab = useVocab();
  const { yearStart, yearEnd } = figure.period;
  const eventsHref =
    yearStart !== null && yearEnd !== null ? `/events?year_from=${yearStart}&year_to=${yearEnd}` : "/events";
  return (
    <section className={styles.section} aria-labelledby="events-heading" data-testid="figure-events">
      <h2 id="events-heading">{t("heading")}</h2>
      {yearStart === null || yearEnd === null ? (
        <p className="muted">{t("noPeriod")}</p>
      ) : events.length === 0 ? (
        <p className="muted">
          {yearStart === yearEnd ? t("noneInYear", { year: String(yearStart) }) : t("noneInYears", { from: String(yearStart), to: String(yearEnd) })}
        </p>
      ) : (
        <>
          <p className="muted">
            {yearStart === yearEnd ? t("countInYear", { total, year: String(yearStart) }) : t("countInYears", { total, from: String(yearStart), to: String(yearEnd) })}{" "}
            <Link href={eventsHref}>{t("seeAll")}</Link>
          </p>
          <ul className={styles.plainList}>
            {events.map((event) => (
              <li key={event.id}>
                <strong>{fmt.formatDateRange(event.date, event.endDate)}</strong> ({vocab.eventType(event.type).toLocaleLowerCase(fmt.locale)}):{" "}
                {event.label}
              </li>
            ))}
          </ul>
          {total > events.length ? (
            <p>
              <Link href={eventsHref}>{t("allOfYears", { total })}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
