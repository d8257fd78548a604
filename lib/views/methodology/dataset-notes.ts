// Notes on how a dataset was made that do not belong to any one figure: how the extraction was
// done and what it leaves out. Keyed by dataset slug; a dataset without notes shows none.

export interface DatasetNotes {
  extraction: string[];
  gaps: string[];
}

const NOTES: Record<string, DatasetNotes> = {
  "sino-soviet-1950-1980": {
    extraction: [
      "Every number in the paper that measures the subject (money, people, goods, documents, projects, distances, areas, forces, incidents, treaty terms and durations) became one figure. Purely symbolic numbers (the stars of the flag, the four social classes, article numbers) were left out.",
      "Each figure keeps the words that state it, verbatim and at most twelve words long, with the number exactly as printed. An automated test checks every phrase against the paper's text; the only normalisation is that the text file's Markdown escape (\\$) is read as $ and line breaks as spaces.",
      "The value column writes the printed number out in its unit (1.816 billion rubles is 1,816,000,000). Nothing is rounded, split into years or corrected; a figure that looks wrong is kept and flagged.",
      "A period is 'stated' when the years stand in the same sentence as the figure, 'inferred' when they come from a neighbouring sentence (for example 'during this period'), and 'not stated' otherwise. Inferred periods are flagged.",
      "Direction records who gave what to whom. Training of Chinese personnel in the USSR is recorded as a service from the USSR to the PRC, although the people travelled the other way. Territorial claims run from the holder (USSR) to the claimant (PRC) and are never transfers.",
      "Components of a total (the halves of the 1950 credit, the commodities inside the food and mineral exports) point to their total. Only components in the total's own unit are compared with it.",
      "Every dated event became an event with the date as printed. Where the paper's date or order differs from the common dating or from the paper itself, the paper's date is kept and the event is flagged with the reason.",
    ],
    gaps: [
      "The paper's 'millions of so-called volunteers' sent to the Korean War has no number and is not a figure.",
      "Some events have no date in the paper (Stalin's death, Khrushchev's removal, Mao's threat to annex Outer Mongolia) and are not in the events list.",
      "The paper never says whether its ruble figures are old (before 1961) or new rubles. The literature reads the 1.816 billion as new rubles; the others cannot be placed. Conversions of these figures need an assumption that you choose.",
      "The paper gives 1.816 billion rubles as 'a long-term concessional loan' and elsewhere quotes Mao on a '6.2 billion ruble Soviet loan'. Both are kept and flagged as inconsistent; neither is preferred.",
      "No annual series: the paper gives totals over periods (such as 1950–1962), and Aidflow never divides them into years.",
      "The paper prints no year of publication or journal name; the citation says so rather than guess.",
    ],
  },
};

export function datasetNotes(slug: string): DatasetNotes | null {
  return NOTES[slug] ?? null;
}
