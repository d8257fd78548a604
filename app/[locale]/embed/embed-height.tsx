"use client";

import { useEffect } from "react";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/export/share-links";

// Tells the page that frames this embed how tall the content is, whenever it changes (a chart drawn
// after hydration, a switch to the table view, a narrower frame that wraps the text), so that the
// snippet's script (lib/export/share-links.ts embedSnippet) can size the iframe to fit: no inner
// scroll bar and no empty band. The height is no secret, so any parent may read it ("*"); the
// parent's script checks that the message comes from this frame and its origin.
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.querySelector<HTMLElement>("[data-embed-root]");
    if (!root) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
