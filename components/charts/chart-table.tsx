import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { figureHref } from "@/lib/charts/chart-types";
import styles from "./chart-table.module.css";

// What every chart's table alternative shares: the box that names the chart for tests and tools
// (data-chart-table), the flags of a mark as badges, and a list of links to figures. Each chart's
// own table is in its folder; the table itself is components/ui/simple-table.tsx.

export function ChartTables({ chart, children }: { chart: string; children: ReactNode }) {
  return (
    <div className={styles.tables} data-chart-table={chart}>
      {children}
    </div>
  );
}

export function FlagBadges({ flags }: { flags: readonly { code: string; label: string }[] }) {
  if (flags.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {flags.map((flag) => (
        <span key={flag.code} className={`badge warn ${styles.flag}`}>
          {flag.label}
        </span>
      ))}
    </>
  );
}

/** "Figure one; Figure two", each a link to its figure page; "and 812 more" when `total` is larger. */
export function FigureLinks({ figures, total = figures.length }: { figures: readonly { id: number; label: string }[]; total?: number }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <>
      {figures.map((figure, index) => (
        <span key={figure.id}>
          {index > 0 ? "; " : ""}
          <Link href={figureHref(figure.id)}>{figure.label}</Link>
        </span>
      ))}
      {total > figures.length ? <span> {t("names.andMore", { count: total - figures.length })}</span> : null}
    </>
  );
}
