"use client";

import Link from "next/link";
import { figuresView, type FiguresView } from "@/lib/views/figures";
import { directionOf, directionText, type FilterOptions } from "@/lib/views/figures/filter-options";
import { FilterPanel } from "./filter-panel";
import { FilterSelect } from "./filter-select";
import styles from "./filters.module.css";
import { SearchField, YearRangeFields } from "./text-filter-fields";

// The explore filters (filter-panel.tsx), with the main flow's two directions as quick choices
// above the form.

function DirectionChoice({ view, presets }: { view: FiguresView; presets: FilterOptions["directions"] }) {
  const direction = directionOf(view, presets);
  return (
    <div role="group" aria-labelledby="direction-label" className={styles.direction}>
      <span id="direction-label" className={styles.groupLabel}>
        Direction
      </span>
      <ul className={styles.segmented}>
        {presets.map((preset) => (
          <li key={preset.id}>
            <Link
              className="button"
              href={figuresView.href(figuresView.withChanges(view, { from: preset.from ? [...preset.from] : undefined, to: preset.to ? [...preset.to] : undefined }))}
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
  );
}

export function FigureFilters({ view, options, activeCount }: { view: FiguresView; options: FilterOptions; activeCount: number }) {
  return (
    <FilterPanel list={figuresView} view={view} id="figure-filters" activeCount={activeCount} header={<DirectionChoice view={view} presets={options.directions} />}>
      <SearchField idPrefix="filter" value={view.q} placeholder="Words in the label, phrase or notes" />
      {options.datasets.length > 1 ? (
        <FilterSelect name="dataset" label="Dataset" value={view.dataset} options={options.datasets} allLabel="All datasets" />
      ) : view.dataset !== undefined ? (
        <input type="hidden" name="dataset" value={view.dataset} />
      ) : null}
      <FilterSelect name="from" label="From" value={view.from} options={options.from} allLabel="Any sender" />
      <FilterSelect name="to" label="To" value={view.to} options={options.to} allLabel="Any recipient" />
      <FilterSelect name="category" label="Category" value={view.category} options={options.categories} allLabel="All categories" />
      <FilterSelect name="unit" label="Unit" value={view.unit} options={options.units} allLabel="All units" />
      <FilterSelect name="qualifier" label="Qualifier" value={view.qualifier} options={options.qualifiers} allLabel="Any qualifier" />
      <FilterSelect name="phase" label="Phase" value={view.phase} options={options.phases} allLabel="All phases" />
      <YearRangeFields idPrefix="filter" legend="Period overlaps the years" from={view.year_from} to={view.year_to} />
      <FilterSelect name="flag" label="Flag" value={view.flag} options={options.flags} allLabel="Any or no flag" />
      <FilterSelect
        name="derived"
        label="Printed or derived"
        value={view.derived === undefined ? undefined : String(view.derived)}
        options={[
          { value: "false", label: "Printed numbers only" },
          { value: "true", label: "Derived from the text only" },
        ]}
        allLabel="Both"
      />
      {view.parent !== undefined ? <input type="hidden" name="parent" value={String(view.parent)} /> : null}
    </FilterPanel>
  );
}
