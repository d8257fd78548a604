// What an import warns about: input that is legal but suspicious. Each is reported with its row and
// column beside the import's result; `--strict` (or the upload's strict option) refuses the file
// instead (lib/import/warnings.ts).
export const WARNING_CODES = [
  // a U+FFFD replacement character: the text was decoded wrongly somewhere before this file
  "replacement_character",
  // an empty line between rows: often a row lost in editing
  "blank_line",
  // a flow whose from and to are the same actor
  "self_flow",
  // one series with both a whole year and a part of that year (1955 and 1955-07): likely counted twice
  "mixed_precision",
  // a value a thousand times larger or smaller than the same figure's stored value: often a unit slip
  "value_jump",
  // a word mixing scripts (a Cyrillic "К" in "Кenya"): one name could be stored in two spellings
  "mixed_script",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
