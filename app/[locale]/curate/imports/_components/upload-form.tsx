"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useId, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { uploadErrorText } from "@/components/curation/upload-error-words";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { importRunDtoSchema } from "@/lib/schemas/api/import-response";
import styles from "../imports.module.css";

// The upload form. The file (a CSV, or a data package's .zip) goes to POST /api/v1/imports as the
// request body (not a multipart form), so the server counts its bytes as they arrive; the choices
// travel in the query. On success the import's own page takes over and shows its progress.

const FROM_FILE = "";
// What the upload says beyond its file, sent only when filled (lib/import/upload-options.ts).
const TEXT_OPTIONS = ["source", "title", "citation", "licence", "description"] as const;

export function UploadForm({ datasets, maxMegabytes }: { datasets: { slug: string; title: string }[]; maxMegabytes: number }) {
  const t = useTranslations("pages.upload");
  const refusals = useTranslations("curation.upload.errors");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("chooseFile"));
      return;
    }
    if (file.size > maxMegabytes * 1024 * 1024) {
      setError(t("tooLarge", { max: maxMegabytes }));
      return;
    }
    const query = new URLSearchParams({ file_name: file.name.slice(0, 200), mode: String(form.get("mode") ?? "merge") });
    const dataset = String(form.get("dataset") ?? FROM_FILE);
    if (dataset !== FROM_FILE) query.set("dataset", dataset);
    if (form.get("dry_run") === "true") query.set("dry_run", "true");
    if (form.get("strict") === "true") query.set("strict", "true");
    for (const name of TEXT_OPTIONS) {
      const value = String(form.get(name) ?? "").trim();
      if (value !== "") query.set(name, value);
    }
    const type = file.name.toLowerCase().endsWith(".zip") ? "application/zip" : "text/csv";
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/imports?${query}`, { method: "POST", headers: { "Content-Type": type }, body: file });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const parsed = errorResponseSchema.safeParse(body);
        setError(parsed.success ? uploadErrorText(parsed.data.error, response.status, maxMegabytes, refusals, t) : t("failedStatus", { status: response.status }));
        setPending(false);
        return;
      }
      const run = importRunDtoSchema.parse((body as { data: unknown }).data);
      router.push(`/curate/imports/${run.id}`);
    } catch {
      setError(t("unreachable"));
      setPending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <FormField
        id={`${id}-file`}
        label={t("file")}
        hint={t("fileHint", { max: maxMegabytes })}
      >
        {(control) => <input {...control} name="file" type="file" accept=".csv,.zip,text/csv,application/zip" required />}
      </FormField>
      <FormField id={`${id}-dataset`} label={t("dataset")}>
        {(control) => (
          <select {...control} name="dataset" defaultValue={FROM_FILE}>
            <option value={FROM_FILE}>{t("fromFile")}</option>
            {datasets.map((dataset) => (
              <option key={dataset.slug} value={dataset.slug}>
                {dataset.title} ({dataset.slug})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-source`}
        label={t("source")}
        hint={t("sourceHint")}
      >
        {(control) => <input {...control} name="source" type="text" maxLength={1000} />}
      </FormField>
      <details className={styles.fieldset}>
        <summary className={styles.legend}>{t("newDataset")}</summary>
        <p className="muted">{t("newDatasetHint")}</p>
        <FormField id={`${id}-title`} label={t("title")}>
          {(control) => <input {...control} name="title" type="text" maxLength={300} />}
        </FormField>
        <FormField id={`${id}-citation`} label={t("citation")}>
          {(control) => <input {...control} name="citation" type="text" maxLength={1000} />}
        </FormField>
        <FormField id={`${id}-licence`} label={t("licence")}>
          {(control) => <input {...control} name="licence" type="text" maxLength={300} />}
        </FormField>
        <FormField id={`${id}-description`} label={t("description")}>
          {(control) => <textarea {...control} name="description" rows={3} maxLength={4000} />}
        </FormField>
      </details>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("mode")}</legend>
        <label className={styles.choice}>
          <input type="radio" name="mode" value="merge" defaultChecked />
          <span>{t.rich("merge", { strong: (chunks) => <strong>{chunks}</strong> })}</span>
        </label>
        <label className={styles.choice}>
          <input type="radio" name="mode" value="replace" />
          <span>{t.rich("replace", { strong: (chunks) => <strong>{chunks}</strong> })}</span>
        </label>
      </fieldset>
      <label className={styles.choice}>
        <input type="checkbox" name="dry_run" value="true" />
        <span>{t("dryRun")}</span>
      </label>
      <label className={styles.choice}>
        <input type="checkbox" name="strict" value="true" />
        <span>{t("strict")}</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-disabled={pending}>
          {pending ? t("uploading") : t("submit")}
        </button>
      </div>
    </form>
  );
}
