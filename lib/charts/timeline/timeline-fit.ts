import type { Translate } from "@/lib/i18n/translate";
import { KEY_EVENTS_CHOICES } from "./key-events-param";
import { keyFigureOrder, keyFiguresNote, withSpans } from "./key-figures";
import type { TimelineData } from "./timeline";
import { layoutTimeline, type TimelineLayout } from "./timeline-layout";
import { SLIDE_TYPE, type TimelineType } from "./timeline-type";

// The timeline laid out for an image's own chart box, at the image's scale, so that its text stays
// at SLIDE_TYPE's size (at least 14 px) instead of a page-sized drawing shrunk to fit. A box holds
// fewer rows than the page, so the image shows key events and key figures: as many of each
// category's largest figures as fit (never more than `keyFigures` of each when set), with a note on
// the chart saying how many of how many; then the lanes are spread out to fill the box.

export interface FitChoice {
  /** The URL's key-events setting; null lets the fit choose (the most that fit, at most the largest choice). */
  keyEvents: number | null;
  /** The URL's key-figures setting (at most this many per category); null: as many as fit. */
  keyFigures: number | null;
}

/** The key's share of a wide box: room for ten events' labels on two or three lines each. */
const KEY_BESIDE = 0.3;
/** Wide boxes put the event key beside the chart, where a slide has room to spare. */
const typeFor = (box: { width: number; height: number }): TimelineType => (box.width >= box.height * 1.6 ? { ...SLIDE_TYPE, keyBeside: KEY_BESIDE } : SLIDE_TYPE);

/** Key events an image shows unless the URL says: enough to tell the story, few enough to leave room for figures. */
const IMAGE_KEY_EVENTS = 10;

/** How many events the fit tries, most first: the URL's choice, or up to IMAGE_KEY_EVENTS of the key-event choices. */
function eventCounts(data: TimelineData, keyEvents: number | null): (number | null)[] {
  if (keyEvents !== null) return [keyEvents];
  const total = data.events.length;
  const choices = [...KEY_EVENTS_CHOICES].filter((count) => count < total && count <= IMAGE_KEY_EVENTS).sort((a, b) => b - a);
  return total <= IMAGE_KEY_EVENTS ? [null, ...choices] : choices;
}

/** The most spans (in key-figure order) whose layout fits `height`, by bisection; at least one. */
function mostThatFit(count: number, fits: (kept: number) => boolean): number {
  let low = 1;
  let high = count;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function fitTimeline(data: TimelineData, box: { width: number; height: number }, choice: FitChoice, t: Translate): TimelineLayout {
  const type = typeFor(box);
  const order = keyFigureOrder(data.spans, choice.keyFigures);
  const total = data.spans.length;
  const layoutWith = (kept: number, keyEvents: number | null, stretch = 0) =>
    layoutTimeline(withSpans(data, order.slice(0, kept)), box.width, keyEvents, { type, stretch, t, note: keyFiguresNote(kept, total, choice.keyFigures, t) });
  const counts = eventCounts(data, choice.keyEvents);
  // The most events whose chart fits with one figure, else the fewest events tried.
  const keyEvents = counts.find((count) => layoutWith(Math.min(1, order.length), count).height <= box.height) ?? counts.at(-1)!;
  const kept = order.length === 0 ? 0 : mostThatFit(order.length, (kept) => layoutWith(kept, keyEvents).height <= box.height);
  const tight = layoutWith(kept, keyEvents);
  if (tight.lanes === 0 || tight.height >= box.height) return tight;
  // Spread the lanes over the spare height, up to one more line each: rows that fill the box.
  const stretch = Math.min(type.span.line, Math.floor((box.height - tight.height) / tight.lanes));
  return stretch > 0 ? layoutWith(kept, keyEvents, stretch) : tight;
}
