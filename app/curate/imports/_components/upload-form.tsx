"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormField } from "@/components/ui/form-field";
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
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("Choose a CSV file or a data package first.");
      return;
    }
    if (file.size > maxMegabytes * 1024 * 1024) {
      setError(`The file is larger than the upload limit of ${maxMegabytes} MB.`);
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
        setError(parsed.success ? parsed.data.error.message : `The upload failed (the server answered ${response.status}).`);
        setPending(false);
        return;
      }
      const run = importRunDtoSchema.parse((body as { data: unknown }).data);
      router.push(`/curate/imports/${run.id}`);
    } catch {
      setError("The upload did not reach the server. Check the connection and try again.");
      setPending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <FormField
        id={`${id}-file`}
        label="CSV file or data package"
        hint={`A CSV (UTF-8, comma-separated) with the columns of the CSV export, or a plain table of flows (from, to, value, unit, period_start); or a data package (.zip) as Aidflow exports it. At most ${maxMegabytes} MB.`}
      >
        {(control) => <input {...control} name="file" type="file" accept=".csv,.zip,text/csv,application/zip" required />}
      </FormField>
      <FormField id={`${id}-dataset`} label="Dataset">
        {(control) => (
          <select {...control} name="dataset" defaultValue={FROM_FILE}>
            <option value={FROM_FILE}>As the file says: its dataset column, or the package&apos;s name (a new slug creates a dataset)</option>
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
        label="Source of rows that name none (optional)"
        hint="The full reference, as a bibliography gives it: every row without a source gets this one. A plain table usually needs it."
      >
        {(control) => <input {...control} name="source" type="text" maxLength={1000} />}
      </FormField>
      <details className={styles.fieldset}>
        <summary className={styles.legend}>A new dataset&apos;s title, citation, licence and description (optional)</summary>
        <p className="muted">
          Used only when the import creates the dataset; what is left empty gets a visible placeholder to complete before publishing. A data
          package brings its own.
        </p>
        <FormField id={`${id}-title`} label="Title">
          {(control) => <input {...control} name="title" type="text" maxLength={300} />}
        </FormField>
        <FormField id={`${id}-citation`} label="How to cite the dataset">
          {(control) => <input {...control} name="citation" type="text" maxLength={1000} />}
        </FormField>
        <FormField id={`${id}-licence`} label="Licence">
          {(control) => <input {...control} name="licence" type="text" maxLength={300} />}
        </FormField>
        <FormField id={`${id}-description`} label="Description">
          {(control) => <textarea {...control} name="description" rows={3} maxLength={4000} />}
        </FormField>
      </details>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Mode</legend>
        <label className={styles.choice}>
          <input type="radio" name="mode" value="merge" defaultChecked />
          <span>
            <strong>Merge</strong>: add new figures (and events) and update changed ones; never remove one.
          </span>
        </label>
        <label className={styles.choice}>
          <input type="radio" name="mode" value="replace" />
          <span>
            <strong>Replace</strong>: also remove the dataset&apos;s figures (and a package&apos;s events) that the file does not list
            (each removal is kept in the audit log).
          </span>
        </label>
      </fieldset>
      <label className={styles.choice}>
        <input type="checkbox" name="dry_run" value="true" />
        <span>Dry run: check the file and count what would change, without writing anything.</span>
      </label>
      <label className={styles.choice}>
        <input type="checkbox" name="strict" value="true" />
        <span>Strict: refuse the file for its warnings too (suspicious but legal input, such as a flow from an actor to itself).</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-disabled={pending}>
          {pending ? "Uploading…" : "Upload and import"}
        </button>
      </div>
    </form>
  );
}
