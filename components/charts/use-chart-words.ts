import { useTranslations } from "next-intl";
import { chartWords, type ChartWords, type Lookup } from "@/lib/charts/words";
import { useFormat } from "@/lib/i18n/use-format";

/** The chart words of the page's language, for a component that shapes or names a unit itself. */
export function useChartWords(): ChartWords {
  const charts = useTranslations("charts") as unknown as Lookup;
  const glossary = useTranslations("glossary") as unknown as Lookup;
  const vocab = useTranslations("vocab") as unknown as Lookup;
  const format = useTranslations("format") as unknown as Lookup;
  return chartWords({ charts, glossary, vocab, format }, useFormat());
}
