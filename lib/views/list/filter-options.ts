import type { Translate } from "@/lib/i18n/translate";
import type { VocabLabels } from "@/lib/i18n/vocab-labels";

// What a list's filters offer and how an active filter reads, as plain data: the filter form, the
// chips and the tests all use these, so a filter is named the same way everywhere. The pages'
// own option lists are in lib/views/<page>/filter-options.ts. Words come in the page's language:
// `t` is the `explore` namespace, `vocab` names vocabulary codes.

export interface ListWords {
  t: Translate;
  /** An actor's name in the page's language (lib/views/figure/actor-names.ts). */
  actorName: (actor: { code: string; name: string }) => string;
  /** A unit's name in the page's language, from its code and the data's label (unit-label.ts). */
  unitLabel: (code: string, label: string) => string;
  /** Only the names the filters offer (lib/i18n/vocab-labels.ts gives them all). */
  vocab: Pick<VocabLabels, "category" | "qualifier" | "flag" | "eventType">;
}

export interface Option {
  value: string;
  label: string;
}

/** One readable chip per active filter, e.g. "From: Soviet Union (USSR)". */
export interface ActiveFilter<Key extends string = string> {
  key: Key;
  label: string;
}

/** A chip with its link to the same view without that filter. */
export interface RemovableFilter extends ActiveFilter {
  removeHref: string;
}

/** Several values as "A or B or C". */
export function orList(values: readonly string[], t: Translate): string {
  return values.reduce((text, value) => t("filters.or", { first: text, second: value }));
}

/** The labels of the chosen values, "A or B"; a value the options do not list reads as itself. */
export function optionLabels(values: readonly string[], options: readonly Option[], t: Translate): string {
  return orList(
    values.map((value) => options.find((option) => option.value === value)?.label ?? value),
    t,
  );
}

/** The option of an actor: "Soviet Union (USSR)"; "none" is the rows that name no actor. */
export const actorOption = (actor: { code: string; name: string }, { t, actorName }: Pick<ListWords, "t" | "actorName">): Option =>
  actor.code === "none" ? { value: "none", label: t("filters.noActor") } : { value: actor.code, label: `${actorName(actor)} (${actor.code})` };

/** The same phase key in several datasets is one filter (it matches each dataset's phase): list it once. */
export function phaseOptions(phases: readonly { key: string; label: string }[]): Option[] {
  const unique = phases.filter((phase, index) => phases.findIndex((other) => other.key === phase.key) === index);
  return unique.map((phase) => ({ value: phase.key, label: phase.label }));
}
