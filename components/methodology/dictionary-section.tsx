import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/i18n/get-format";
import { getVocab } from "@/lib/i18n/get-vocab";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import { EVENT_FIELDS, FIGURE_FIELDS } from "@/lib/views/methodology/data-dictionary";
import { CATEGORIES, EVENT_TYPES, FLAGS, KINDS, PERIOD_STATUSES, QUALIFIERS } from "@/lib/vocab";
import { DENOMINATIONS, PRICE_BASES } from "@/lib/vocab/basis";
import type { MethodologyDataset, MethodologyUnit } from "./methodology-data";
import { VocabTable } from "./vocab-table";

// The data dictionary: every field of a figure and an event, and every code a field takes, in the
// page's language (the codes themselves are the same in every language).

const code = (value: string) => <code key="c">{value}</code>;

export async function DictionarySection({ dataset, units }: { dataset: MethodologyDataset | null; units: MethodologyUnit[] }) {
  const [t, tf, vocab, fmt] = await Promise.all([getTranslations("methodology.dictionary"), getTranslations("methodology.fields"), getVocab(), getFormat()]);
  const codes = (table: object) => Object.keys(table);
  const declaredCategories = (dataset?.meta.categories ?? []).map((category) => [category.code, category.label] as const);
  return (
    <section id="dictionary" aria-labelledby="dictionary-heading">
      <h2 id="dictionary-heading">{t("heading")}</h2>
      <p className="prose">{t.rich("intro", { link: (chunks) => <Link href="/api-docs">{chunks}</Link> })}</p>
      <VocabTable caption={t("figureFields")} headers={[t("field"), t("meaning")]} rows={FIGURE_FIELDS.map((f) => [code(f.name), tf(`figure.${f.key}`)])} />
      <VocabTable caption={t("eventFields")} headers={[t("field"), t("meaning")]} rows={EVENT_FIELDS.map((f) => [code(f.name), tf(`event.${f.key}`)])} />
      <VocabTable caption={t("units")} headers={[t("code"), t("unit"), t("family")]} rows={units.map((unit) => [code(unit.code), localUnitLabel(unit.code, unit.label, fmt.locale), unit.familyLabel])} />
      <VocabTable
        caption={t("qualifiers")}
        headers={[t("code"), t("shownAs"), t("meaning")]}
        rows={Object.entries(QUALIFIERS).map(([name, q]) => [
          code(name),
          q.symbol ? `${q.symbol} (${vocab.qualifier(name)})` : "—",
          name === "exact" ? t("exactMeaning") : t("qualifierMeaning", { words: vocab.qualifier(name) }),
        ])}
      />
      <VocabTable
        caption={t("categories")}
        headers={[t("code"), t("category")]}
        rows={[...codes(CATEGORIES).map((name) => [name, vocab.category(name)] as const), ...declaredCategories].map(([name, label]) => [code(name), label])}
      />
      <VocabTable caption={t("kinds")} headers={[t("code"), t("kind")]} rows={codes(KINDS).map((name) => [code(name), vocab.kind(name)])} />
      <VocabTable caption={t("periodStatuses")} headers={[t("code"), t("meaning")]} rows={codes(PERIOD_STATUSES).map((name) => [code(name), vocab.periodStatus(name)])} />
      <VocabTable caption={t("priceBases")} headers={[t("code"), t("meaning")]} rows={codes(PRICE_BASES).map((name) => [code(name), vocab.priceBasis(name)])} />
      <VocabTable caption={t("denominations")} headers={[t("code"), t("meaning")]} rows={codes(DENOMINATIONS).map((name) => [code(name), vocab.denomination(name)])} />
      <VocabTable
        caption={t("flags")}
        headers={[t("code"), t("flag"), t("flagMeaning")]}
        rows={codes(FLAGS).map((name) => {
          const info = vocab.flagInfo(name);
          return [code(name), info.label, info.explanation];
        })}
      />
      <VocabTable caption={t("eventTypes")} headers={[t("code"), t("type")]} rows={codes(EVENT_TYPES).map((name) => [code(name), vocab.eventType(name)])} />
    </section>
  );
}
