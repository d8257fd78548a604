"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FocusEvent, type FormEvent, type ReactNode } from "react";
import { useUrlNavigation } from "@/components/tables/use-url-navigation";
import { getPathname } from "@/i18n/navigation";
import type { ListView, ListViewState } from "@/lib/views/list/list-view";
import { withQuery } from "@/lib/views/with-query";
import styles from "./filters.module.css";
import { APPLY_ON_BLUR } from "./text-filter-fields";

// The filter panel of a list page. It is an ordinary GET form whose field names are the API's
// parameters, so it works without JavaScript too (the server ignores empty fields). With
// JavaScript, a select applies as soon as it changes, a year field when it loses focus having
// changed (Tab alone must not reload), and the search on Enter or "Apply". On narrow screens the
// panel folds away behind a "Show filters" button.

interface FilterPanelProps<View extends ListViewState, Filter extends keyof View & string, Column extends string> {
  list: ListView<View, Filter, Column>;
  view: View;
  /** The form's id; the panel's heading and body take their ids from it. */
  id: string;
  activeCount: number;
  /** What shows above the form (the explore page's direction choice). */
  header?: ReactNode;
  children: ReactNode;
}

export function FilterPanel<View extends ListViewState, Filter extends keyof View & string, Column extends string>({
  list,
  view,
  id,
  activeCount,
  header,
  children,
}: FilterPanelProps<View, Filter, Column>) {
  const { navigate, pending } = useUrlNavigation();
  const [open, setOpen] = useState(false);
  const t = useTranslations("explore.filters");
  // Without JavaScript the form itself is the request: it goes to the page in its own language.
  const action = getPathname({ href: list.path, locale: useLocale() });

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    navigate(withQuery(list.path, params));
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement) apply(event.currentTarget);
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.hasAttribute(APPLY_ON_BLUR) && input.value.trim() !== input.defaultValue) apply(event.currentTarget);
  };

  // Kept through a filter change: how the rows are sorted and shown (the page goes back to 1).
  const kept = list.toSearchParams(list.withoutFilters(view));

  return (
    <section className={styles.panel} aria-labelledby={`${id}-heading`} data-open={open}>
      <div className={styles.header}>
        <h2 id={`${id}-heading`} className={styles.heading}>
          {t("heading")}
        </h2>
        <button type="button" className={`button ${styles.toggle}`} aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {open ? t("hide") : t("show")}
          {activeCount > 0 ? ` ${t("activeCount", { count: activeCount })}` : ""}
        </button>
      </div>
      <div id={`${id}-body`} className={styles.body}>
        {header}
        <form
          key={list.href(view)}
          id={id}
          action={action}
          method="get"
          onSubmit={onSubmit}
          onChange={onChange}
          onBlur={onBlur}
          className={styles.form}
          aria-busy={pending || undefined}
        >
          {[...kept].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
          <div className={styles.actions}>
            <button type="submit" className="button primary">
              {t("apply")}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
