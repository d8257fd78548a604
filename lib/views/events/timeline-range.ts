// The years the events page's timeline spans: every event, not only 1945–1980 (the overview's
// window), so the "full timeline" leaves nothing out. It starts on a multiple of five, as the
// axis ticks do, and never ends before the treaty expired in 1980.

const TIMELINE_DEFAULT_FROM = 1945;
const TIMELINE_DEFAULT_TO = 1980;

export function timelineYears(events: readonly { yearStart: number; yearEnd: number }[]): { from: number; to: number } {
  if (events.length === 0) return { from: TIMELINE_DEFAULT_FROM, to: TIMELINE_DEFAULT_TO };
  const first = Math.min(TIMELINE_DEFAULT_FROM, ...events.map((event) => event.yearStart));
  const last = Math.max(TIMELINE_DEFAULT_TO, ...events.map((event) => event.yearEnd));
  return { from: Math.floor(first / 5) * 5, to: last };
}
