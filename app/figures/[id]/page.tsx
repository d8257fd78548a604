import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
import { getFigureOrNull } from "@/lib/data/figures/get";
import { formatValue } from "@/lib/format";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";

// /figures/[id]: one figure with its provenance, its parent and parts, the events of its period,
// its flags explained, and (for money) its conversions. An id that is malformed or unknown is a
// 404, never an error.

export const dynamic = "force-dynamic";

const EVENTS_SHOWN = 15;

type Props = { params: Promise<{ id: string }> };

// One read per request, shared by the metadata and the page.
const readFigure = cache(async (rawId: string) => {
  const id = figureIdParamSchema.safeParse(rawId);
  return id.success ? getFigureOrNull(id.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const figure = await readFigure((await params).id);
  return { title: figure ? figure.label : "Figure not found" };
}

export default async function FigurePage({ params }: Props) {
  const figure = await readFigure((await params).id);
  if (!figure) notFound();
  const { yearStart, yearEnd } = figure.period;
  const [rates, events, curator] = await Promise.all([
    listConversionRates(),
    yearStart !== null && yearEnd !== null
      ? listEvents({ dataset: figure.dataset, year_from: yearStart, year_to: yearEnd, sort: "date", limit: EVENTS_SHOWN })
      : Promise.resolve({ rows: [], total: 0 }),
    getCuratorFromCookies(),
  ]);

  return (
    <article className="page" data-figure-id={figure.id}>
      <nav className={styles.topLinks} aria-label="Figure links">
        <BackToExplore />
        <a href={`/api/v1/figures/${figure.id}`} data-testid="figure-json">
          JSON for this figure (API)
        </a>
        {curator ? <a href={`/curate/figures/${figure.id}`}>Correct this figure</a> : null}
        <FigureCite figure={figure} />
      </nav>
      <h1>{figure.label}</h1>
      <p className="lede">
        {formatValue(figure)}, as printed in {figure.source.author}’s text, with where it comes from and what it can and
        cannot be compared with.
      </p>
      <FigureSummary figure={figure} />
      <Provenance figure={figure} />
      <ParentAndComponents figure={figure} />
      <Conversions figure={figure} rates={rates} />
      <FlagsAndNotes figure={figure} />
      <FigureEvents figure={figure} events={events.rows} total={events.total} />
      <FigureHistory figureId={figure.id} />
    </article>
  );
}
