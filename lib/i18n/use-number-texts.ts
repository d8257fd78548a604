import { useMemo } from "react";
import { withNumberTexts } from "@/lib/i18n/number-texts";
import { useFormat } from "@/lib/i18n/use-format";

/**
 * A client component's translator that writes number arguments with the page's formatting
 * (`{countText}`, lib/i18n/number-texts.ts): `const t = useNumberTexts(useTranslations("charts"))`.
 */
export function useNumberTexts<T extends (key: string, values?: never) => unknown>(t: T): T {
  const fmt = useFormat();
  return useMemo(() => withNumberTexts(t, fmt), [t, fmt]);
}
