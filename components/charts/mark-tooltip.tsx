"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { MarkInfo } from "@/lib/charts/chart-types";
import type { Translate } from "@/lib/i18n/translate";
import styles from "./charts.module.css";

// The tooltip of one chart mark, shown on hover and on keyboard focus. Positioned inside the chart
// box next to the mark, kept inside the box, and never in the way of the pointer.

export interface ActiveMark {
  index: number;
  /** Anchor point in the chart box's coordinates (px). */
  x: number;
  y: number;
  /** Width of the chart box, to keep the tooltip inside it. */
  boxWidth: number;
}

export function MarkTooltip({ id, info, anchor }: { id: string; info: MarkInfo; anchor: ActiveMark }) {
  const { boxWidth } = anchor;
  const width = Math.min(352, Math.max(200, boxWidth - 16));
  const left = Math.max(8, Math.min(anchor.x + 12, boxWidth - width - 8));
  const top = anchor.y + 14;
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <div id={id} role="tooltip" className={styles.tooltip} style={{ left, top, width }} data-chart-tooltip>
      <p className={styles.tooltipTitle}>{info.title}</p>
      <p className={styles.tooltipValue}>{info.valueText}</p>
      {info.printed ? <p>{t("tooltip.printed", { printed: info.printed })}</p> : null}
      {info.phrase ? <p>{t("tooltip.phrase", { phrase: info.phrase })}</p> : null}
      {info.period ? <p>{t("tooltip.period", { period: info.period })}</p> : null}
      {info.direction ? <p>{t("tooltip.direction", { direction: info.direction })}</p> : null}
      {info.derivedNote ? <p data-derived-note>{info.derivedNote}</p> : null}
      {info.extra.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {info.flags.length > 0 ? (
        <p className={styles.tooltipBadges}>
          {info.flags.map((flag) => (
            <span key={flag.code} className="badge warn">
              {flag.label}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** The text a screen reader hears on focusing a mark. */
export function markAriaLabel(info: MarkInfo, t: Translate): string {
  const parts = [info.title, info.valueText];
  if (info.period) parts.push(info.period);
  if (info.direction) parts.push(info.direction);
  if (info.flags.length > 0) parts.push(t("tooltip.flags", { flags: info.flags.map((flag) => flag.label).join(", ") }));
  if (info.derivedNote) parts.push(info.derivedNote);
  return parts.join(". ");
}
