import type { ChartMarkup } from "../compose-svg";
import { EXPORT_FONT_FAMILY } from "../theme";

// Copies a chart's rendered <svg> into standalone markup. On the page, fills, strokes and fonts
// come from CSS classes and variables (app/globals.css, charts.module.css), which a file on its own
// does not have; so each element's computed style is written onto its copy. Inherited properties
// are written only where they differ from the parent, which keeps the file small. Hidden elements
// are left out, and the page-only attributes (classes, tab stops) dropped.

const INHERITED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "letter-spacing",
  "text-transform",
  "paint-order",
] as const;
const OWN = [
  ["opacity", "1"],
  ["dominant-baseline", "auto"],
] as const;

const DROPPED_ATTRIBUTES = ["class", "tabindex", "style", "data-mark-index"];

function styleOf(element: Element, parent: CSSStyleDeclaration | null): { style: string; computed: CSSStyleDeclaration } {
  const computed = getComputedStyle(element);
  const parts: string[] = [];
  for (const property of INHERITED) {
    const value = computed.getPropertyValue(property);
    if (value && (!parent || parent.getPropertyValue(property) !== value)) parts.push(`${property}:${value}`);
  }
  for (const [property, fallback] of OWN) {
    const value = computed.getPropertyValue(property);
    if (value && value !== fallback) parts.push(`${property}:${value}`);
  }
  return { style: parts.join(";"), computed };
}

function copyStyles(original: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const { style, computed } = styleOf(original, parent);
  for (const name of DROPPED_ATTRIBUTES) copy.removeAttribute(name);
  // Presentation attributes written with CSS variables (stroke="var(--border)") mean nothing in a
  // file of its own; the computed values are in the style just written (or inherited, when equal).
  for (const attribute of Array.from(copy.attributes)) if (attribute.value.includes("var(")) copy.removeAttribute(attribute.name);
  if (style) copy.setAttribute("style", style);
  const originals = Array.from(original.children);
  const copies = Array.from(copy.children);
  originals.forEach((child, index) => {
    const childCopy = copies[index];
    if (!childCopy) return;
    if (getComputedStyle(child).display === "none") {
      childCopy.remove();
      return;
    }
    copyStyles(child, childCopy, computed);
  });
}

/** The chart's drawing as standalone markup, with the size it was drawn at. */
export function captureChartSvg(svg: SVGSVGElement): ChartMarkup {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, copy, null);
  // The root's font: the embedded Inter, whatever name the page's font loader gave it.
  const rootStyle = copy.getAttribute("style") ?? "";
  copy.setAttribute("style", `${rootStyle};font-family:${EXPORT_FONT_FAMILY}`);
  const serializer = new XMLSerializer();
  const inner = `<g style="${escapeAttribute(copy.getAttribute("style") ?? "")}">${Array.from(copy.childNodes)
    .map((node) => serializer.serializeToString(node))
    .join("")}</g>`;
  return { markup: inner, width, height };
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Waits until the chart inside `getContainer()` has drawn at the container's width, then returns its <svg>. */
export async function waitForChartSvg(getContainer: () => HTMLElement | null, { timeoutMs = 6000 } = {}): Promise<SVGSVGElement> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const started = performance.now();
  let previous = -1;
  let stableFrames = 0;
  while (performance.now() - started < timeoutMs) {
    await frame();
    const container = getContainer();
    const svg = container?.querySelector<SVGSVGElement>("[data-chart] svg");
    if (!container || !svg) continue;
    const box = container.querySelector<HTMLElement>("[data-chart]")!.getBoundingClientRect();
    const drawn = svg.getBoundingClientRect();
    const count = svg.getElementsByTagName("*").length;
    // Drawn when the surface spans its box (Recharts measures first; a chart with a minimum width may
    // be wider) and its elements stopped changing.
    const sized = drawn.width > 0 && drawn.width >= box.width - 2;
    if (sized && count === previous && count > 3) stableFrames += 1;
    else stableFrames = 0;
    previous = count;
    if (stableFrames >= 2) return svg;
  }
  throw new Error("the chart did not finish drawing");
}
