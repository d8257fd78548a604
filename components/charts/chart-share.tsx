"use client";

import { useLocale, useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { useSearchParams } from "next/navigation";
import { useState, type MouseEvent, type ReactNode } from "react";
import { useRouter } from "@/i18n/navigation";
import { splitLocalePath } from "@/lib/i18n/locale-path";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
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

/** The site's address in the page's language ("https://…/ka" on a Georgian page), so a shared link opens in it. */
const localeOrigin = () => `${window.location.origin}${splitLocalePath(window.location.pathname).prefix}`;

function permalinkOf(target: ChartShareTarget, slug: string): string {
  if (target.kind === "overview") return chartPermalink(localeOrigin(), slug, target.chart, currentSearch());
  return `${window.location.origin}${window.location.pathname}${window.location.search}#${target.anchor}`;
}

/** Makes the image: draws the chart off screen in the chosen theme, composes and downloads it. */
function useImageDownload(target: ChartShareTarget, text: ChartShareText, dataset: ChartShareDataset, drawing: ReactNode | null) {
  const locale = useLocale();
  const { stage, drawAt, clear } = useExportStage(drawing);
  const [job, setJob] = useState<Job>({ kind: "idle" });
  const [theme, setTheme] = useState<ExportThemeName>("light");
  const t = useNumberTexts(useTranslations("charts"));

  async function download(format: "png" | "svg", sizeName: ExportSizeName) {
    if (job.kind === "busy") return;
    const size = EXPORT_SIZES[sizeName];
    setJob({ kind: "busy", message: t("share.preparing", { format: format.toUpperCase() }) });
    try {
      const exportText: ExportText = {
        ...text,
        credit: t("share.credit", { dataset: dataset.title, version: dataset.version }),
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
        locale,
      });
      setJob({ kind: "done", message: t("share.downloaded", { file: fileName }) });
    } catch (error) {
      console.error("[export] image export failed:", error);
      setJob({ kind: "error", message: t("share.failed", { error: error instanceof Error ? error.message : t("share.unknownError") }) });
    } finally {
      clear();
    }
  }

  return { stage, job, theme, setTheme, download };
}

function DownloadMenu({ chartName, title, image }: { chartName: string; title: string; image: ReturnType<typeof useImageDownload> }) {
  const { job, theme, setTheme, download } = image;
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <details className={styles.menu} data-export-menu={chartName}>
      <summary className="button">{t("share.download")}</summary>
      <div className={styles.panel} role="group" aria-label={t("share.downloadLabel", { title })}>
        <p className={styles.hint}>{t("share.downloadHint")}</p>
        <button type="button" className="button" data-export="png-slide" disabled={job.kind === "busy"} onClick={() => void download("png", "slide")}>
          {t("share.pngSlide")}
        </button>
        <button type="button" className="button" data-export="png-square" disabled={job.kind === "busy"} onClick={() => void download("png", "square")}>
          {t("share.pngSquare")}
        </button>
        <button type="button" className="button" data-export="svg" disabled={job.kind === "busy"} onClick={() => void download("svg", "slide")}>
          {t("share.svg")}
        </button>
        <label className={styles.check}>
          <input type="checkbox" checked={theme === "dark"} onChange={(event) => setTheme(event.target.checked ? "dark" : "light")} data-export-theme="" />
          {t("share.dark")}
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
  const t = useNumberTexts(useTranslations("charts"));
  const chartName = target.chart;
  const locale = useLocale();
  const presentHref = `${locale === DEFAULT_LOCALE ? "" : `/${locale}`}${presentPath(slug, target.chart, new URLSearchParams(searchParams.toString()))}`;

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
        src: `${localeOrigin()}${embedPath(slug, target.chart, currentSearch())}`,
        title: t("share.embedTitle", { title }),
        width: 900,
        height: target.embedHeight,
      }),
    );
  }

  return (
    <>
      <details className={styles.menu} data-embed-menu={chartName} onToggle={(event) => event.currentTarget.open && refreshSnippet()}>
        <summary className="button">{t("share.embed")}</summary>
        <div className={styles.panel}>
          <label className={styles.panelTitle} htmlFor={`embed-${chartName}`}>
            {t("share.paste")}
          </label>
          <textarea id={`embed-${chartName}`} className={styles.snippet} readOnly value={snippet} data-embed-snippet="" onFocus={(event) => event.currentTarget.select()} />
          <CopyButton label={t("share.copyEmbed")} getText={() => snippet} copied={t("share.embedCopied")} />
          <p className={styles.hint}>{t("share.embedHint")}</p>
        </div>
      </details>
      <a className="button" href={presentHref} onClick={present} data-present-link={chartName}>
        {t("share.present")}
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
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <>
      <CopyButton label={t("share.copyLink")} getText={() => permalinkOf(target, dataset.slug)} copied={t("share.linkCopied")} testId={`copy-link-${chartName}`} />
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
