// The timeline's text sizes and row spacing, in px of the drawing. The page uses the small type a
// screen reads up close; an exported image is laid out at its own size with SLIDE_TYPE, so its text
// stays at least 14 px in the image however it is projected (the image is never scaled down).

export interface TimelineType {
  span: { size: number; line: number };
  phase: { size: number; line: number };
  group: number;
  axis: number;
  key: { size: number; line: number; heading: number; numberRoom: number; columnMin: number };
  /** The event numbers above their markers. */
  number: number;
  eventLane: number;
  /** Space between the phase names and the event markers. */
  phaseGap: number;
  lanePad: number;
  groupGap: number;
  /** The key beside the chart instead of below it (wide images), at this share of the width. */
  keyBeside: number | null;
  /** Events closer than their numbers' width share one marker label ("3–6"). */
  mergeEvents: boolean;
  /** Category names in a column this wide left of the plot, so that no name needs a row of its own. */
  gutter: number | null;
}

export const PAGE_TYPE: TimelineType = {
  span: { size: 10, line: 12 },
  phase: { size: 11, line: 13 },
  group: 11,
  axis: 11,
  key: { size: 11, line: 14, heading: 18, numberRoom: 26, columnMin: 280 },
  number: 9,
  eventLane: 18,
  phaseGap: 16,
  lanePad: 3,
  groupGap: 4,
  keyBeside: null,
  mergeEvents: false,
  gutter: null,
};

/** The smallest text an exported timeline draws, in px of the image. */
export const SLIDE_MIN_FONT = 14;

export const SLIDE_TYPE: TimelineType = {
  span: { size: SLIDE_MIN_FONT, line: 16 },
  phase: { size: SLIDE_MIN_FONT, line: 16 },
  group: SLIDE_MIN_FONT,
  axis: SLIDE_MIN_FONT,
  key: { size: SLIDE_MIN_FONT, line: 17, heading: 22, numberRoom: 28, columnMin: 300 },
  number: SLIDE_MIN_FONT,
  eventLane: 22,
  phaseGap: 8,
  lanePad: 2,
  groupGap: 3,
  keyBeside: null,
  mergeEvents: true,
  gutter: 150,
};
