import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { OpenApiParameter } from "@/lib/api/openapi-parameters";
import { QueryError } from "@/lib/schemas/api/query-error";

// `lang` on an export's address chooses the language of the XLSX's About sheet (its data sheet's
// headers and codes are the same in every language, for scripts). It is taken out of the query
// before the endpoint's own schema reads it; English when absent.

export function splitExportLocale(params: URLSearchParams): { locale: Locale; params: URLSearchParams } {
  const values = params.getAll("lang");
  if (values.length === 0) return { locale: DEFAULT_LOCALE, params };
  if (values.length > 1) throw new QueryError("repeated_parameter", "lang", "lang: give it once");
  const value = values[0]!;
  if (!isLocale(value)) throw new QueryError("invalid_parameter", "lang", `lang: must be one of ${LOCALES.join(", ")}`);
  const rest = new URLSearchParams(params);
  rest.delete("lang");
  return { locale: value, params: rest };
}

/** `lang` in the OpenAPI document, on every operation that offers format=xlsx. */
export const EXPORT_LANG_PARAMETER: OpenApiParameter = {
  name: "lang",
  in: "query",
  required: false,
  description: `With format=xlsx: the language of the About sheet (${LOCALES.join(" or ")}); the data sheet's headers and codes are the same in every language, for scripts. Other formats ignore it.`,
  schema: { type: "string", enum: [...LOCALES], default: DEFAULT_LOCALE },
};
