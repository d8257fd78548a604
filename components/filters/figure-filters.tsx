"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { figuresView, type FiguresView } from "@/lib/views/figures";
import { directionOf, directionText, type FilterOptions } from "@/lib/views/figures/filter-options";
import { FilterPanel } from "./filter-panel";
import { FilterSelect } from "./filter-select";
import styles from "./filters.module.css";
import { SearchField, YearRangeFields } from "./text-filter-fields";

// The explore filters (filter-panel.tsx), with the main flow's two directions as quick choices
// above the form.

function DirectionChoice({ view, presets }: { view: FiguresView; presets: FilterOptions["directions"] }) {
  const t = useTranslations("explore");
  const direction = directionOf(view, presets);
  return (
    <div role="group" aria-labelledby="direction-label" className={styles.direction}>
      <span id="direction-label" className={styles.groupLabel}>
        {t("direction.label")}
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
              // Their addresses change with every sort and filter: prefetching them would send two
              // requests to the server on each change, for a click that may never come.
              prefetch={false}
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
            {direction === "other" ? t("direction.other", { direction: directionText(view, t) }) : t("direction.otherChoose")}
          </button>
        </li>
      </ul>
    </div>
  );
}

export function FigureFilters({ view, options, activeCount }: { view: FiguresView; options: FilterOptions; activeCount: number }) {
  const t = useTranslations("explore.filters");
  return (
    <FilterPanel list={figuresView} view={view} id="figure-filters" activeCount={activeCount} header={<DirectionChoice view={view} presets={options.directions} />}>
      <SearchField idPrefix="filter" value={view.q} placeholder={t("searchPlaceholder")} />
      {options.datasets.length > 1 ? (
        <FilterSelect name="dataset" label={t("dataset")} value={view.dataset} options={options.datasets} allLabel={t("allDatasets")} />
      ) : view.dataset !== undefined ? (
        <input type="hidden" name="dataset" value={view.dataset} />
      ) : null}
      <FilterSelect name="from" label={t("from")} value={view.from} options={options.from} allLabel={t("anySender")} />
      <FilterSelect name="to" label={t("to")} value={view.to} options={options.to} allLabel={t("anyRecipient")} />
      <FilterSelect name="category" label={t("category")} value={view.category} options={options.categories} allLabel={t("allCategories")} />
      <FilterSelect name="unit" label={t("unit")} value={view.unit} options={options.units} allLabel={t("allUnits")} />
      <FilterSelect name="qualifier" label={t("qualifier")} value={view.qualifier} options={options.qualifiers} allLabel={t("anyQualifier")} />
      <FilterSelect name="phase" label={t("phase")} value={view.phase} options={options.phases} allLabel={t("allPhases")} />
      <YearRangeFields idPrefix="filter" legend={t("yearsOverlap")} from={view.year_from} to={view.year_to} />
      <FilterSelect name="flag" label={t("flag")} value={view.flag} options={options.flags} allLabel={t("anyFlag")} />
      <FilterSelect
        name="derived"
        label={t("printedOrDerived")}
        value={view.derived === undefined ? undefined : String(view.derived)}
        options={[
          { value: "false", label: t("printedOnly") },
          { value: "true", label: t("derivedOnly") },
        ]}
        allLabel={t("both")}
      />
      {view.parent !== undefined ? <input type="hidden" name="parent" value={String(view.parent)} /> : null}
    </FilterPanel>
  );
}
