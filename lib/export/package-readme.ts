import { datasetCitation, isoLocalDate, type DatasetCiteInput } from "./citations";
import { EVENTS_FILE, FIGURES_FILE, PACKAGE_TABLES, type DataPackageDescriptor } from "./datapackage";

// The README.txt of a data package: what the files are, how to read the numbers honestly, and how
// to cite the dataset (APA and BibTeX). The package is the same whenever it is downloaded
// (datapackage-zip.ts), so the citation's access date is the given `date` (the day of the version)
// and the README says to put the download day in its place.

export function packageReadme(descriptor: DataPackageDescriptor, cite: DatasetCiteInput, date: Date): string {
  const citation = datasetCitation(cite, date);
  const figureFields = descriptor.resources[0].schema.fields;
  return [
    `${descriptor.title}`,
    `Aidflow data package, dataset version ${cite.version} (last changed ${cite.lastUpdated}).`,
    "",
    descriptor.description,
    "",
    "FILES",
    `  datapackage.json      Frictionless Data Package descriptor: every column, its type, meaning and allowed codes,`,
    `                        and the dataset's citation and metadata.`,
    `  ${FIGURES_FILE.padEnd(20)}  one row per figure (${figureFields.length} columns).`,
    `  ${EVENTS_FILE.padEnd(20)}  one row per dated event.`,
    ...PACKAGE_TABLES.map((table) => `  ${table.path.padEnd(20)}  ${table.description}`),
    "",
    "Aidflow imports this package as it is (npm run data:import -- package.zip, or the upload page): into an empty",
    "database it gives back the same dataset, and its export is this file again, byte for byte.",
    "",
    "READING THE NUMBERS",
    "  - `value` is in the unit of the row's `unit` column. Never add or compare values in different units.",
    "  - `qualifier` is part of the number: more_than 10000 means \"more than 10,000\", not 10,000.",
    "  - `value_printed` is the number exactly as the source prints it, and is the authority.",
    "  - A figure over a period (period_start 1950, period_end 1962) is one total over the span, not a yearly amount.",
    "  - Nothing is converted: money stays in the currency printed. The currency is the `unit`; `price_basis` (and",
    "    `price_year`) says how it is priced, and rubles whose denomination (old or new) the source does not state have",
    "    denomination not_stated.",
    "  - Figures flagged implausible_as_printed are kept exactly as printed; see `notes` and the methodology page.",
    "  - CSV: RFC 4180, UTF-8, CRLF line ends. Text cells that begin with = + - @ (or a tab or carriage return) start with",
    "    an apostrophe so spreadsheets show them as text.",
    "",
    "LICENCE",
    ...descriptor.licenses.map((licence) => `  ${licence.title}${licence.path ? ` (${licence.path})` : ""}`),
    "",
    "HOW TO CITE (APA)",
    `  ${citation.apa}`,
    `  (The access date, ${isoLocalDate(date)}, is the version's: put the day you downloaded the package in its place.)`,
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
