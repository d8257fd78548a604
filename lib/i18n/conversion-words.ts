import type { Translate } from "@/lib/i18n/translate";
import type { Conversion, Currency, NotConverted } from "@/lib/vocab/convert";

// A conversion in the page's language: why a figure is not converted, and how a converted value was
// derived. The words come from the messages of whoever shows them (the figure page's "figure"
// namespace, the charts' "charts"), each under a `conversion` object with the same keys, so the
// sentences are built once here. The English messages give exactly the English that convert.ts
// keeps in `reason` and `note` (tests/unit/conversion-words.test.ts holds them together).

export interface ConversionWording {
  /** A translator whose keys start at the `conversion` messages object ("reasons.not_money"). */
  t: Translate;
  /** A unit's name in the page's language, from its code and its own (English) label. */
  unitLabel: (code: string, label: string) => string;
  /** A currency's name in the page's language ("old rubles"). */
  currencyName: (currency: Currency) => string;
}

/** Why a figure is not converted, in words: "the currency basis is not recorded". */
export function notConvertedReason(conversion: NotConverted, { t, unitLabel, currencyName }: ConversionWording): string {
  const { unit, label, currency } = conversion.values;
  const values: Record<string, string> = {};
  if (unit !== undefined) values.unit = unitLabel(unit, label ?? unit);
  if (currency !== undefined) values.currency = currencyName(currency);
  return t(`reasons.${conversion.code}`, values);
}

type Derivation = Pick<Extract<Conversion, { converted: true }>, "steps" | "assumption">;

/** The rates a converted value went through, with their validity and sources, and the assumption it reads. */
export function derivationNote({ steps, assumption }: Derivation, { t }: Pick<ConversionWording, "t">): string {
  const parts = steps.map(({ rate }) =>
    t("note.step", {
      rate: rate.rate,
      unit: rate.unit.replace("_", " "),
      perUnit: rate.perUnit,
      valid: rate.validTo ? t("note.validRange", { from: rate.validFrom, to: rate.validTo }) : t("note.validFrom", { from: rate.validFrom }),
      source: rate.sourceTitle,
    }),
  );
  const body = parts.length === 0 ? t("note.sameCurrency") : t("note.derivedVia", { steps: parts.reduce((first, next) => t("note.then", { first, next })) });
  return assumption ? t("note.assumed", { assumption: t(`note.assume.${assumption}`), body }) : body;
}
