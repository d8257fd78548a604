import { NAME_CAP } from "./cap";
import { figureHref, type ChartFigure, type MarkInfo } from "./chart-types";
import type { ChartWords } from "./words";

// Tooltip and table text for one figure, built once on the server so that every chart says the same
// thing about it: the value with its qualifier, the printed text, the source's phrase, the period
// and the flags.

export function flagList(codes: readonly string[], w: ChartWords): { code: string; label: string }[] {
  return codes.map((code) => ({ code, label: w.flag(code) }));
}

export function periodText(figure: Pick<ChartFigure, "period">, { fmt }: ChartWords): string {
  return fmt.formatPeriod({ start: figure.period.start, end: figure.period.end, status: figure.period.status });
}

export function figureInfo(
  figure: ChartFigure,
  { valueText, direction, derivedNote = null, extra = [] }: { valueText: string; direction: string | null; derivedNote?: string | null; extra?: string[] },
  w: ChartWords,
): MarkInfo {
  return {
    title: figure.label,
    valueText,
    printed: figure.valuePrinted,
    phrase: figure.phrase,
    period: periodText(figure, w),
    direction,
    flags: flagList(figure.flags, w),
    derivedNote,
    extra,
    href: figureHref(figure.id),
  };
}

/** What a source line counts: figures, figures and events (the overview's timeline), or events (the events page). */
export type SourceNoun = "figures" | "figuresAndEvents" | "events";

/** "Source: Neli Akhobadze, “Title” — section “…”" or "Sources: 3 figures from Neli Akhobadze, “Title”". */
export function sourceLine(figures: readonly Pick<ChartFigure, "source" | "section">[], { t }: ChartWords, noun: SourceNoun = "figures"): string {
  if (figures.length === 0) return "";
  const bySource = new Map<string, { name: string; count: number; sections: Set<string> }>();
  for (const figure of figures) {
    const name = t("source.name", { author: figure.source.author, title: figure.source.title });
    const entry = bySource.get(figure.source.key) ?? { name, count: 0, sections: new Set<string>() };
    entry.count += 1;
    // A table cell or a page has no section.
    if (figure.section !== null) entry.sections.add(figure.section);
    bySource.set(figure.source.key, entry);
  }
  const all = [...bySource.values()];
  // Past a handful of sources the line names the ones with the most figures and counts the rest.
  const entries = all.length <= NAME_CAP ? all : [...all].sort((a, b) => b.count - a.count).slice(0, NAME_CAP);
  if (entries.length === 1 && entries[0]!.sections.size <= 1) {
    const only = entries[0]!;
    return only.sections.size === 1 ? t("source.oneSection", { source: only.name, section: [...only.sections][0]! }) : t("source.one", { source: only.name });
  }
  const parts = entries.map((entry) => {
    const sections =
      entry.sections.size === 1 ? ` ${t("source.section", { section: [...entry.sections][0]! })}` : entry.sections.size === 0 ? "" : ` ${t("source.sections", { count: entry.sections.size })}`;
    return `${t(`source.count.${noun}`, { count: entry.count, source: entry.name })}${sections}`;
  });
  const more = all.length - entries.length;
  const rest = figures.length - entries.reduce((total, entry) => total + entry.count, 0);
  const others = more > 0 ? t(`source.others.${noun}`, { count: rest, sources: more }) : "";
  return t("source.many", { parts: parts.join("; "), others });
}
