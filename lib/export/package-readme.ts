import { datasetCitation, isoLocalDate, type DatasetCiteInput } from "./citations";
import { EVENTS_FILE, FIGURES_FILE, type DataPackageDescriptor } from "./datapackage";

// The README.txt of a data package: what the files are, how to read the numbers honestly, and how
// to cite the dataset (APA and BibTeX, with the download day as the access date).

export function packageReadme(descriptor: DataPackageDescriptor, cite: DatasetCiteInput, created: Date): string {
  const citation = datasetCitation(cite, created);
  const figureFields = descriptor.resources[0].schema.fields;
  return [
    `${descriptor.title}`,
    `Aidflow data package, dataset version ${cite.version} (last changed ${cite.lastUpdated}), downloaded ${isoLocalDate(created)}.`,
    "",
    descriptor.description,
    "",
    "FILES",
    `  datapackage.json  Frictionless Data Package descriptor: every column, its type, meaning and allowed codes.`,
    `  ${FIGURES_FILE.padEnd(16)}  one row per figure (${figureFields.length} columns).`,
    `  ${EVENTS_FILE.padEnd(16)}  one row per dated event.`,
    "",
    "READING THE NUMBERS",
    "  - `value` is in the unit of the row's `unit` column. Never add or compare values in different units.",
    "  - `qualifier` is part of the number: more_than 10000 means \"more than 10,000\", not 10,000.",
    "  - `value_printed` is the number exactly as the source prints it, and is the authority.",
    "  - A figure over a period (period_start 1950, period_end 1962) is one total over the span, not a yearly amount.",
    "  - Nothing is converted: money stays in the currency printed. Rubles whose basis (old or new) the source does not",
    "    state have currency_basis rub_unstated.",
    "  - Figures flagged implausible_as_printed are kept exactly as printed; see `notes` and the methodology page.",
    "  - CSV: RFC 4180, UTF-8, CRLF line ends. Text cells that begin with = + - @ (or a tab or carriage return) start with",
    "    an apostrophe so spreadsheets show them as text.",
    "",
    "LICENCE",
    ...descriptor.licenses.map((licence) => `  ${licence.title}${licence.path ? ` (${licence.path})` : ""}`),
    "",
    "HOW TO CITE (APA)",
    `  ${citation.apa}`,
    "",
    "HOW TO CITE (BibTeX)",
    citation.bibtex,
    "",
    "SOURCES",
    ...descriptor.sources.map((source) => `  - ${source.title}`),
    "",
    `More: ${descriptor.homepage}methodology`,
    "",
  ].join("\r\n");
}
