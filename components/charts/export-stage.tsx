"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { waitForChartSvg } from "@/lib/export/dom/capture-chart";
import { EXPORT_THEMES, themeCssVariables, type ExportThemeName } from "@/lib/export/theme";
import styles from "./charts.module.css";
import { DrawChartsNow } from "./lazy-charts";

// An off-screen copy of a chart, drawn on demand at a given width and in the export theme, for the
// image export. Drawing a fresh copy (rather than copying the one on the page) means the export does
// not depend on the visitor's screen width or theme, and works while the page shows the chart's
// table instead. The copy is inert and hidden from assistive technology, and is removed afterwards.

interface StageRequest {
  width: number;
  /** The image's chart box height, for charts that lay out for the box itself (the timeline). */
  height: number | null;
  theme: ExportThemeName;
  key: number;
}

/** The image's chart box (px of the image) while a chart is drawn for export; null on the page. */
const ExportBox = createContext<{ width: number; height: number } | null>(null);
export const useExportBox = () => useContext(ExportBox);

export function useExportStage(drawing: ReactNode) {
  const [request, setRequest] = useState<StageRequest | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const counter = useRef(0);

  const drawAt = useCallback(async (width: number, theme: ExportThemeName, height: number | null = null) => {
    counter.current += 1;
    const key = counter.current;
    setRequest({ width, height, theme, key });
    return waitForChartSvg(() => {
      const container = containerRef.current;
      return container && container.dataset.stageKey === String(key) ? container : null;
    });
  }, []);

  const clear = useCallback(() => setRequest(null), []);

  const stage =
    request && typeof document !== "undefined"
      ? createPortal(
          <div
            // A fresh copy for every request: some charts (the Sankey) measure their width only once.
            key={request.key}
            ref={containerRef}
            data-export-stage=""
            data-stage-key={request.key}
            aria-hidden="true"
            inert
            className={styles.exportStage}
            style={{
              ...(themeCssVariables(EXPORT_THEMES[request.theme]) as React.CSSProperties),
              width: request.width,
              background: EXPORT_THEMES[request.theme].bg,
              color: EXPORT_THEMES[request.theme].fg,
            }}
          >
            <ExportBox.Provider value={request.height === null ? null : { width: request.width, height: request.height }}>
              <DrawChartsNow>{drawing}</DrawChartsNow>
            </ExportBox.Provider>
          </div>,
          document.body,
        )
      : null;

  return { stage, drawAt, clear };
}
