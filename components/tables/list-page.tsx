import type { ReactNode } from "react";
import { ActiveFilterChips } from "@/components/filters/active-filter-chips";
import { UrlNotices } from "@/components/filters/url-notices";
import type { RemovableFilter } from "@/lib/views/list/filter-options";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import styles from "./list-page.module.css";

// The layout of a list page (/figures, /events): what it lists, what the URL could not use, the
// filters and the active ones as chips, then the table.

export function ListPage({
  title,
  lede,
  notices,
  before,
  filters,
  filterLinks,
  table,
}: {
  title: string;
  lede: ReactNode;
  notices: UrlNotice[];
  /** What shows between the notices and the filters (the events page's timeline). */
  before?: ReactNode;
  filters: ReactNode;
  filterLinks: { active: RemovableFilter[]; clearHref: string | null };
  table: ReactNode;
}) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      <UrlNotices notices={notices} />
      {before ? <div className={styles.before}>{before}</div> : null}
      {filters}
      <ActiveFilterChips filters={filterLinks.active} clearHref={filterLinks.clearHref} />
      {table}
    </div>
  );
}
