import {
  CATEGORIES,
  EVENT_TYPES,
  FLAGS,
  KINDS,
  QUALIFIERS,
  type Category,
  type EventType,
  type Flag,
  type Kind,
  type Qualifier,
} from "@/lib/vocab";

// Display names for vocabulary codes. A dataset may carry a code this build does not know yet
// (a vocabulary can grow); such a code is shown as it is rather than hidden.

/**
 * A core category's label. A category the dataset declares has its label in the vocabulary
 * (lib/vocab/vocabulary.ts); without it, its code is shown as words ("food_aid" -> "Food aid").
 */
export function categoryLabel(code: string): string {
  const core: string | undefined = CATEGORIES[code as Category];
  if (core !== undefined) return core;
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Commitment (promised or agreed)"; with short, only the part before the explanation. */
export function kindLabel(code: string, { short = false } = {}): string {
  const label: string = KINDS[code as Kind] ?? code;
  return short ? label.replace(/\s*\(.*\)$/, "") : label;
}

export function qualifierLabel(code: string): string {
  return QUALIFIERS[code as Qualifier]?.label ?? code;
}

export function eventTypeLabel(code: string): string {
  return EVENT_TYPES[code as EventType] ?? code;
}

export interface FlagInfo {
  code: string;
  label: string;
  explanation: string;
  /** Flags that question the number or date itself, shown more prominently. */
  warn: boolean;
}

const WARNING_FLAGS: readonly string[] = [
  "implausible_as_printed",
  "internal_inconsistency",
  "contradicts_source",
  "date_conflict",
  "sequence_conflict",
  "ruble_basis_not_stated",
];

export function flagInfo(code: string): FlagInfo {
  const known = FLAGS[code as Flag];
  return {
    code,
    label: known?.label ?? code,
    explanation: known?.explanation ?? "A flag this version of Aidflow does not describe yet.",
    warn: WARNING_FLAGS.includes(code),
  };
}
