import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { vocabLabels, type VocabLabels } from "@/lib/i18n/vocab-labels";

/** Vocabulary names in the page's language, for client components: `const vocab = useVocab()`. */
export function useVocab(): VocabLabels {
  const t = useTranslations("vocab");
  return useMemo(() => vocabLabels(t), [t]);
}
