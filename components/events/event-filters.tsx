"use client";

import { useState, type FormEvent } from "react";
import { FilterSelect } from "@/components/filters/filter-select";
import styles from "@/components/filters/filters.module.css";
import { useUrlNavigation } from "@/components/tables/use-url-navigation";
import type { EventFilterOptions } from "@/lib/views/events/filter-options";
import { eventsViewHref, eventsViewToSearchParams, type EventsView } from "@/lib/views/events/view";

// The events filters: a GET form with the API's parameter names (works without JavaScript); with
// JavaScript a select applies as soon as it changes.

export function EventFilters({ view, options, activeCount }: { view: EventsView; options: EventFilterOptions; activeCount: number }) {
  const { navigate, pending } = useUrlNavigation();
  const [open, setOpen] = useState(false);

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    const query = params.toString();
    navigate(query ? `/events?${query}` : "/events");
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onSelectChange = () => {
    const form = document.getElementById("event-filters") as HTMLFormElement | null;
    if (form) apply(form);
  };
  const submitIfChanged = (event: { currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget;
    if (input.value.trim() !== input.defaultValue && input.form) apply(input.form);
  };
  const kept = eventsViewToSearchParams({ sort: view.sort, limit: view.limit });

  return (
    <section className={styles.panel} aria-labelledby="event-filters-heading" data-open={open}>
      <div className={styles.header}>
        <h2 id="event-filters-heading" className={styles.heading}>
          Filters
        </h2>
        <button
          type="button"
          className={`button ${styles.toggle}`}
          aria-expanded={open}
          aria-controls="event-filters-body"
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide filters" : "Show filters"}
          {activeCount > 0 ? ` (${activeCount} active)` : ""}
        </button>
      </div>
      <div id="event-filters-body" className={styles.body}>
        <form key={eventsViewHref(view)} id="event-filters" action="/events" method="get" onSubmit={onSubmit} className={styles.form} aria-busy={pending || undefined}>
          {[...kept].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {view.dataset !== undefined ? <input type="hidden" name="dataset" value={view.dataset} /> : null}
          <div className={`${styles.field} ${styles.search}`}>
            <label htmlFor="event-filter-q">Search</label>
            <input id="event-filter-q" type="search" name="q" defaultValue={view.q ?? ""} placeholder="Words in the label, the date as printed or the notes" className={styles.control} maxLength={200} />
          </div>
          <FilterSelect idPrefix="event-filter" name="phase" label="Phase" value={view.phase ?? ""} options={options.phases} allLabel="All phases" onChange={onSelectChange} />
          <FilterSelect idPrefix="event-filter" name="type" label="Type" value={view.type?.join(",") ?? ""} options={options.types} allLabel="All types" onChange={onSelectChange} />
          <FilterSelect idPrefix="event-filter" name="actor" label="Actor" value={view.actor?.join(",") ?? ""} options={options.actors} allLabel="Any actor" onChange={onSelectChange} />
          <fieldset className={styles.years}>
            <legend>Years</legend>
            <div className={styles.field}>
              <label htmlFor="event-filter-year_from">From year</label>
              <input id="event-filter-year_from" name="year_from" inputMode="numeric" pattern="[0-9]{4}" maxLength={4} defaultValue={view.year_from ?? ""} onBlur={submitIfChanged} className={styles.control} placeholder="e.g. 1950" />
            </div>
            <div className={styles.field}>
              <label htmlFor="event-filter-year_to">To year</label>
              <input id="event-filter-year_to" name="year_to" inputMode="numeric" pattern="[0-9]{4}" maxLength={4} defaultValue={view.year_to ?? ""} onBlur={submitIfChanged} className={styles.control} placeholder="e.g. 1962" />
            </div>
          </fieldset>
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
