"use client";

import { useTranslations } from "next-intl";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from "react";
// The zod-free codes module, to keep zod out of this client bundle (scripts/check-bundle-budget.ts).
import { CHART_IDS, type ChartId } from "@/lib/views/overview/param-codes";
import { chartPermalink, neighbourChart } from "@/lib/export/share-links";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import { UrlNotices } from "@/components/filters/url-notices";
import { useRouter } from "@/i18n/navigation";
import styles from "./present.module.css";

// The presentation deck: one chart at a time, filling the window, scaled up (CSS zoom) so its
// labels read from the back of a room. Left/Right (and PageUp/PageDown) move between charts, unless
// the keyboard is on a chart mark, where the arrows move between marks; Escape, or leaving full
// screen, goes back to the dataset's overview with the same view. The Fullscreen API is used when the browser
// allows it; otherwise the deck simply covers the window, and focus is kept on it.

export interface Slide {
  id: ChartId;
  title: string;
  node: ReactNode;
}

const MAX_ZOOM = 2.2;

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}
const isFullscreen = () => Boolean(document.fullscreenElement);

function backHref(slug: string, chart: ChartId): string {
  // A relative permalink: the dataset's overview with the same parameters, scrolled to this chart.
  return chartPermalink("", slug, chart, new URLSearchParams(window.location.search));
}

/** Keys anywhere on the page, except where they already mean something. */
function useDeckKeys(go: (step: 1 | -1) => void, leave: () => void) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, select, textarea, [contenteditable=true]")) return;
      const onMark = Boolean(target?.closest("[data-mark-index]"));
      if (event.key === "Escape") {
        if (onMark) return; // the mark hides its tooltip first
        event.preventDefault();
        leave();
      } else if ((event.key === "ArrowRight" && !onMark) || event.key === "PageDown") {
        event.preventDefault();
        go(1);
      } else if ((event.key === "ArrowLeft" && !onMark) || event.key === "PageUp") {
        event.preventDefault();
        go(-1);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, leave]);
}

/**
 * Large type: the zoom at which the slide fills the height of the window (at most MAX_ZOOM).
 * Measured before paint, again whenever the slide or the window changes. Text wraps into more
 * lines under zoom (less room per line), so the first guess is checked and shrunk until it fits.
 */
function useFitZoom(bodyRef: RefObject<HTMLDivElement | null>, slideRef: RefObject<HTMLDivElement | null>, slideId: ChartId): number {
  const [zoom, setZoom] = useState(1);
  const fit = useCallback(() => {
    const body = bodyRef.current;
    const slideBox = slideRef.current;
    if (!body || !slideBox) return;
    const room = body.getBoundingClientRect();
    slideBox.style.zoom = "1";
    let next = Math.min(MAX_ZOOM, room.height / Math.max(1, slideBox.getBoundingClientRect().height), room.width / 640);
    for (let attempt = 0; attempt < 4 && next > 1; attempt += 1) {
      slideBox.style.zoom = String(next);
      const height = slideBox.getBoundingClientRect().height;
      if (height <= room.height + 1) break;
      next *= room.height / height;
    }
    next = Math.max(1, Math.floor(next * 100) / 100);
    // Written at once (React skips an unchanged style), and kept in state for the next render.
    slideBox.style.zoom = String(next);
    setZoom(next);
  }, [bodyRef, slideRef]);
  useLayoutEffect(fit, [fit, slideId]);
  useEffect(() => {
    const observer = new ResizeObserver(() => fit());
    if (bodyRef.current) observer.observe(bodyRef.current);
    return () => observer.disconnect();
  }, [bodyRef, fit]);
  return zoom;
}

/**
 * The Full screen button. Leaving full screen any other way (the browser's own Escape) leaves the
 * deck; leaving it with this button does not.
 */
function useFullscreenToggle(leave: () => void, refocus: () => void) {
  const ownToggle = useRef(false);
  useEffect(
    () =>
      subscribeFullscreen(() => {
        if (!document.fullscreenElement && !ownToggle.current) leave();
        ownToggle.current = false;
      }),
    [leave],
  );
  return function toggleFullscreen() {
    ownToggle.current = true;
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
    void request?.catch(() => {
      ownToggle.current = false;
    });
    refocus();
  };
}

export function PresentationDeck({ slug, slides, notices, credit }: { slug: string; slides: Slide[]; notices: UrlNotice[]; credit: string }) {
  const router = useRouter();
  const t = useTranslations("overview.present");
  const [chart, setChart] = useQueryState("chart", parseAsStringLiteral(CHART_IDS).withDefault("ledger"));
  const deckRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, isFullscreen, () => false);
  const leaving = useRef(false);
  const index = Math.max(0, slides.findIndex((slide) => slide.id === chart));
  const slide = slides[index]!;

  const leave = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    const href = backHref(slug, slide.id);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    router.push(href);
  }, [router, slug, slide.id]);

  const go = useCallback((step: 1 | -1) => void setChart(neighbourChart(slide.id, step)), [setChart, slide.id]);

  useDeckKeys(go, leave);

  // Focus starts on the deck, so the keys work at once and screen readers land on the slide.
  useEffect(() => {
    deckRef.current?.focus();
  }, []);

  const toggleFullscreen = useFullscreenToggle(leave, () => deckRef.current?.focus());
  const zoom = useFitZoom(bodyRef, slideRef, slide.id);

  return (
    <div ref={deckRef} className={styles.deck} tabIndex={-1} data-present-root="" role="region" aria-roledescription={t("roleDescription")} aria-label={t("label")}>
      <div className={styles.bar}>
        <p className={styles.position} aria-live="polite" data-present-position="">
          {t("position", { index: index + 1, count: slides.length, title: slide.title })}
        </p>
        <div className={styles.controls}>
          <button type="button" className="button" onClick={() => go(-1)} aria-label={t("previousLabel")} data-present-prev="">
            {t("previous")}
          </button>
          <button type="button" className="button" onClick={() => go(1)} aria-label={t("nextLabel")} data-present-next="">
            {t("next")}
          </button>
          <button type="button" className="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {t("fullScreen")}
          </button>
          <button type="button" className="button" onClick={leave} data-present-exit="">
            {t("exit")}
          </button>
        </div>
      </div>
      <UrlNotices notices={notices} />
      <div ref={bodyRef} className={styles.body}>
        <div ref={slideRef} className={styles.slide} style={{ zoom }} data-present-slide={slide.id} key={slide.id}>
          {slide.node}
        </div>
      </div>
      <p className={styles.credit}>
        {credit} · {t("keys")}
      </p>
    </div>
  );
}
