import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/i18n/get-format";
import { getVocab } from "@/lib/i18n/get-vocab";
import type { FlaggedEvent, FlaggedFigure } from "./methodology-data";
import { VocabTable } from "./vocab-table";

// Every flagged figure and event of the dataset, with its flags named and the editors' reason.
export async function FlagsSection({ figures, events }: { figures: FlaggedFigure[]; events: FlaggedEvent[] }) {
  const [t, fmt, vocab] = await Promise.all([getTranslations("methodology.flags"), getFormat(), getVocab()]);
  const flagNames = (flags: string[]) => flags.map((flag) => vocab.flag(flag)).join("; ");
  return (
    <section id="flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t("heading")}</h2>
      <p className="prose">{t("intro")}</p>
      <VocabTable
        caption={t("figures", { count: figures.length })}
        headers={[t("figure"), t("asPrinted"), t("flags"), t("why")]}
        rows={figures.map((figure) => [
          <Link key="l" href={`/figures/${figure.id}`}>
            {figure.label}
          </Link>,
          fmt.formatValue(figure),
          flagNames(figure.flags),
          figure.notes ?? "",
        ])}
      />
      <VocabTable
        caption={t("events", { count: events.length })}
        headers={[t("event"), t("dateAsPrinted"), t("flags"), t("why")]}
        rows={events.map((event) => [event.label, event.dateText, flagNames(event.flags), event.notes ?? ""])}
      />
    </section>
  );
}
