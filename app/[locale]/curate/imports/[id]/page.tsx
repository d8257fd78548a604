import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCuratorFromCookies } from "@/lib/security/session";
import { getImportRun } from "@/lib/data/imports";
import { publicBaseUrl } from "@/lib/env";
import { displayText, formatTimestamp } from "@/lib/format";
import { importIdParamSchema } from "@/lib/schemas/api/import-query";
import { ImportProgress } from "../_components/import-progress";
import { ImportResult } from "../_components/import-result";
import { StatusBadge } from "../_components/status-badge";
import styles from "../imports.module.css";
import { ClientMessages } from "@/app/_shell/client-messages";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("titles.importRun", { id: (await params).id }), robots: { index: false } };
}

// /curate/imports/{id}: one import, its progress while it runs, then its result.
export default async function ImportPage({ params }: { params: Params }) {
  const { id: raw } = await params;
  if (!(await getCuratorFromCookies())) redirect(`/login?next=${encodeURIComponent(`/curate/imports/${raw}`)}`);
  const id = importIdParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const run = await getImportRun(id.data, { baseUrl: publicBaseUrl() });
  if (!run) notFound();
  const t = await getTranslations("pages.importRun");

  return (
    <ClientMessages namespaces={["pages.progress"]}>
      <div className="page">
        <p>
          <Link href="/curate/imports">{t("all")}</Link>
        </p>
        <h1>
          {t("title", { id: run.id, file: displayText(run.fileName) })} <StatusBadge status={run.status} />
        </h1>
        <dl className={styles.meta}>
          <dt>{t("dataset")}</dt>
          <dd>{run.dataset ? <code>{run.dataset.slug}</code> : t("fromFile")}</dd>
          <dt>{t("mode")}</dt>
          <dd>
            {t(run.mode === "replace" ? "replace" : "merge")}
            {run.dryRun ? t("dryRun") : ""}
          </dd>
          <dt>{t("by")}</dt>
          <dd>{displayText(run.actor)}</dd>
          <dt>{t("started")}</dt>
          <dd>{formatTimestamp(run.startedAt)}</dd>
          {run.finishedAt ? (
            <>
              <dt>{t("finished")}</dt>
              <dd>{formatTimestamp(run.finishedAt)}</dd>
            </>
          ) : null}
          <dt>sha256</dt>
          <dd>
            <code className={styles.value}>{run.sha256}</code>
          </dd>
        </dl>
        {run.finished ? <ImportResult run={run} /> : <ImportProgress initial={run} />}
        <p>
          <Link href="/curate/imports" className="button">
            {t("another")}
          </Link>
        </p>
      </div>
    </ClientMessages>
  );
}
