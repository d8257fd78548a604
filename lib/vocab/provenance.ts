// Where in its source a figure is stated. A source is always named; what else is needed to find
// the figure in it depends on the kind of source: a text has sections and phrases, a statistical
// table has cells and no phrase, a web page or a scan has an address or a page number.

export const PROVENANCE = {
  phrase: { label: "A phrase in a text", needs: "the section and the phrase (the words that state the figure)" },
  cell: { label: "A cell of a table", needs: "the table, the row and the column" },
  page: { label: "A page or URL", needs: "the locator (a page number or an address)" },
  // A plain table of figures that names its source and nothing finer (lib/import/defaults).
  source: { label: "The source as a whole", needs: "nothing beyond the source" },
} as const;

export type ProvenanceKind = keyof typeof PROVENANCE;
export const PROVENANCE_KINDS = Object.keys(PROVENANCE) as [ProvenanceKind, ...ProvenanceKind[]];

interface Provenanced {
  provenance: string;
  phrase: string | null;
  cell: { table: string; row: string; column: string } | null;
  locator: string | null;
}

/** Where in its source a figure is, in a few words: its phrase in quotes, its table cell, or its page or address. */
export function provenanceWhere(figure: Provenanced): string {
  if (figure.provenance === "cell" && figure.cell) return `table “${figure.cell.table}”, row “${figure.cell.row}”, column “${figure.cell.column}”`;
  if (figure.provenance === "page" && figure.locator !== null) return figure.locator;
  return figure.phrase === null ? (figure.locator ?? "") : `“${figure.phrase}”`;
}
