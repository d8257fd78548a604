// How the stored columns of a figure are named to people: in the correction form's messages, the
// changelog and the history. Columns not listed here are shown by their own name.

const FIGURE_FIELD_LABELS: Record<string, string> = {
  value: "Value",
  valuePrinted: "Printed value",
  qualifier: "Qualifier",
  periodStart: "Period start",
  periodEnd: "Period end",
  periodStatus: "Period status",
  periodText: "Period (source's words)",
  yearStart: "First year",
  yearEnd: "Last year",
  flags: "Flags",
  notes: "Notes",
  label: "Label",
  unit: "Unit",
  searchText: "Search text",
};

export function figureFieldLabel(column: string): string {
  return FIGURE_FIELD_LABELS[column] ?? column;
}

/** Columns kept only to make search and filters fast; a history view may leave them out. */
export const DERIVED_FIGURE_COLUMNS: readonly string[] = ["searchText", "yearStart", "yearEnd"];
