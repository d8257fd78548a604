"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useUrlNavigation } from "@/components/tables/use-url-navigation";
import { DIRECTION_PRESETS, directionOf, directionText, type FilterOptions } from "@/lib/views/figures/filter-options";
import {
  figuresViewHref,
  figuresViewToSearchParams,
  withViewChanges,
  type FiguresView,
} from "@/lib/views/figures/view";
import { FilterSelect } from "./filter-select";
import styles from "./filters.module.css";

// The explore filters. It is an ordinary GET form whose field names are the API's parameters, so
// it works without JavaScript too (the server ignores empty fields). With JavaScript, a select
// applies as soon as it changes; text fields apply on Enter or "Apply".

/** A select's value for a list filter: one code, or the whole list when the URL gave several. */
const listValue = (values: readonly string[] | undefined) => values?.join(",") ?? "";

export function FigureFilters({ view, options, activeCount }: { view: FiguresView; options: FilterOptions; activeCount: number }) {
  const { navigate, pending } = useUrlNavigation();
  const [open, setOpen] = useState(false);
  const direction = directionOf(view);

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    const query = params.toString();
    navigate(query ? `/figures?${query}` : "/figures");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(event.currentTarget);
  }

  // Year fields apply when they lose focus, but only when they changed (Tab must not reload).
  const submitIfChanged = (event: { currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget;
    if (input.value.trim() !== input.defaultValue && input.form) apply(input.form);
  };
  const onSelectChange = () => {
    const form = document.getElementById("figure-filters") as HTMLFormElement | null;
    if (form) apply(form);
  };

  // Kept through a filter change: how the rows are sorted and shown (the page goes back to 1).
  const kept = figuresViewToSearchParams({ sort: view.sort, limit: view.limit, cols: view.cols });

  return (
    <section className={styles.panel} aria-labelledby="filters-heading" data-open={open}>
      <div className={styles.header}>
        <h2 id="filters-heading" className={styles.heading}>
          Filters
        </h2>
        <button
          type="button"
          className={`button ${styles.toggle}`}
          aria-expanded={open}
          aria-controls="figure-filters-body"
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide filters" : "Show filters"}
          {activeCount > 0 ? ` (${activeCount} active)` : ""}
        </button>
      </div>
      <div id="figure-filters-body" className={styles.body}>
        <div role="group" aria-labelledby="direction-label" className={styles.direction}>
          <span id="direction-label" className={styles.groupLabel}>
            Direction
          </span>
          <ul className={styles.segmented}>
            {DIRECTION_PRESETS.map((preset) => (
              <li key={preset.id}>
                <Link
                  className="button"
                  href={figuresViewHref(withViewChanges(view, { from: preset.from ? [...preset.from] : undefined, to: preset.to ? [...preset.to] : undefined }))}
                  aria-current={direction === preset.id ? "true" : undefined}
                  data-active={direction === preset.id}
                  scroll={false}
                >
                  {preset.label}
                </Link>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="button"
                data-active={direction === "other"}
                aria-current={direction === "other" ? "true" : undefined}
                onClick={() => document.getElementById("filter-from")?.focus()}
              >
                {direction === "other" ? `Other: ${directionText(view)}` : "Other: choose From and To below"}
              </button>
            </li>
          </ul>
        </div>
        <form key={figuresViewHref(view)} id="figure-filters" action="/figures" method="get" onSubmit={onSubmit} className={styles.form} aria-busy={pending || undefined}>
          {[...kept].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className={`${styles.field} ${styles.search}`}>
            <label htmlFor="filter-q">Search</label>
            <input
              id="filter-q"
              type="search"
              name="q"
              defaultValue={view.q ?? ""}
              placeholder="Words in the label, phrase or notes"
              className={styles.control}
              maxLength={200}
            />
          </div>
          {options.datasets.length > 1 ? (
            <FilterSelect name="dataset" label="Dataset" value={view.dataset ?? ""} options={options.datasets} allLabel="All datasets" onChange={onSelectChange} />
          ) : view.dataset !== undefined ? (
            <input type="hidden" name="dataset" value={view.dataset} />
          ) : null}
          <FilterSelect name="from" label="From" value={listValue(view.from)} options={options.from} allLabel="Any sender" onChange={onSelectChange} />
          <FilterSelect name="to" label="To" value={listValue(view.to)} options={options.to} allLabel="Any recipient" onChange={onSelectChange} />
          <FilterSelect name="category" label="Category" value={listValue(view.category)} options={options.categories} allLabel="All categories" onChange={onSelectChange} />
          <FilterSelect name="unit" label="Unit" value={listValue(view.unit)} options={options.units} allLabel="All units" onChange={onSelectChange} />
          <FilterSelect name="qualifier" label="Qualifier" value={listValue(view.qualifier)} options={options.qualifiers} allLabel="Any qualifier" onChange={onSelectChange} />
          <FilterSelect name="phase" label="Phase" value={view.phase ?? ""} options={options.phases} allLabel="All phases" onChange={onSelectChange} />
          <fieldset className={styles.years}>
            <legend>Period overlaps the years</legend>
            <div className={styles.field}>
              <label htmlFor="filter-year_from">From year</label>
              <input
                id="filter-year_from"
                name="year_from"
                inputMode="numeric"
                pattern="[0-9]{4}"
                maxLength={4}
                defaultValue={view.year_from ?? ""}
                onBlur={submitIfChanged}
                className={styles.control}
                placeholder="e.g. 1950"
              />
            </div>
            <div className={styles.field}>
              <label htmlFor="filter-year_to">To year</label>
              <input
                id="filter-year_to"
                name="year_to"
                inputMode="numeric"
                pattern="[0-9]{4}"
                maxLength={4}
                defaultValue={view.year_to ?? ""}
                onBlur={submitIfChanged}
                className={styles.control}
                placeholder="e.g. 1962"
              />
            </div>
          </fieldset>
          <FilterSelect name="flag" label="Flag" value={view.flag ?? ""} options={options.flags} allLabel="Any or no flag" onChange={onSelectChange} />
          <FilterSelect
            name="derived"
            label="Printed or derived"
            value={view.derived === undefined ? "" : String(view.derived)}
            options={[
              { value: "false", label: "Printed numbers only" },
              { value: "true", label: "Derived from the text only" },
            ]}
            allLabel="Both"
            onChange={onSelectChange}
          />
          {view.parent !== undefined ? <input type="hidden" name="parent" value={String(view.parent)} /> : null}
          <div className={styles.actions}>
            <button type="submit" className="button primary">
              Apply filters
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
