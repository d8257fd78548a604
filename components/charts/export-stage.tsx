"use client";

import { useCallback, useRef, useState, type ReactNode } from "react";
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
  theme: ExportThemeName;
  key: number;
}

export function useExportStage(drawing: ReactNode) {
  const [request, setRequest] = useState<StageRequest | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const counter = useRef(0);

  const drawAt = useCallback(async (width: number, theme: ExportThemeName) => {
    counter.current += 1;
    const key = counter.current;
    setRequest({ width, theme, key });
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
            <DrawChartsNow>{drawing}</DrawChartsNow>
          </div>,
          document.body,
        )
      : null;

  return { stage, drawAt, clear };
}
