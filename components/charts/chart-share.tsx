"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type MouseEvent, type ReactNode } from "react";
import type { ChartId } from "@/lib/views/overview/param-codes";
import { overviewSettings } from "@/lib/export/file-names";
import { EXPORT_SIZES, type ExportSizeName, type ExportText } from "@/lib/export/layout";
import type { LegendItem } from "@/lib/export/legend";
import { chartPermalink, embedPath, embedSnippet, presentPath } from "@/lib/export/share-links";
import type { ExportThemeName } from "@/lib/export/theme";
import { CopyButton } from "@/components/controls/copy-button";
import styles from "@/components/controls/share.module.css";
import { ChartData } from "./chart-data";
import { useExportStage } from "./export-stage";

// A chart's share and export tools, in its toolbar: Copy link (the view's permalink), Download image
// (PNG for slides, square PNG, SVG; light by default, dark on request), and for overview charts
// Data (the rows drawn, as files, API address and code: chart-data.tsx), Embed (the iframe
// snippet) and Present. The image carries the title, subtitle, legend, source, credit and permalink (lib/export); the chart in it is drawn fresh off screen (export-stage.tsx).

export interface ChartShareText {
  title: string;
  subtitle: string;
  source: string;
  legend: readonly LegendItem[];
  description?: string;
}

export interface ChartShareDataset {
  slug: string;
  title: string;
  version: number;
}

export type ChartShareTarget =
  /** An overview chart: permalink to the overview, embed and presentation. */
  | { kind: "overview"; chart: ChartId; embedHeight: number }
  /** A chart on another page (the events timeline): permalink to that page. */
  | { kind: "page"; chart: string; anchor: string };

type Job = { kind: "idle" } | { kind: "busy"; message: string } | { kind: "done"; message: string } | { kind: "error"; message: string };

