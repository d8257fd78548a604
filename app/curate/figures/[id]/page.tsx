import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CorrectionForm } from "@/components/curation/correction-form";
import { FigureHistory } from "@/components/curation/figure-history";
import { getCuratorFromCookies } from "@/lib/security/session";
import { correctionBaseline, correctionValuesOf } from "@/lib/schemas/correction-form";
import { getFigureOrNull } from "@/lib/data/figures/get";
import { displayText, formatPeriod, formatValue } from "@/lib/format";
import { provenanceWhere } from "@/lib/vocab/provenance";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";
import styles from "./correct-figure.module.css";

export const metadata: Metadata = { title: "Correct a figure", robots: { index: false } };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// /curate/figures/[id]: a curator corrects one figure. The page shows what the figure says now and
// where it comes from, the form, and the figure's history of changes.
export default async function CorrectFigurePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id: rawId } = await params;
  const curator = await getCuratorFromCookies();
  if (!curator) redirect(`/login?next=${encodeURIComponent(`/curate/figures/${rawId}`)}`);
  const id = figureIdParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  const figure = await getFigureOrNull(id.data);
  if (!figure) notFound();

  const saved = (await searchParams).saved;
  const columns = {
    value: figure.value,
    valuePrinted: figure.valuePrinted,
    qualifier: figure.qualifier,
    periodStart: figure.period.start,
    periodEnd: figure.period.end,
    periodStatus: figure.period.status,
    periodText: figure.period.text,
    flags: figure.flags,
    notes: figure.notes,
  };
  const unit = figure.unitInfo;

  return (
    <div className="page">
      <p>
        <Link href="/curate/figures">← All figures</Link>
      </p>
      <h1>Correct a figure</h1>
      {typeof saved === "string" && /^\d{1,9}$/.test(saved) ? (
        <p className="notice" role="status">
          Saved. The dataset is now at version {saved}.{" "}
          <Link href={`/figures/${figure.id}`}>See the figure’s page</Link>.
        </p>
      ) : null}
      <div className={`card ${styles.current}`}>
        <h2>{displayText(figure.label)}</h2>
        <dl>
          <dt>Now reads</dt>
          <dd>
            {formatValue(figure)} · printed “{displayText(figure.valuePrinted)}” · {formatPeriod(figure.period)}
          </dd>
          <dt>Key and dataset</dt>
          <dd>
            <code>{figure.key}</code> in <code>{figure.dataset}</code>
          </dd>
          <dt>Source</dt>
          <dd>
            {displayText(figure.source.citation)}
            {figure.section === null ? "" : `, section “${displayText(figure.section)}”`}: {displayText(provenanceWhere(figure))}
          </dd>
        </dl>
      </div>
      <CorrectionForm
        figureId={figure.id}
        baseline={correctionBaseline(columns)}
        unitLabel={unit ? `${unit.noun} (${figure.unit})` : figure.unit}
        initial={correctionValuesOf(columns)}
      />
      <FigureHistory figureId={figure.id} />
    </div>
  );
}
