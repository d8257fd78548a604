import type { ActorEntry, FigureEntry } from "@/lib/schemas/dataset-file";
import type { ImportRow } from "./row-schema";
import type { WarningList } from "./warnings";

// The warnings a file's valid rows earn (warning-codes.ts): legal input that is often a mistake.
// Checked once every row is read, so that a series can be seen whole and a value compared with
// the same figure's stored one.

// The text cells of a figure, by the CSV column they come from.
const TEXT_FIELDS: readonly [column: string, read: (entry: FigureEntry) => string | null | undefined][] = [
  ["label", (entry) => entry.label],
  ["value_printed", (entry) => entry.printed],
  ["section", (entry) => entry.section],
  ["phrase", (entry) => entry.phrase],
  ["period_text", (entry) => entry.period.text],
  ["notes", (entry) => entry.notes],
];

// A value this many times larger or smaller than the stored one is likely a unit slip (thousands, millions).
const JUMP_FACTOR = 1000;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPTS: readonly [name: string, pattern: RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
];

/** A word mixing Latin letters with Cyrillic or Greek ones, and the other script's name; null when none. */
export function mixedScriptWord(text: string): { word: string; script: string } | null {
  for (const [word] of text.matchAll(WORD)) {
    if (!LATIN.test(word)) continue;
    for (const [script, pattern] of OTHER_SCRIPTS) if (pattern.test(word)) return { word, script };
  }
  return null;
}

/** The first row with a whole year and the first with a part of it, by series and year. */
export interface SeriesMarks {
  get(name: string): SeriesSeen | undefined;
  set(name: string, seen: SeriesSeen): void;
}

interface SeriesSeen {
  year?: number;
  part?: number;
}

/**
 * Adds the warnings of the rows; `storedValues` holds the dataset's stored figures' values, by key.
 * `marks` keeps what each series has shown so far (in memory unless given: staging/ keeps them on disk).
 */
export function warnAboutRows(rows: Iterable<ImportRow>, storedValues: { get(key: string): number | undefined }, warnings: WarningList, marks: SeriesMarks = new Map()): void {
  const series = new SeriesPrecision(marks);
  for (const { row, entry } of rows) {
    warnAboutText(row, entry, warnings);
    if (entry.from !== null && entry.from === entry.to)
      warnings.add({ row, column: "to", value: entry.to, code: "self_flow", message: `a flow from ${entry.from} to itself: check the from and to columns` });
    series.check(row, entry, warnings);
    const stored = storedValues.get(entry.key);
    if (stored !== undefined && stored > 0 && entry.value > 0) {
      const ratio = entry.value / stored;
      if (ratio >= JUMP_FACTOR || ratio <= 1 / JUMP_FACTOR)
        warnings.add({
          row,
          column: "value",
          value: String(entry.value),
          code: "value_jump",
          message: `the value is ${ratio >= 1 ? `${Math.round(ratio)} times larger` : `${Math.round(1 / ratio)} times smaller`} than the stored ${stored}: check the unit (thousands, millions)`,
        });
    }
  }
}

function warnAboutText(row: number, entry: FigureEntry, warnings: WarningList): void {
  for (const [column, read] of TEXT_FIELDS) warnAboutCell(row, column, read(entry), warnings);
}

function warnAboutCell(row: number, column: string, text: string | null | undefined, warnings: WarningList): void {
  if (!text) return;
  if (text.includes("\uFFFD"))
    warnings.add({ row, column, value: text, code: "replacement_character", message: "holds a U+FFFD replacement character (�): the text was decoded wrongly before it reached this file" });
  const mixed = mixedScriptWord(text);
  if (mixed)
    warnings.add({ row, column, value: mixed.word, code: "mixed_script", message: `the word "${mixed.word}" mixes Latin and ${mixed.script} letters, which look alike: retype it in one script` });
}

/** The names of the actors an actors file declares ("actors.csv:name"). */
export function warnAboutActors(fileName: string, declared: readonly { row: number; actor: ActorEntry }[], warnings: WarningList): void {
  for (const { row, actor } of declared) {
    warnAboutCell(row, `${fileName}:name`, actor.name, warnings);
    warnAboutCell(row, `${fileName}:native_name`, actor.nativeName, warnings);
  }
}

/** One series (the same flow, category, kind and unit) with a whole year and a part of the same year. */
class SeriesPrecision {
  // series + year → the first row with a whole year, and the first with a month or a day
  constructor(private readonly seen: SeriesMarks) {}

  check(row: number, entry: FigureEntry, warnings: WarningList): void {
    const start = entry.period.start;
    if (!start) return;
    const year = start.slice(0, 4);
    const name = [entry.from, entry.to, entry.category, entry.kind, entry.unit, year].join("\u0000");
    const seen = this.seen.get(name) ?? {};
    const whole = start.length === 4;
    const other = whole ? seen.part : seen.year;
    if (whole ? seen.year === undefined : seen.part === undefined) this.seen.set(name, whole ? { ...seen, year: row } : { ...seen, part: row });
    if (other === undefined) return;
    warnings.add({
      row,
      column: "period_start",
      value: start,
      code: "mixed_precision",
      message: whole
        ? `row ${other} of the same series covers part of ${year}; this row covers the whole year: is it counted twice?`
        : `row ${other} of the same series covers the whole of ${year}; this row covers part of it: is it counted twice?`,
    });
  }
}
