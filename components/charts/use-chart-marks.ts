"use client";

import { useCallback, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { ActiveMark } from "./mark-tooltip";

// Hover, focus and keyboard behaviour shared by the chart marks. One mark per chart is in the tab
// order (a roving tabindex); the arrow keys move between marks, Home and End jump to the ends, and
// Escape hides the tooltip. Hovering or focusing a mark shows its tooltip.

/** The props that make an SVG element one of the chart's marks: `markProps(index)`. */
export type MarkProps = ReturnType<typeof useChartMarks>["markProps"];

/** The drawn plot area, in the SVG's px (Recharts' usePlotArea). */
export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A value's x position on the chart's axis, clamped to the axis. */
export type XOf = (value: number) => number;

export function useChartMarks(chartId: string, count: number) {
  const [active, setActive] = useState<ActiveMark | null>(null);
  const [current, setCurrent] = useState(0);

  const focusMark = useCallback(
    (index: number) => {
      const target = document.querySelector<SVGElement>(`[data-chart="${chartId}"] [data-mark-index="${index}"]`);
      target?.focus();
    },
    [chartId],
  );

  const anchorOf = (element: Element): Omit<ActiveMark, "index"> => {
    const box = element.closest(`[data-chart="${chartId}"]`);
    const rect = element.getBoundingClientRect();
    const boxRect = box?.getBoundingClientRect() ?? rect;
    // Under CSS zoom (the presentation), client rects are in zoomed px but the tooltip is laid
    // out in the box's own px: divide by the zoom in force (currentCSSZoom; 1 where unsupported).
    const zoom = (box as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
    return { x: (rect.left - boxRect.left + rect.width / 2) / zoom, y: (rect.bottom - boxRect.top) / zoom, boxWidth: boxRect.width / zoom };
  };

  const markProps = (index: number) => ({
    "data-mark-index": index,
    tabIndex: index === Math.min(current, Math.max(0, count - 1)) ? 0 : -1,
    onMouseEnter: (event: MouseEvent<SVGElement>) => setActive({ index, ...anchorOf(event.currentTarget) }),
    onMouseLeave: () => setActive((previous) => (previous?.index === index ? null : previous)),
    onFocus: (event: FocusEvent<SVGElement>) => {
      setCurrent(index);
      setActive({ index, ...anchorOf(event.currentTarget) });
    },
    onBlur: () => setActive((previous) => (previous?.index === index ? null : previous)),
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      const next =
        event.key === "ArrowRight" || event.key === "ArrowDown"
          ? Math.min(count - 1, index + 1)
          : event.key === "ArrowLeft" || event.key === "ArrowUp"
            ? Math.max(0, index - 1)
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? count - 1
                : null;
      if (event.key === "Escape") {
        setActive(null);
        return;
      }
      if (next === null) return;
      event.preventDefault();
      focusMark(next);
    },
  });

  return { active, markProps };
}
