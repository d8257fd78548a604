import type { Translate } from "@/lib/i18n/translate";
import type { UnitInfo } from "@/lib/vocab";

// Each component's share of its parent total. A share is only a ratio of two numbers in the same
// unit: tons of soybeans are no share of a sum in rubles, so such a component gets no share and a
// reason instead. Shares are of the total as printed; when the total is itself approximate ("more
// than 1.4 billion"), so is every share of it, and the caller says so. The reason is in the words
// of `t` (the figure.parts messages); without one, in English.

export interface ShareInput {
  value: number;
  unit: string;
  unitInfo: Pick<UnitInfo, "noun">;
}

export type ComponentShare = { share: number; reason: null } | { share: null; reason: string };

const englishReasons: Translate = (key, values) =>
  key === "noShareZero"
    ? "No share: the total is zero."
    : `No share: the total is in ${values?.parentUnit} and this part in ${values?.partUnit}; different units are never divided.`;

export function componentShare(parent: ShareInput, component: ShareInput, t: Translate = englishReasons): ComponentShare {
  if (component.unit !== parent.unit)
    return { share: null, reason: t("noShareUnits", { parentUnit: parent.unitInfo.noun, partUnit: component.unitInfo.noun }) };
  if (parent.value === 0) return { share: null, reason: t("noShareZero") };
  return { share: component.value / parent.value, reason: null };
}

export interface SharesSummary {
  /** Components whose unit matches the total. */
  comparable: number;
  /** Sum of the comparable shares (0..n); below 1 means the listed parts do not make up the whole. */
  sum: number;
}

export function summariseShares(parent: ShareInput, components: ShareInput[]): SharesSummary {
  const shares = components.map((component) => componentShare(parent, component).share).filter((share): share is number => share !== null);
  return { comparable: shares.length, sum: shares.reduce((total, share) => total + share, 0) };
}
