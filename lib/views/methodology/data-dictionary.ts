// What each column of a figure and an event means, in the names the API and the CSV use.
// The methodology page renders these tables; keep them in step with lib/export/csv/*-columns.ts.

export interface FieldDoc {
  name: string;
  meaning: string;
}

export const FIGURE_FIELDS: FieldDoc[] = [
  { name: "id", meaning: "Aidflow's number for the figure; its page is /figures/{id}." },
  { name: "key", meaning: "A stable name for the figure within its dataset. Imports match rows on it." },
  { name: "dataset", meaning: "The dataset the figure belongs to (its slug)." },
  { name: "label", meaning: "A short description written by the editors." },
  { name: "category", meaning: "What the flow is about (see Categories)." },
  { name: "kind", meaning: "What sort of quantity it is: a commitment, a delivery, a stock at a date, a count over a period… (see Kinds)." },
  { name: "from / to", meaning: "The actor that gave and the actor that received, as codes: an ISO 3166-1 alpha-3 country code (FRA, USA…), or a code the dataset declares with its name, kind and years, for states that no longer exist, governments, regions and organisations. Empty for context figures such as treaty terms." },
  { name: "value", meaning: "The printed number written out in its unit, e.g. 1816000000 for “1.816 billion rubles”. Never rounded or corrected." },
  { name: "value_printed", meaning: "The number exactly as the source prints it (“$300 million”, “1.816 billion”, “half”). This is the authority; value only makes it sortable." },
  { name: "unit", meaning: "The unit of value (see Units): an ISO 4217 currency code (USD), a unit of mass, length, area or time (t, km2, years), or a count the dataset declares (persons). Figures in different units are never added." },
  { name: "price_basis / price_year", meaning: "For money: the price basis (current prices, constant prices of a year, the gold parity of a year, or not stated) and its year where it has one, e.g. gold_parity 1950 (see Price bases of money). The currency is the unit itself." },
  { name: "denomination", meaning: "For rubles: old (before the 1961 reform), new (from 1961) or not stated (see Ruble denominations). Empty for every other unit." },
  { name: "qualifier", meaning: "The source's hedge: about, more than, over, nearly, at least, up to — or none (as printed)." },
  { name: "period_start / period_end", meaning: "The period the figure covers, as ISO dates at the precision printed: 1950, 1950-02 or 1950-02-14. A total over 1950–1962 is one value over that span." },
  { name: "period_status", meaning: "stated (printed with the figure), inferred (from elsewhere in the source, or general knowledge, which the notes then name) or unknown (not stated; start and end are empty)." },
  { name: "period_text", meaning: "The period in the source's own words." },
  { name: "parent_key", meaning: "The total this figure is a component of, if any." },
  { name: "derived / derivation", meaning: "True when the number is not printed but follows from the text (“half of which”), with how it was derived." },
  { name: "source / source_citation", meaning: "The work the figure comes from, and its full citation." },
  { name: "provenance", meaning: "Where in the source the figure is stated: phrase (a phrase in a text, with section and phrase), cell (a cell of a table, with cell_table, cell_row and cell_column) or page (a page or URL, with locator)." },
  { name: "section", meaning: "The heading of the source's section that states the figure; required for a phrase." },
  { name: "phrase", meaning: "The words that state the figure, verbatim, at most twelve; required for a phrase, empty for a table cell." },
  { name: "cell_table / cell_row / cell_column", meaning: "For a cell of a table: the table, the row and the column, as the source labels them." },
  { name: "locator", meaning: "A page number or an address (URL) where the figure is found; required for a page." },
  { name: "cited_ref / cited_source", meaning: "The reference the source itself cites for the figure, if any." },
  { name: "flags", meaning: "Warnings such as “implausible as printed” or “ruble basis not stated”, separated by semicolons (see Flags)." },
  { name: "notes", meaning: "The editors' explanation of the flags, the direction or the reading." },
  { name: "permalink", meaning: "The figure's page." },
  { name: "year_start / year_end", meaning: "The years period_start and period_end fall in, as whole numbers for filtering by year; empty when the period has no start or end. Derived from the period: an import ignores them." },
];

export const EVENT_FIELDS: FieldDoc[] = [
  { name: "date / end_date", meaning: "ISO dates at the precision printed (1950, 1950-02, 1950-02-14); end_date for events that span time." },
  { name: "date_text", meaning: "The date in the source's own words (“late summer 1952”, “On October 15”)." },
  { name: "date_status", meaning: "stated, or inferred when part of the date (usually the year) comes from the surrounding text." },
  { name: "label / type", meaning: "What happened, and what kind of event it is (visit, signing, clash…)." },
  { name: "phase", meaning: "The period of the relationship the event falls in." },
  { name: "actors", meaning: "The actors involved, as codes." },
  { name: "section / phrase / flags / notes", meaning: "Provenance and warnings, as for figures. Date conflicts with common dating are flagged, and the source's date is kept." },
];
