// What a list's filters offer and how an active filter reads, as plain data: the filter form, the
// chips and the tests all use these, so a filter is named the same way everywhere. The pages'
// own option lists are in lib/views/<page>/filter-options.ts.

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

/** The labels of the chosen values, "A or B"; a value the options do not list reads as itself. */
export function optionLabels(values: readonly string[], options: readonly Option[]): string {
  return values.map((value) => options.find((option) => option.value === value)?.label ?? value).join(" or ");
}

/** The same phase key in several datasets is one filter (it matches each dataset's phase): list it once. */
export function phaseOptions(phases: readonly { key: string; label: string }[]): Option[] {
  const unique = phases.filter((phase, index) => phases.findIndex((other) => other.key === phase.key) === index);
  return unique.map((phase) => ({ value: phase.key, label: phase.label }));
}
