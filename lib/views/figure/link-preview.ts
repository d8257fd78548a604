import type { Metadata } from "next";
import type { HeadlineCard } from "@/lib/charts/headline-cards/headline-cards";
import { datasetPath, figurePath } from "@/lib/export/share-links";
import { createFormat, type Format } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import englishFigure from "@/messages/en/figure.json" with { type: "json" };
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";

// What a shared link shows before anyone opens it: the page's description, its Open Graph and
// Twitter-card tags, and the text of the preview image (drawn by components/figure/link-preview-image.tsx).
// Every number is formatted by lib/format.ts, with its qualifier and unit, as on the page itself:
// a preview must not read "10,000" where the source says "more than 10,000".
// The words come in the page's language when the caller passes them (`PreviewWords`: the
// figure.preview messages and the locale's Format); without them, in English.

/** The text on a preview image. */
export interface PreviewCard {
  /** Above the title: the dataset, or "Aidflow". */
  kicker: string;
  title: string;
  /** The key value, formatted with its qualifier and unit; null when there is none to show. */
  value: string | null;
  /** What the value is, as printed and when. */
  valueNote: string | null;
  /** "Source: …" */
  source: string;
}

const DESCRIPTION_MAX = 200;

/** The language of a preview: the `figure.preview` messages and the locale's formatting. */
export interface PreviewWords {
  t: Translate;
  fmt: Format;
}

const ENGLISH: PreviewWords = { t: translatorOver(DEFAULT_LOCALE, englishFigure.preview), fmt: createFormat(DEFAULT_LOCALE) };

/** Text cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The metadata every shared page gets: description, canonical address, Open Graph and Twitter card. */
export function previewMetadata({ title, description, path, baseUrl }: { title: string; description: string; path: string; baseUrl: string }): Metadata {
  const text = clip(description, DESCRIPTION_MAX);
  return {
    // Open Graph wants absolute URLs: the image's and the page's are resolved against this.
    metadataBase: new URL(baseUrl),
    title,
    description: text,
    alternates: { canonical: path },
    openGraph: { type: "website", siteName: "Aidflow", locale: "en", title, description: text, url: path },
    twitter: { card: "summary_large_image", title, description: text },
  };
}

/** "Source: Author, “Title” — section “…”": short enough for an image, where the full reference is not. */
export const sourceLine = (source: { author: string; title: string }, section?: string | null, { t }: Pick<PreviewWords, "t"> = ENGLISH) =>
  section ? t("sourceSection", { author: source.author, title: source.title, section }) : t("source", { author: source.author, title: source.title });

const printedAndWhen = (figure: Pick<FigureDetailDto, "valuePrinted" | "period">, { t, fmt }: PreviewWords) =>
  t("printedWhen", { printed: figure.valuePrinted, period: fmt.formatPeriod(figure.period) });

/** A figure's page: its label, its value with qualifier and unit, and its source. */
export function figurePreviewCard(figure: FigureDetailDto, datasetTitle: string, words: PreviewWords = ENGLISH): PreviewCard {
  return {
    kicker: datasetTitle,
    title: figure.label,
    value: words.fmt.formatValue(figure),
    valueNote: printedAndWhen(figure, words),
    source: sourceLine(figure.source, figure.section, words),
  };
}

export function figureDescription(figure: FigureDetailDto, words: PreviewWords = ENGLISH): string {
  return words.t("description", {
    value: words.fmt.formatValue(figure),
    printedWhen: printedAndWhen(figure, words),
    author: figure.source.author,
    title: figure.source.title,
  });
}

/** The first headline of an overview: its first card's first line, as the card shows it. */
function headlineValue(cards: readonly HeadlineCard[]): { value: string; note: string } | null {
  const line = cards[0]?.lines[0];
  return line ? { value: line.valueText, note: `${line.label}, ${line.period}` } : null;
}

/** A dataset's overview, or one of its charts: the title, the headline value and the source. */
export function overviewPreviewCard({
  kicker,
  title,
  cards,
  source,
}: {
  kicker: string;
  title: string;
  cards: readonly HeadlineCard[];
  /** The whole source line ("Source: …"), or null. */
  source: string | null;
}, { t }: Pick<PreviewWords, "t"> = ENGLISH): PreviewCard {
  const headline = headlineValue(cards);
  return { kicker, title, value: headline?.value ?? null, valueNote: headline?.note ?? null, source: source || t("sourceNotStated") };
}

/** A figure page's metadata, at its canonical address. */
export function figureMetadata(figure: FigureDetailDto, baseUrl: string, words: PreviewWords = ENGLISH): Metadata {
  return previewMetadata({
    title: figure.label,
    description: figureDescription(figure, words),
    path: figurePath(figure.dataset, figure.key),
    baseUrl,
  });
}

/** A dataset's overview metadata, at its own address. */
export function overviewMetadata(dataset: { slug: string; title: string; description: string }, baseUrl: string): Metadata {
  return previewMetadata({ title: dataset.title, description: dataset.description, path: datasetPath(dataset.slug), baseUrl });
}
