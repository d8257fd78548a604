import { withFamilyNames, type ChartWords } from "@/lib/charts/words";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import type { Locale } from "@/lib/i18n/locales";
import { chartWordsFrom } from "@/lib/views/overview/chart-words";
import enCharts from "@/messages/en/charts.json";
import enFormat from "@/messages/en/format.json";
import enGlossary from "@/messages/en/glossary.json";
import enVocab from "@/messages/en/vocab.json";
import kaCharts from "@/messages/ka/charts.json";
import kaFormat from "@/messages/ka/format.json";
import kaGlossary from "@/messages/ka/glossary.json";
import kaVocab from "@/messages/ka/vocab.json";

// The chart words of a language straight from its messages files (next-intl's createTranslator),
// so a test shapes charts exactly as a page in that language does.

const MESSAGES = {
  en: { charts: enCharts, glossary: enGlossary, vocab: enVocab, format: enFormat },
  ka: { charts: kaCharts, glossary: kaGlossary, vocab: kaVocab, format: kaFormat },
} as const;

const wordsIn = (locale: Locale): ChartWords => chartWordsFrom(locale, MESSAGES[locale]);

/** English, as every chart test before the Georgian interface asserted. */
export const EN = wordsIn("en");
/** Georgian, on a page of the shipped dataset: its declared families take the names its metadata gives. */
export const KA = withFamilyNames(wordsIn("ka"), loadDatasetFile(DATASET_FILES[0]!).dataset.meta?.familyNames);
