import "server-only";
import { getTranslations } from "next-intl/server";
import { vocabLabels, type VocabLabels } from "@/lib/i18n/vocab-labels";

/** Vocabulary names in the request's language, for server components: `const vocab = await getVocab()`. */
export async function getVocab(): Promise<VocabLabels> {
  return vocabLabels(await getTranslations("vocab"));
}
