import { useTranslations } from "next-intl";

// What a list's rows are called in the page's language (the glossary's terms): `one` follows a
// number ("1 figure"; Georgian keeps it after any number), `other` stands alone.
export function useListNoun(entity: "figures" | "events"): { one: string; other: string } {
  const glossary = useTranslations("glossary");
  return entity === "figures"
    ? { one: glossary("terms.figure"), other: glossary("terms.figures") }
    : { one: glossary("terms.event"), other: glossary("terms.events") };
}
