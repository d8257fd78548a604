import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/i18n/get-format";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { CorrectionForm } from "@/components/curation/correction-form";
import { FigureHistory } from "@/components/curation/figure-history";
import { getCuratorFromCookies } from "@/lib/security/session";
import { correctionBaseline, correctionValuesOf } from "@/lib/schemas/correction-form";
import { getFigureOrNull } from "@/lib/data/figures/get";
import { displayText } from "@/lib/format";
import { provenanceWhere } from "@/lib/vocab/provenance";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";
import styles from "./correct-figure.module.css";
import { ClientMessages } from "@/app/_shell/client-messages";

export const generateMetadata = (): Promise<Metadata> => pageMetadata("correctFigure", { robots: { index: false } });

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
  const [t, fmt] = await Promise.all([getTranslations("pages.correct"), getFormat()]);

  return (
    <ClientMessages namespaces={["curation.form", "vocab"]}>
      <div className="page">
        <p>
          <Link href="/curate/figures">{t("all")}</Link>
        </p>
        <h1>{t("title")}</h1>
        {typeof saved === "string" && /^\d{1,9}$/.test(saved) ? (
          <p className="notice" role="status">
            {t("saved", { version: saved })} <Link href={`/figures/${figure.id}`}>{t("seePage")}</Link>.
          </p>
        ) : null}
        <div className={`card ${styles.current}`}>
          <h2>{displayText(figure.label)}</h2>
          <dl>
            <dt>{t("nowReads")}</dt>
            <dd>
              {t("reads", { value: fmt.formatValue(figure), printed: displayText(figure.valuePrinted), period: fmt.formatPeriod(figure.period) })}
            </dd>
            <dt>{t("keyAndDataset")}</dt>
            <dd>
              <code>{figure.key}</code> {t("inDataset")} <code>{figure.dataset}</code>
            </dd>
            <dt>{t("source")}</dt>
            <dd>
              {displayText(figure.source.citation)}
              {figure.section === null ? "" : t("section", { section: displayText(figure.section) })}: {displayText(provenanceWhere(figure))}
            </dd>
          </dl>
        </div>
        <CorrectionForm
          figureId={figure.id}
          baseline={correctionBaseline(columns)}
          unitLabel={unit ? `${unit.noun} (${figure.unit})` : figure.unit}
          initial={correctionValuesOf(columns)}
        />
        <FigureHistory figureId={figure.id} locale={fmt.locale} />
      </div>
    </ClientMessages>
  );
}
