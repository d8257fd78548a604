import type { Format } from "@/lib/format";

type Values = Record<string, unknown>;
type Translator = (key: string, values?: never) => unknown;

/**
 * A translator that also passes each number argument written out by the page's formatting, as
 * `<name>Text` ("count" 12345 → "countText" "12 345" in Georgian). Messages show `{countText}` and
 * keep `{count, plural, …}` only to choose their words: ICU's own `{count, number}` and `#` go
 * through the runtime's Intl, and a browser without the language's data (Debian's Chromium has no
 * Georgian) writes "12,345" where the server wrote "12 345", which breaks hydration. next-intl takes
 * no number formatter of ours, so the numbers are written before the message is.
 * next-intl's `rich`, `markup`, `raw` and `has` are kept (`rich` and `markup` get the texts too).
 */
export function withNumberTexts<T extends Translator>(t: T, fmt: Pick<Format, "formatNumber">): T {
  const texts = (values: unknown) => (values === undefined ? values : numberTexts(values as Values, fmt));
  const call = t as unknown as (key: string, values?: unknown, ...rest: unknown[]) => unknown;
  const wrapped = Object.assign((key: string, values?: unknown, ...rest: unknown[]) => call(key, texts(values), ...rest), t) as unknown as Record<string, unknown>;
  for (const name of ["rich", "markup"]) {
    const member = (t as unknown as Record<string, unknown>)[name];
    if (typeof member === "function") wrapped[name] = (key: string, values?: unknown, ...rest: unknown[]) => member(key, texts(values), ...rest);
  }
  return wrapped as unknown as T;
}

/** `values` with `<name>Text` added for each number in it. */
function numberTexts<V extends Values>(values: V, fmt: Pick<Format, "formatNumber">): V {
  const withTexts: Values = { ...values };
  for (const [name, value] of Object.entries(values)) if (typeof value === "number") withTexts[`${name}Text`] = fmt.formatNumber(value);
  return withTexts as V;
}
