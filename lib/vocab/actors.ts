import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ka from "i18n-iso-countries/langs/ka.json" with { type: "json" };
import type { ACTOR_KINDS } from "./terms";

// Who gives and who receives. Any ISO 3166-1 alpha-3 code names a country without being declared:
// its name comes from i18n-iso-countries (README, "Why these libraries"). Everything else (states
// that no longer exist, governments, regions, organisations) is declared by the dataset, with a
// name, a kind and the years it existed, and a declaration wins over the library for the same code,
// because a dataset may mean the country as it was ("Outer Mongolia").
// The package's main entry loads every language it has; only the ones the interface speaks are loaded.

countries.registerLocale(en);
countries.registerLocale(ka);

type ActorKind = (typeof ACTOR_KINDS)[number];
type CountryNameLocale = "en" | "ka";

const ISO_ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));

/** True for a code of ISO 3166-1 alpha-3, written as the standard writes it (upper case). */
export function isIsoCountryCode(code: string): boolean {
  return ISO_ALPHA3.has(code);
}

/** The country's short name in `locale` (English by default), or null when `code` is not ISO alpha-3. */
export function isoCountryName(code: string, locale: CountryNameLocale = "en"): string | null {
  return isIsoCountryCode(code) ? (countries.getName(code, locale) ?? null) : null;
}

/** An actor as a dataset declares it, or as the ISO list gives it. */
export interface ActorDeclaration {
  code: string;
  name: string;
  nativeName: string | null;
  kind: ActorKind;
  description: string | null;
  startYear: number | null;
  endYear: number | null;
}

/**
 * The actor `code` stands for: the dataset's declaration if there is one, else the ISO country
 * (a state, its English name, no years: the ISO list names countries as they are now), else null.
 */
export function resolveActor(code: string, declared: ReadonlyMap<string, ActorDeclaration>): ActorDeclaration | null {
  const own = declared.get(code);
  if (own) return own;
  const name = isoCountryName(code);
  return name === null ? null : { code, name, nativeName: null, kind: "state", description: null, startYear: null, endYear: null };
}
