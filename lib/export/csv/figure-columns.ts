import type { FigureDto } from "@/lib/schemas/api/figure-response";
import type { CsvColumn } from "./write";

// The figures CSV, defined once. The CSV import reads exactly these headers, so an export can be
// edited and imported again; change them only together with the importer.
export const FIGURE_CSV_COLUMNS = [
  { header: "id", value: (f) => f.id },
  { header: "key", value: (f) => f.key },
  { header: "dataset", value: (f) => f.dataset },
  { header: "label", value: (f) => f.label },
  { header: "category", value: (f) => f.category },
  { header: "kind", value: (f) => f.kind },
  { header: "from", value: (f) => f.from?.code ?? null },
  { header: "to", value: (f) => f.to?.code ?? null },
  { header: "value", value: (f) => f.value },
  { header: "value_printed", value: (f) => f.valuePrinted },
  { header: "unit", value: (f) => f.unit },
  { header: "price_basis", value: (f) => f.priceBasis },
  { header: "price_year", value: (f) => f.priceYear },
  { header: "denomination", value: (f) => f.denomination },
  { header: "qualifier", value: (f) => f.qualifier },
  { header: "period_start", value: (f) => f.period.start },
  { header: "period_end", value: (f) => f.period.end },
  { header: "period_status", value: (f) => f.period.status },
  { header: "period_text", value: (f) => f.period.text },
  { header: "parent_key", value: (f) => f.parentKey },
  { header: "derived", value: (f) => f.derived },
  { header: "derivation", value: (f) => f.derivation },
  { header: "source", value: (f) => f.source.key },
  { header: "source_citation", value: (f) => f.source.citation },
  { header: "section", value: (f) => f.section },
  { header: "phrase", value: (f) => f.phrase },
  { header: "provenance", value: (f) => f.provenance },
  { header: "cell_table", value: (f) => f.cell?.table ?? null },
  { header: "cell_row", value: (f) => f.cell?.row ?? null },
  { header: "cell_column", value: (f) => f.cell?.column ?? null },
  { header: "locator", value: (f) => f.locator },
  { header: "cited_ref", value: (f) => f.citedRef },
  // The cited work's key and full reference, so that it survives an export and a re-import.
  { header: "cited_source", value: (f) => f.citedSource?.key ?? null },
  { header: "cited_source_citation", value: (f) => f.citedSource?.citation ?? null },
  { header: "flags", value: (f) => f.flags.join(";") },
  { header: "notes", value: (f) => f.notes },
  { header: "permalink", value: (f) => f.links.html },
  // The period's first and last years as integers, for filtering in a spreadsheet; derived from
  // period_start and period_end (the import ignores them and derives them again).
  { header: "year_start", value: (f) => f.period.yearStart },
  { header: "year_end", value: (f) => f.period.yearEnd },
] as const satisfies readonly CsvColumn<FigureDto>[];

export const FIGURE_CSV_HEADERS = FIGURE_CSV_COLUMNS.map((column) => column.header);
