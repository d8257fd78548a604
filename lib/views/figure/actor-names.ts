import type { Locale } from "@/lib/i18n/locales";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { isoCountryName } from "@/lib/vocab/actors";

// An actor's name in the page's language. English is the stored name. In another language, the
// name the dataset declares for it in that language (meta.actorNames, a translation the dataset
// flags as such), else the ISO country's name from i18n-iso-countries, else the stored name: an
// actor is never left without a name.

export type ActorNames = DatasetMeta["actorNames"];

export function localActorName(actor: { code: string; name: string }, locale: Locale, names: ActorNames): string {
  if (locale === "en") return actor.name;
  return names?.[actor.code]?.[locale]?.name ?? isoCountryName(actor.code, locale) ?? actor.name;
}
