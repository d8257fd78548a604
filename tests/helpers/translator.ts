import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import type { Locale } from "@/lib/i18n/locales";
import type { ListWords } from "@/lib/views/list/filter-options";
import { vocabLabels } from "@/lib/i18n/vocab-labels";
import { localActorName, type ActorNames } from "@/lib/views/figure/actor-names";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import enCitation from "@/messages/en/citation.json" with { type: "json" };
import enCuration from "@/messages/en/curation.json" with { type: "json" };
import enEvents from "@/messages/en/events.json" with { type: "json" };
import enExplore from "@/messages/en/explore.json" with { type: "json" };
import enExport from "@/messages/en/export.json" with { type: "json" };
import enFigure from "@/messages/en/figure.json" with { type: "json" };
import enGlossary from "@/messages/en/glossary.json" with { type: "json" };
import enOverview from "@/messages/en/overview.json" with { type: "json" };
import enVocab from "@/messages/en/vocab.json" with { type: "json" };
import kaCitation from "@/messages/ka/citation.json" with { type: "json" };
import kaCuration from "@/messages/ka/curation.json" with { type: "json" };
import kaEvents from "@/messages/ka/events.json" with { type: "json" };
import kaExplore from "@/messages/ka/explore.json" with { type: "json" };
import kaExport from "@/messages/ka/export.json" with { type: "json" };
import kaFigure from "@/messages/ka/figure.json" with { type: "json" };
import kaGlossary from "@/messages/ka/glossary.json" with { type: "json" };
import kaOverview from "@/messages/ka/overview.json" with { type: "json" };
import kaVocab from "@/messages/ka/vocab.json" with { type: "json" };

// A translator for one namespace of one language, straight from its messages file (next-intl's
// createTranslator), so a test reads the words a page in that language shows. Add a namespace here
// when a test needs it.

const MESSAGES = {
  en: { citation: enCitation, curation: enCuration, events: enEvents, explore: enExplore, export: enExport, figure: enFigure, glossary: enGlossary, overview: enOverview, vocab: enVocab },
  ka: { citation: kaCitation, curation: kaCuration, events: kaEvents, explore: kaExplore, export: kaExport, figure: kaFigure, glossary: kaGlossary, overview: kaOverview, vocab: kaVocab },
} as const;

export type TestNamespace = keyof (typeof MESSAGES)["en"];

export function translator(locale: Locale, namespace: TestNamespace): Translate {
  return translatorOver(locale, MESSAGES[locale], namespace);
}

/** The words the list pages' filters are built with (lib/views/list/filter-options.ts). */
export function listWordsIn(locale: Locale, names: ActorNames = {}): ListWords {
  return {
    t: translator(locale, "explore"),
    vocab: vocabLabels(translator(locale, "vocab")),
    actorName: (actor) => localActorName(actor, locale, names),
    unitLabel: (code, label) => localUnitLabel(code, label, locale),
  };
}
