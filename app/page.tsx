import type { Metadata } from "next";
import Link from "next/link";
import { HeadlineCards } from "@/components/charts/headline-cards/headline-cards";
import { OverviewCharts } from "@/components/overview/overview-sections";
import { CiteThis } from "@/components/controls/cite-this";
import { CurrencyControls } from "@/components/controls/currency-controls";
import { UrlNotices } from "@/components/filters/url-notices";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { datapackageHref } from "@/lib/export/download-links";
import { formatNumber, formatPartialDate } from "@/lib/format";
import type { RawParams } from "@/lib/views/raw-params";
import { loadOverview } from "@/lib/views/overview";
import styles from "@/components/overview/overview.module.css";

// The overview: what each side gave the other, over which years, on what source. The page reads
// the data through lib/data, shapes every chart on the server (lib/charts), and hands the client
// components only the shaped data. All view state is in the URL.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const loaded = await loadOverview(await searchParams);
  if (!loaded) {
    return (
      <div className="page">
        <h1>Aidflow</h1>
        <p className="notice" role="status">
          No dataset is loaded yet. Run <code>npm run db:setup</code> to load the bundled dataset.
        </p>
      </div>
    );
  }
  const { data, view, notices } = loaded;
  const { dataset } = data;
  return (
    <div className="page">
      <UrlNotices notices={notices} />
      <header className={styles.header}>
        <h1>{dataset.title}</h1>
        <p className={styles.meta} data-dataset-meta>
          <span className="badge">v{dataset.version}</span>
          <span>{formatNumber(dataset.counts.figures)} figures</span>
          <span>{formatNumber(dataset.counts.events)} events</span>
          <span>{formatNumber(dataset.counts.sources)} sources</span>
          <span>Last updated {formatPartialDate(dataset.lastUpdated, { long: true })}</span>
        </p>
        <p className={`lede ${styles.lede}`} data-lede>
          {view.lede}
        </p>
        <p className={styles.links}>
          <Link href="/figures">Explore every figure</Link>
          <Link href="/events">All events</Link>
          <Link href="/methodology">How the figures were extracted</Link>
          <a href={datapackageHref(dataset.slug)} download data-datapackage-link>
            Download the data (zip)
          </a>
          <CiteThis subject={{ kind: "dataset", dataset: datasetCiteSubject({ ...dataset, basedOn: data.primarySource?.citation ?? null }) }} />
        </p>
      </header>

      <section className={styles.currency} aria-label="Currency view">
        <CurrencyControls description={view.currencyText} />
      </section>

      <HeadlineCards cards={view.cards} />

      <OverviewCharts view={view} dataset={{ slug: dataset.slug, title: dataset.title, version: dataset.version }} />
    </div>
  );
}
