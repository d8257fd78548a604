import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { listDatasets } from "@/lib/data/datasets/list";
import { getVocab } from "@/lib/i18n/get-vocab";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { localActorName, type ActorNames } from "@/lib/views/figure/actor-names";
import type { ListWords } from "./filter-options";
import { localUnitLabel } from "./unit-label";

/** The words a list page's filters and chips are built with, in the request's language. */
export async function getListWords(): Promise<ListWords> {
  const [t, vocab, requested, datasets] = await Promise.all([getTranslations("explore"), getVocab(), getLocale(), listDatasets()]);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  // The lists span every dataset: an actor's name is the one any dataset declares for this language.
  const names: ActorNames = Object.assign({}, ...datasets.map((dataset) => dataset.meta.actorNames ?? {}));
  return { t, vocab, actorName: (actor) => localActorName(actor, locale, names), unitLabel: (code, label) => localUnitLabel(code, label, locale) };
}
