"use client";

import { useCallback, useRef, useState, type ReactNode } from "react";
import styles from "./charts.module.css";

// Gives a child its box's width in CSS px, kept up to date. Recharts' Sankey reads a width="100%"
// once, with getBoundingClientRect, which is wrong after a resize (an export drawing, the window)
// and under CSS zoom (the presentation); a ResizeObserver's content box is neither.
export function SizedBox({ children }: { children: (width: number) => ReactNode }) {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    setWidth(node.offsetWidth);
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.current.observe(node);
  }, []);
  return (
    <div ref={ref} className={styles.fill}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
