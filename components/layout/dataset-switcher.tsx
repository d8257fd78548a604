"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { useRef, type KeyboardEvent } from "react";
import { datasetPageHref, useCurrentDataset } from "./use-current-dataset";
import styles from "./site-header.module.css";

// The header's dataset switcher: a disclosure (a native <details>, so it opens with Enter or Space
// and needs no script to work) listing every dataset as a link to the same kind of page for it.
// Escape closes it and returns focus to its button.

export interface SwitcherDataset {
  slug: string;
  title: string;
}

export function DatasetSwitcher({ datasets }: { datasets: readonly SwitcherDataset[] }) {
  const t = useTranslations("layout.datasets");
  const pathname = usePathname();
  const current = useCurrentDataset();
  const menu = useRef<HTMLDetailsElement>(null);
  const currentTitle = datasets.find((dataset) => dataset.slug === current)?.title;

  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !menu.current?.open) return;
    event.preventDefault();
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  }

  return (
    // Keyed by the address, so it is closed again after a choice takes the visitor elsewhere.
    <details key={`${pathname}|${current ?? ""}`} ref={menu} className={styles.switcher} onKeyDown={onKeyDown} data-dataset-switcher="">
      <summary className="button">
        <span className="visually-hidden">{t("current")} </span>
        <span className={styles.switcherLabel}>{currentTitle ?? t("choose")}</span>
        <span aria-hidden="true"> ▾</span>
      </summary>
      <nav aria-label={t("label")} className={styles.switcherPanel}>
        <ul>
          {datasets.map((dataset) => (
            <li key={dataset.slug}>
              <Link href={datasetPageHref(pathname, dataset.slug)} aria-current={dataset.slug === current ? "true" : undefined} data-switch-to={dataset.slug}>
                {dataset.title}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/datasets">{t("all")}</Link>
          </li>
        </ul>
      </nav>
    </details>
  );
}
