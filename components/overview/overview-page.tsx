import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { HeadlineCards } from "@/components/charts/headline-cards/headline-cards";
import { CiteThis } from "@/components/controls/cite-this";
import { CurrencyControls } from "@/components/controls/currency-controls";
import { UrlNotices } from "@/components/filters/url-notices";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { datapackageHref } from "@/lib/export/download-links";
import { useFormat } from "@/lib/i18n/use-format";
import type { LoadedOverview } from "@/lib/views/overview";
import { countWords } from "./dataset-list";
import { OverviewCharts } from "./overview-sections";
import { OverviewScope } from "./overview-scope";
import styles from "./overview.module.css";

// One dataset's overview: what its two sides gave each other, over which years, on what source,
// and every chart of it. The page that shows it (/datasets/<slug>, or / when it is the only
// dataset) reads and shapes everything on the server (lib/views/overview.ts); the client
// components only draw. All view state is in the URL.

const listHref = (path: string, slug: string) => `${path}?dataset=${encodeURIComponent(slug)}`;

export function OverviewPage({ loaded }: { loaded: LoadedOverview }) {
  const { data, view, notices } = loaded;
  const { dataset } = data;
  const t = useTranslations("overview");
  const fmt = useFormat();
  const counts = countWords(dataset.counts, t, fmt.formatNumber);
  return (
    <div className="page">
      <UrlNotices notices={notices} />
      <header className={styles.header}>
        <h1>{dataset.title}</h1>
        <p className={styles.meta} data-dataset-meta>
          <span className="badge">v{dataset.version}</span>
          <span>{counts.figures}</span>
          <span>{counts.events}</span>
          <span>{counts.sources}</span>
          <span>{t("page.lastUpdated", { date: fmt.formatPartialDate(dataset.lastUpdated, { long: true }) })}</span>
        </p>
        <p className={`lede ${styles.lede}`} data-lede>
          {view.lede}
        </p>
        <p className={styles.links}>
          <Link href={listHref("/figures", dataset.slug)}>{t("page.exploreFigures")}</Link>
          <Link href={listHref("/events", dataset.slug)}>{t("page.allEvents")}</Link>
          <Link href="/methodology">{t("page.howExtracted")}</Link>
          <a href={datapackageHref(dataset.slug)} download data-datapackage-link>
            {t("page.download")}
          </a>
          <CiteThis subject={{ kind: "dataset", dataset: datasetCiteSubject({ ...dataset, basedOn: data.primarySource?.citation ?? null }) }} />
        </p>
      </header>

      {view.sides ? (
        <section aria-label={t("page.scopeLabel")}>
          <OverviewScope sides={view.sides} pairs={view.pairs} pairNote={view.pairNote} years={view.years} yearWindow={view.window} notes={view.windowNotes} />
        </section>
      ) : null}

      <section className={styles.currency} aria-label={t("page.currencyLabel")}>
        <CurrencyControls description={view.currencyText} />
      </section>

      <HeadlineCards cards={view.cards} />

      <OverviewCharts view={view} dataset={{ slug: dataset.slug, title: dataset.title, version: dataset.version }} />
    </div>
  );
}
