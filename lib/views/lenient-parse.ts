import { z } from "zod";
import type { Format } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

// Pages read their state from the URL with the same schemas as the API, but a page must never
// answer a stale or hand-edited link with an error: each invalid, unknown or repeated parameter is
// dropped (its default applies) and reported as a notice the page shows above its content.

export interface UrlNotice {
  param: string;
  /** English, for the API's errors and the logs (lib/views/overview/chart-data/request.ts). */
  message: string;
  /** The same notice as a message of the `explore` namespace's `notices`, for the page's language. */
  text?: NoticeText;
}

interface NoticeText {
  key: string;
  /** Numbers are quantities, formatted in the page's language; years and codes come as strings. */
  values?: Record<string, string | number>;
}

/** Values from the URL are shown in notices, cut short so a hand-made link cannot flood the page. */
export const clip = (text: string, length = 60) => text.slice(0, length);

type Raw = Record<string, string | string[] | undefined>;

export function lenientParse<Shape extends z.ZodRawShape>(
  shape: Shape,
  raw: Raw,
  { refine }: { refine?: (value: z.output<z.ZodObject<Shape>>) => UrlNotice[] } = {},
): { value: z.output<z.ZodObject<Shape>>; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const accepted: Record<string, string> = {};
  for (const [param, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (!(param in shape)) {
      notices.push({ param, message: `ignored the unknown parameter "${clip(param)}"`, text: { key: "unknownParam", values: { param: clip(param) } } });
      continue;
    }
    if (Array.isArray(value) && value.length !== 1) {
      notices.push({ param, message: `"${param}" was given more than once; using the default`, text: { key: "repeated", values: { param } } });
      continue;
    }
    const single = Array.isArray(value) ? value[0]! : value;
    const result = (shape[param] as z.ZodType).safeParse(single);
    if (!result.success) {
      notices.push({
        param,
        message: `ignored ${param}: ${result.error.issues[0]?.message ?? "invalid value"}`,
        text: { key: "invalid", values: { param, value: clip(single) } },
      });
      continue;
    }
    accepted[param] = single;
  }
  const parsed = z.object(shape).safeParse(accepted);
  // Every parameter passed on its own, so only cross-parameter rules can fail here; fall back to
  // the defaults for all of them rather than guess which one the visitor meant.
  if (!parsed.success) {
    notices.push({ param: "(url)", message: "the link's parameters did not fit together; showing the default view", text: { key: "mismatch" } });
    return { value: z.object(shape).parse({}), notices };
  }
  const extra = refine?.(parsed.data) ?? [];
  return { value: parsed.data, notices: [...notices, ...extra] };
}

/**
 * A notice in the page's language (`t`: the `explore` namespace). English pages show the English
 * message itself, which names the schema's reason in full, as the API does; so does a notice
 * without a translatable form.
 */
export function noticeText(notice: UrlNotice, t: Translate, fmt: Pick<Format, "locale" | "formatNumber">): string {
  if (!notice.text || fmt.locale === DEFAULT_LOCALE) return notice.message;
  const values = Object.entries(notice.text.values ?? {}).map(([name, value]) => [name, typeof value === "number" ? fmt.formatNumber(value) : value]);
  return t(`notices.${notice.text.key}`, Object.fromEntries(values) as Record<string, string>);
}
