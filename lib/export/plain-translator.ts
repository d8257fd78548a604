import type { Translate } from "@/lib/i18n/translate";

// A translator over one namespace's messages that fills plain `{name}` slots and nothing else (no
// plurals, no rich text), for pure code that must write English without next-intl: the English
// citations and link previews use the same message files as the pages, so the words never drift.
export function plainTranslator(messages: Record<string, unknown>): Translate {
  return (key, values = {}) => {
    const template = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof template !== "string") throw new Error(`message missing: ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}
