// How a figure's or event's flags are stored: one text column, the codes sorted and joined with
// ";" (no flag code contains one). Sorted, so that the same flags in another order store the same
// text and re-ordering them is never a change. Every reader splits the column back with splitFlags.

export const FLAG_SEPARATOR = ";";

export function joinFlags(flags: readonly string[]): string {
  return [...flags].sort().join(FLAG_SEPARATOR);
}

export function splitFlags(flags: string): string[] {
  return flags === "" ? [] : flags.split(FLAG_SEPARATOR);
}
