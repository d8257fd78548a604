import { formatDirection, formatPeriod } from "@/lib/format";
import type { FigureEntry } from "@/lib/schemas/dataset-file";
import { isMoney } from "@/lib/vocab/units";
import type { Vocabulary } from "@/lib/vocab/vocabulary";
import type { ImportContext } from "../context";
import type { ImportRow } from "../row-schema";
import { defaultSourceKey } from "./default-source";

// The defaults of a plain table that depend on the dataset (defaults/plain-table.ts), filled once
// it is known and before the references are checked, so that a default is checked like a value
// the file gave: the label names the unit as the vocabulary does, money gets the price basis
// "not stated", and rows without a source get the one the import names.

/** "USA → FRA, US dollars, 1948–1952": the actors, the unit and the period, as the row gives them. */
function builtLabel(entry: Pick<FigureEntry, "from" | "to" | "unit" | "period">, vocabulary: Vocabulary): string {
  const direction = entry.from === null && entry.to === null ? [] : [formatDirection(entry.from, entry.to)];
  return [...direction, vocabulary.unitInfo(entry.unit).noun, formatPeriod(entry.period)].join(", ");
}

/** Fills every row's pending defaults; `sourceCitation` is the source named for rows without one. */
export function fillDefaults(rows: readonly ImportRow[], context: Pick<ImportContext, "sources" | "vocabulary">, sourceCitation: string | null): void {
  const fill = defaultsFiller(context, sourceCitation);
  for (const row of rows) fill(row);
}

/** What fills one row's pending defaults (a CSV import's rows are filled as each is read back: staging/). */
export function defaultsFiller(context: Pick<ImportContext, "sources" | "vocabulary">, sourceCitation: string | null): (row: ImportRow) => void {
  const sourceKey = sourceCitation === null ? null : defaultSourceKey(sourceCitation, context.sources);
  return (row) => {
    const fill = row.fill;
    if (!fill) return;
    const { entry } = row;
    if (fill.source && sourceKey !== null) {
      entry.source = sourceKey;
      row.sourceCitation = sourceCitation;
    }
    if (fill.priceBasis) {
      const unit = context.vocabulary.unit(entry.unit);
      entry.priceBasis = unit !== undefined && isMoney(unit) ? "not_stated" : null;
    }
    if (fill.label) entry.label = builtLabel(entry, context.vocabulary);
  };
}
