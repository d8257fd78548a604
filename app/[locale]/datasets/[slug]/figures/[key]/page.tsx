import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { FigureHistory } from "@/components/curation/figure-history";
import { BackToExplore } from "@/components/figure/back-to-explore";
import { Conversions } from "@/components/figure/conversions";
import { FigureEvents } from "@/components/figure/figure-events";
import styles from "@/components/figure/figure-page.module.css";
import { FigureSummary } from "@/components/figure/figure-summary";
import { FigureCite } from "@/components/figure/figure-cite";
import { FlagsAndNotes } from "@/components/figure/flags-notes";
import { ParentAndComponents } from "@/components/figure/parent-components";
import { Provenance } from "@/components/figure/provenance";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listConversionRates } from "@/lib/data/conversion-rates";
import { listEvents } from "@/lib/data/events/list";
import { getFigureByKeyOrNull } from "@/lib/data/figures/get-by-key";
import { SourceNotice } from "@/components/ui/source-notice";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/i18n/get-format";
import { localizedMetadata, pageMetadata } from "@/lib/i18n/page-metadata";
import { publicBaseUrl } from "@/lib/env";
import { figureMetadata } from "@/lib/views/figure/link-preview";
import { ClientMessages } from "@/app/_shell/client-messages";

// /datasets/[slug]/figures/[key]: one figure's canonical page, named by its dataset and its stable
// key (/figures/<id> and /figures/<key> redirect here): its provenance, its parent and parts, the
// events of its period, its flags explained, and (for money) its conversions. A slug or key that
// names nothing is a 404, never an error.

export const dynamic = "force-dynamic";

const EVENTS_SHOWN = 15;

type Props = { params: Promise<{ slug: string; key: string }> };

// One read per request, shared by the metadata and the page.
const readFigure = cache(async (slug: string, key: string) => getFigureByKeyOrNull({ slug, key }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, key } = await params;
  const figure = await readFigure(slug, key);
  return figure ? localizedMetadata(figureMetadata(figure, publicBaseUrl())) : pageMetadata("figureNotFound");
}

export default async function FigurePage({ params }: Props) {
  const { slug, key } = await params;
  const figure = await readFigure(slug, key);
  if (!figure) notFound();
  const { yearStart, yearEnd } = figure.period;
  const [rates, events, curator, t, fmt] = await Promise.all([
    listConversionRates(),
    yearStart !== null && yearEnd !== null
      ? listEvents({ dataset: figure.dataset, year_from: yearStart, year_to: yearEnd, sort: "date", limit: EVENTS_SHOWN })
      : Promise.resolve({ rows: [], total: 0 }),
    getCuratorFromCookies(),
    getTranslations("datasets.figurePage"),
    getFormat(),
  ]);

  return (
    <ClientMessages namespaces={["citation", "explore.controls", "figure.back"]}>
      <article className="page" data-figure-id={figure.id}>
        <nav className={styles.topLinks} aria-label={t("links")}>
          <BackToExplore />
          <a href={`/api/v1/figures/${figure.id}`} data-testid="figure-json">
            {t("json")}
          </a>
          {curator ? <Link href={`/curate/figures/${figure.id}`}>{t("correct")}</Link> : null}
          <FigureCite figure={figure} />
        </nav>
        <h1>{figure.label}</h1>
        <p className="lede">{t("lede", { value: fmt.formatValue(figure), author: figure.source.author })}</p>
        <SourceNotice />
        <FigureSummary figure={figure} />
        <Provenance figure={figure} />
        <ParentAndComponents figure={figure} />
        <Conversions figure={figure} rates={rates} />
        <FlagsAndNotes figure={figure} />
        <FigureEvents figure={figure} events={events.rows} total={events.total} />
        <FigureHistory figureId={figure.id} locale={fmt.locale} />
      </article>
    </ClientMessages>
  );
}
