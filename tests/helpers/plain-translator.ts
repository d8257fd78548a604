import type { Translate } from "@/lib/i18n/translate";

// A translator over one namespace's messages that fills plain `{name}` slots and nothing else (no
// plurals, no rich text), for the Playwright runner, where next-intl's entry cannot load (it imports
// next/headers). The app itself uses next-intl's translator (lib/i18n/translator-over.ts).
export function plainTranslator(messages: Record<string, unknown>): Translate {
  return (key, values = {}) => {
    const template = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof template !== "string") throw new Error(`message missing: ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}
