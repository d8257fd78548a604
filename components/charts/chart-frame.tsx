import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import type { ChartCap } from "@/lib/charts/cap";
import styles from "./charts.module.css";

// The frame every chart sits in: title, subtitle (unit and period), a toolbar (the chart/table
// toggle, sharing and export), optional controls, the chart box, the source line and notes. Stable
// data attributes let the tools (image export, copy link, embed) and the tests find the parts:
// data-chart-frame, data-chart-title, data-chart-subtitle, data-chart-source.

export interface ChartFrameProps {
  id: string;
  title: string;
  subtitle: string;
  source?: string;
  /** The id of the chart's summary in words (ChartBody renders it): the section's accessible description. */
  describedBy?: string;
  toolbar?: ReactNode;
  controls?: ReactNode;
  notes?: readonly string[];
  /** What the chart leaves out for legibility: said above the chart, with a link to all of it. */
  caps?: readonly ChartCap[];
  footer?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({ id, title, subtitle, source, describedBy, toolbar, controls, notes = [], caps = [], footer, children }: ChartFrameProps) {
  const titleId = `chart-${id}-title`;
  return (
    <section className={styles.frame} data-chart-frame={id} aria-labelledby={titleId} aria-describedby={describedBy} id={`chart-${id}`}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <h2 id={titleId} data-chart-title>
            {title}
          </h2>
          <p className={styles.subtitle} data-chart-subtitle>
            {subtitle}
          </p>
        </div>
        {toolbar ? (
          <div className={styles.toolbar} data-chart-toolbar>
            {toolbar}
          </div>
        ) : null}
      </header>
      {controls ? <div className={styles.controls}>{controls}</div> : null}
      {caps.map((cap) => (
        <CapLine key={cap.text} cap={cap} />
      ))}
      {children}
      {source ? (
        <p className={styles.source} data-chart-source>
          {source}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className={styles.notes} data-chart-notes>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {footer}
    </section>
  );
}

/** "Showing the 40 largest of 12,345 bars…; see every one in Explore." */
function CapLine({ cap }: { cap: ChartCap }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <p className={styles.cap} data-chart-cap={cap.total}>
      {t.rich("cap.line", { text: cap.text, link: (words) => <Link href={cap.href}>{words}</Link>, linkText: cap.linkText })}
    </p>
  );
}

/** The id of a chart's summary paragraph. */
export const chartSummaryId = (id: string) => `chart-${id}-summary`;

/** A chart in words, under the chart: what the frame, the embed and screen readers describe it by. */
export function ChartSummary({ id, summary }: { id: string; summary: string }) {
  return (
    <p id={chartSummaryId(id)} className={styles.summary} data-chart-summary={id}>
      {summary}
    </p>
  );
}

/** What a chart box shows when the selection leaves nothing to draw: the reason, in words. */
export function ChartEmpty({ id, reason }: { id: string; reason: string }) {
  return (
    <div className={styles.empty} data-chart-empty={id} role="status">
      <p className={styles.emptyText}>{reason}</p>
    </div>
  );
}
