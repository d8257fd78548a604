"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { useState } from "react";
import { chartDataPath, chartDataSnippets, type ChartDataSnippets } from "@/lib/views/overview/chart-data/links";
import type { ChartId } from "@/lib/views/overview/param-codes";
import { CopyButton } from "@/components/controls/copy-button";
import styles from "@/components/controls/share.module.css";

// The Data control of an overview chart's toolbar: the rows the chart draws, for the view on
// screen (GET /api/v1/datasets/{slug}/charts/{chart} with the page's own parameters), as CSV, XLSX
// and JSON files, the API address itself, and code that loads it in pandas, R and the browser.
// The addresses are written when the menu opens, from the page's current URL, so they follow
// every control changed since the page loaded.

interface DataLinks {
  csv: string;
  xlsx: string;
  json: string;
  snippets: ChartDataSnippets;
}

function linksNow(slug: string, chart: ChartId): DataLinks {
  const search = new URLSearchParams(window.location.search);
  const origin = window.location.origin;
  return {
    csv: chartDataPath(slug, chart, search, "csv"),
    xlsx: chartDataPath(slug, chart, search, "xlsx"),
    json: `${origin}${chartDataPath(slug, chart, search, "json")}`,
    snippets: chartDataSnippets(origin, slug, chart, search),
  };
}

/** The languages' names are the same in every language; the messages say them in a sentence. */
const SNIPPETS: { key: keyof ChartDataSnippets; label: string }[] = [
  { key: "pandas", label: "Python (pandas)" },
  { key: "r", label: "R" },
  { key: "fetch", label: "JavaScript (fetch)" },
];

function Snippet({ id, label, code }: { id: string; label: string; code: string }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <>
      <label className={styles.panelTitle} htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className={styles.snippet} readOnly value={code} data-data-snippet={id} onFocus={(event) => event.currentTarget.select()} />
      <CopyButton label={t("data.copyCode", { language: label })} getText={() => code} copied={t("data.codeCopied", { language: label })} />
    </>
  );
}

export function ChartData({ slug, chart, title }: { slug: string; chart: ChartId; title: string }) {
  const [links, setLinks] = useState<DataLinks | null>(null);
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <details className={styles.menu} data-data-menu={chart} onToggle={(event) => event.currentTarget.open && setLinks(linksNow(slug, chart))}>
      <summary className="button">{t("data.menu")}</summary>
      {links ? (
        <div className={styles.panel} role="group" aria-label={t("data.label", { title })}>
          <p className={styles.hint}>{t("data.hint")}</p>
          <a className="button" href={links.csv} download data-data-download="csv">
            CSV
          </a>
          <a className="button" href={links.xlsx} download data-data-download="xlsx">
            {t("data.xlsx")}
          </a>
          <a className="button" href={links.json} data-data-download="json">
            JSON
          </a>
          <label className={styles.panelTitle} htmlFor={`data-url-${chart}`}>
            {t("data.api")}
          </label>
          <input id={`data-url-${chart}`} className={styles.manual} readOnly value={links.json} data-data-url="" onFocus={(event) => event.currentTarget.select()} />
          <CopyButton label={t("data.copyApi")} getText={() => links.json} copied={t("data.apiCopied")} />
          {SNIPPETS.map(({ key, label }) => (
            <Snippet key={key} id={`data-${key}-${chart}`} label={label} code={links.snippets[key]} />
          ))}
        </div>
      ) : null}
    </details>
  );
}
