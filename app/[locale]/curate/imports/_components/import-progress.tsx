"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatNumber } from "@/lib/format";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { importRunDtoSchema, type ImportProgressDto, type ImportRunDto } from "@/lib/schemas/api/import-response";
import styles from "../imports.module.css";

// Polls GET /api/v1/imports/{id} while the import is queued or running and shows its progress. When
// it has finished, the page is refreshed so the server renders the result.

const POLL_MS = 500;

type Words = (key: string, values?: Record<string, string | number>) => string;

function describe(run: ImportRunDto, t: Words): { label: string; percent: number | null } {
  const progress = run.progress;
  if (!progress) return { label: t(run.status === "queued" ? "queued" : "starting"), percent: null };
  const phase = t(progress.phase satisfies ImportProgressDto["phase"]);
  const label = progress.total > 0 ? t("counts", { label: phase, done: formatNumber(progress.done), total: formatNumber(progress.total) }) : phase;
  return { label, percent: progress.percent };
}

export function ImportProgress({ initial }: { initial: ImportRunDto }) {
  const t = useTranslations("pages.progress");
  const router = useRouter();
  const [run, setRun] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const response = await fetch(`/api/v1/imports/${initial.id}`, { cache: "no-store", headers: { Accept: "application/json" } });
        const body: unknown = await response.json();
        if (!response.ok) {
          const parsed = errorResponseSchema.safeParse(body);
          throw new Error(parsed.success ? parsed.data.error.message : t("serverAnswered", { status: response.status }));
        }
        const next = importRunDtoSchema.parse((body as { data: unknown }).data);
        if (cancelled) return;
        setRun(next);
        setError(null);
        if (next.finished) {
          router.refresh();
          return;
        }
      } catch (cause) {
        if (!cancelled) setError(cause instanceof Error ? cause.message : t("unreadable"));
      }
      if (!cancelled) timer = setTimeout(poll, POLL_MS);
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [initial.id, router, t]);

  const { label, percent } = describe(run, t);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{run.finished ? t("finishedTitle") : t("inProgress")}</h2>
      <p id="import-progress-label" aria-live="polite">
        {run.finished ? t("loadingResult") : label}
        {percent !== null && !run.finished ? ` (${percent}%)` : null}
      </p>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={run.finished ? 100 : (percent ?? undefined)}
        aria-valuetext={run.finished ? t("finishedTitle") : label}
      >
        <div
          className={percent === null && !run.finished ? styles.progressIndeterminate : styles.progressFill}
          style={percent === null && !run.finished ? undefined : { width: `${run.finished ? 100 : percent}%` }}
        />
      </div>
      {error ? (
        <p className={styles.error} role="alert">
          {error} {t("retrying")}
        </p>
      ) : null}
    </section>
  );
}