function currentSearch(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

function permalinkOf(target: ChartShareTarget, slug: string): string {
  if (target.kind === "overview") return chartPermalink(window.location.origin, slug, target.chart, currentSearch());
  return `${window.location.origin}${window.location.pathname}${window.location.search}#${target.anchor}`;
}

/** Makes the image: draws the chart off screen in the chosen theme, composes and downloads it. */
function useImageDownload(target: ChartShareTarget, text: ChartShareText, dataset: ChartShareDataset, drawing: ReactNode | null) {
  const { stage, drawAt, clear } = useExportStage(drawing);
  const [job, setJob] = useState<Job>({ kind: "idle" });
  const [theme, setTheme] = useState<ExportThemeName>("light");

  async function download(format: "png" | "svg", sizeName: ExportSizeName) {
    if (job.kind === "busy") return;
    const size = EXPORT_SIZES[sizeName];
    setJob({ kind: "busy", message: `Preparing the ${format.toUpperCase()}…` });
    try {
      const exportText: ExportText = {
        ...text,
        credit: `Aidflow · ${dataset.title} · dataset version ${dataset.version}`,
        permalink: permalinkOf(target, dataset.slug),
      };
      // Loaded on the first download, not with the page: most visitors never make an image.
      const { exportChart } = await import("@/lib/export/dom/export-chart");
      const fileName = await exportChart({
        format,
        size,
        theme,
        text: exportText,
        file: { dataset: dataset.slug, chart: target.chart, settings: target.kind === "overview" ? overviewSettings(currentSearch(), target.chart) : [] },
        drawAt,
      });
      setJob({ kind: "done", message: `Downloaded ${fileName}.` });
    } catch (error) {
      console.error("[export] image export failed:", error);
      setJob({ kind: "error", message: `Could not make the image: ${error instanceof Error ? error.message : "unknown error"}. Please try again.` });
    } finally {
      clear();
    }
  }

  return { stage, job, theme, setTheme, download };
}

function DownloadMenu({ chartName, title, image }: { chartName: string; title: string; image: ReturnType<typeof useImageDownload> }) {
  const { job, theme, setTheme, download } = image;
  return (
    <details className={styles.menu} data-export-menu={chartName}>
      <summary className="button">Download image</summary>
      <div className={styles.panel} role="group" aria-label={`Download ${title} as an image`}>
        <p className={styles.hint}>With the title, the legend, the source and a link back to this view.</p>
        <button type="button" className="button" data-export="png-slide" disabled={job.kind === "busy"} onClick={() => void download("png", "slide")}>
          PNG for slides (1600 × 900, 2×)
        </button>
        <button type="button" className="button" data-export="png-square" disabled={job.kind === "busy"} onClick={() => void download("png", "square")}>
          PNG, square (1080 × 1080, 2×)
        </button>
        <button type="button" className="button" data-export="svg" disabled={job.kind === "busy"} onClick={() => void download("svg", "slide")}>
          SVG (vector, 16:9)
        </button>
        <label className={styles.check}>
          <input type="checkbox" checked={theme === "dark"} onChange={(event) => setTheme(event.target.checked ? "dark" : "light")} data-export-theme="" />
          Dark background
        </label>
      </div>
    </details>
  );
}

/** Embed (the iframe snippet for this view) and Present: overview charts only. */
function OverviewLinks({ target, title, slug }: { target: Extract<ChartShareTarget, { kind: "overview" }>; title: string; slug: string }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [snippet, setSnippet] = useState("");
  const chartName = target.chart;
  const presentHref = presentPath(slug, target.chart, new URLSearchParams(searchParams.toString()));

  function present(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    // Full screen must be asked for inside the click; the client-side navigation keeps the document,
    // so the presentation opens full screen. Refusal is fine: the presentation fills the window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    router.push(presentPath(slug, target.chart, currentSearch()));
  }

  function refreshSnippet() {
    setSnippet(
      embedSnippet({
        src: `${window.location.origin}${embedPath(slug, target.chart, currentSearch())}`,
        title: `${title} (Aidflow chart)`,
        width: 900,
        height: target.embedHeight,
      }),
    );
  }

  return (
    <>
      <details className={styles.menu} data-embed-menu={chartName} onToggle={(event) => event.currentTarget.open && refreshSnippet()}>
        <summary className="button">Embed</summary>
        <div className={styles.panel}>
          <label className={styles.panelTitle} htmlFor={`embed-${chartName}`}>
            Paste this into your page
          </label>
          <textarea id={`embed-${chartName}`} className={styles.snippet} readOnly value={snippet} data-embed-snippet="" onFocus={(event) => event.currentTarget.select()} />
          <CopyButton label="Copy embed code" getText={() => snippet} copied="Embed code copied." />
          <p className={styles.hint}>The chart with its source line and a link back to this view; readers can switch it to a table.</p>
        </div>
      </details>
      <a className="button" href={presentHref} onClick={present} data-present-link={chartName}>
        Present
      </a>
    </>
  );
}

export function ChartShare({
  target,
  text,
  dataset,
  drawing,
}: {
  target: ChartShareTarget;
  text: ChartShareText;
  dataset: ChartShareDataset;
  /** The bare chart, drawn off screen for the image; null when there is nothing to draw. */
  drawing: ReactNode | null;
}) {
  const image = useImageDownload(target, text, dataset, drawing);
  const chartName = target.chart;
  return (
    <>
      <CopyButton label="Copy link" getText={() => permalinkOf(target, dataset.slug)} copied="Link copied." testId={`copy-link-${chartName}`} />
      {drawing ? <DownloadMenu chartName={chartName} title={text.title} image={image} /> : null}
      {target.kind === "overview" ? <ChartData slug={dataset.slug} chart={target.chart} title={text.title} /> : null}
      {target.kind === "overview" ? <OverviewLinks target={target} title={text.title} slug={dataset.slug} /> : null}
      <p className={styles.status} role="status" aria-live="polite" data-export-status={image.job.kind}>
        {image.job.kind === "idle" ? "" : image.job.message}
      </p>
      {image.stage}
    </>
  );
}
