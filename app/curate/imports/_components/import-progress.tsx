"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatNumber } from "@/lib/format";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { importRunDtoSchema, type ImportProgressDto, type ImportRunDto } from "@/lib/schemas/api/import-response";
import styles from "../imports.module.css";

// Polls GET /api/v1/imports/{id} while the import is queued or running and shows its progress. When
// it has finished, the page is refreshed so the server renders the result.

const POLL_MS = 500;

const PHASE_LABELS: Record<ImportProgressDto["phase"], string> = {
  waiting: "Waiting for another import to finish",
  validating: "Checking rows",
  writing: "Writing",
};

function describe(run: ImportRunDto): { label: string; percent: number | null } {
  const progress = run.progress;
  if (!progress) return { label: run.status === "queued" ? "Queued: starting the import" : "Starting", percent: null };
  const counts = progress.total > 0 ? `: ${formatNumber(progress.done)} of ${formatNumber(progress.total)}` : "";
  return { label: `${PHASE_LABELS[progress.phase]}${counts}`, percent: progress.percent };
}

export function ImportProgress({ initial }: { initial: ImportRunDto }) {
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
          throw new Error(parsed.success ? parsed.data.error.message : `The server answered ${response.status}.`);
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
        if (!cancelled) setError(cause instanceof Error ? cause.message : "The progress could not be read.");
      }
      if (!cancelled) timer = setTimeout(poll, POLL_MS);
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [initial.id, router]);

  const { label, percent } = describe(run);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{run.finished ? "Finished" : "In progress"}</h2>
      <p id="import-progress-label" aria-live="polite">
        {run.finished ? "Loading the result…" : label}
        {percent !== null && !run.finished ? ` (${percent}%)` : null}
      </p>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={run.finished ? 100 : (percent ?? undefined)}
        aria-valuetext={run.finished ? "Finished" : label}
      >
        <div
          className={percent === null && !run.finished ? styles.progressIndeterminate : styles.progressFill}
          style={percent === null && !run.finished ? undefined : { width: `${run.finished ? 100 : percent}%` }}
        />
      </div>
      {error ? (
        <p className={styles.error} role="alert">
          {error} Retrying…
        </p>
      ) : null}
    </section>
  );
}
