// The closed vocabularies of a figure and an event, with the labels shown to people.
// Codes are stored in the database and the API; labels are for display only.

export const QUALIFIERS = {
  exact: { label: "as printed", symbol: "", words: "" },
  about: { label: "about", symbol: "≈", words: "about" },
  more_than: { label: "more than", symbol: ">", words: "more than" },
  over: { label: "over", symbol: ">", words: "over" },
  nearly: { label: "nearly", symbol: "≲", words: "nearly" },
  at_least: { label: "at least", symbol: "≥", words: "at least" },
  up_to: { label: "up to", symbol: "≤", words: "up to" },
} as const;
export type Qualifier = keyof typeof QUALIFIERS;
export const QUALIFIER_CODES = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

export const KINDS = {
  commitment: "Commitment (promised or agreed)",
  delivery: "Delivery (transferred over the period)",
  stock: "Stock at a date",
  count: "Count over a period",
  price: "Price",
  budget: "Budget",
  claim: "Claim (demanded, not transferred)",
  term: "Term of an agreement",
  duration: "Duration",
  // What a plain table of flows that does not say which of the above it counts gets (lib/import/defaults).
  not_stated: "Not stated",
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_CODES = Object.keys(KINDS) as [Kind, ...Kind[]];

export const PERIOD_STATUSES = {
  stated: "Stated in the source",
  inferred: "Inferred from the surrounding text",
  unknown: "Not stated",
} as const;
export type PeriodStatus = keyof typeof PERIOD_STATUSES;
export const PERIOD_STATUS_CODES = Object.keys(PERIOD_STATUSES) as [PeriodStatus, ...PeriodStatus[]];

export const FLAGS = {
  implausible_as_printed: {
    label: "Implausible as printed",
    explanation:
      "The number is kept exactly as the source prints it, but it is hard to reconcile with other figures or with what was physically possible. Treat it with caution.",
  },
  ruble_basis_not_stated: {
    label: "Ruble basis not stated",
    explanation:
      "The source does not say whether these are old rubles (before 1961) or new rubles (from 1961). Ten old rubles became one new ruble for prices, but for foreign-currency sums one new ruble was worth 4.44 old rubles, so the two readings differ by a large factor. Conversions need an assumption you choose.",
  },
  period_inferred: {
    label: "Period inferred",
    explanation:
      "The source does not print the years next to this figure. They follow from elsewhere in the text (for example 'during this period', or the dates it gives for the same events in another section) or, where the notes say so, from general knowledge (such as the years of a named plan).",
  },
  period_unknown: {
    label: "Period not stated",
    explanation: "The source gives no period for this figure, and none is guessed.",
  },
  components_partial: {
    label: "Components are partial",
    explanation:
      "The source lists some components of this total and says 'among others', so the listed parts do not add up to the whole.",
  },
  literature_differs: {
    label: "Other sources differ",
    explanation:
      "Other studies give a different number, date or reading for this, usually because they count or date differently. The notes say how.",
  },
  internal_inconsistency: {
    label: "Inconsistent within the source",
    explanation: "The source gives another figure for what looks like the same quantity elsewhere in the text.",
  },
  date_conflict: {
    label: "Date differs from common dating",
    explanation:
      "The source's date differs from the date most accounts give. The source's date is kept; the notes give the common one.",
  },
  date_inferred: {
    label: "Date partly inferred",
    explanation: "Part of the date (usually the year) is not printed next to the event and follows from the surrounding text.",
  },
  sequence_conflict: {
    label: "Sequence conflict",
    explanation: "The source's narrative order ('subsequently', 'the next day') does not match the dates it prints.",
  },
  contradicts_source: {
    label: "Contradiction in the source",
    explanation: "The source says something here that conflicts with another statement in the same text.",
  },
} as const;
export type Flag = keyof typeof FLAGS;
export const FLAG_CODES = Object.keys(FLAGS) as [Flag, ...Flag[]];

export const EVENT_TYPES = {
  visit: "Visit",
  meeting: "Meeting or talks",
  signing: "Signing of a treaty or agreement",
  agreement: "Agreement reached",
  founding: "Founding or establishment",
  transfer: "Transfer of assets or territory",
  withdrawal: "Withdrawal",
  declaration: "Declaration or statement",
  proposal: "Proposal or request",
  rejection: "Rejection or refusal",
  cancellation: "Cancellation",
  clash: "Armed clash or war",
  test: "Weapons test",
  conference: "Conference",
  plan: "Plan or intended date",
  other: "Other",
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_CODES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

const SOURCE_KINDS = {
  primary: "Primary source of the dataset",
  cited: "Work cited by the primary source",
  reference: "Reference literature",
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_CODES = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

export const ACTOR_KINDS = ["state", "region", "organisation", "company"] as const;
