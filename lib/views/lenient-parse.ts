import { z } from "zod";

// Pages read their state from the URL with the same schemas as the API, but a page must never
// answer a stale or hand-edited link with an error: each invalid, unknown or repeated parameter is
// dropped (its default applies) and reported as a notice the page shows above its content.

export interface UrlNotice {
  param: string;
  message: string;
}

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
      notices.push({ param, message: `ignored the unknown parameter "${param.slice(0, 60)}"` });
      continue;
    }
    if (Array.isArray(value) && value.length !== 1) {
      notices.push({ param, message: `"${param}" was given more than once; using the default` });
      continue;
    }
    const single = Array.isArray(value) ? value[0]! : value;
    const result = (shape[param] as z.ZodType).safeParse(single);
    if (!result.success) {
      notices.push({ param, message: `ignored ${param}: ${result.error.issues[0]?.message ?? "invalid value"}` });
      continue;
    }
    accepted[param] = single;
  }
  const parsed = z.object(shape).safeParse(accepted);
  // Every parameter passed on its own, so only cross-parameter rules can fail here; fall back to
  // the defaults for all of them rather than guess which one the visitor meant.
  if (!parsed.success) {
    notices.push({ param: "(url)", message: "the link's parameters did not fit together; showing the default view" });
    return { value: z.object(shape).parse({}), notices };
  }
  const extra = refine?.(parsed.data) ?? [];
  return { value: parsed.data, notices: [...notices, ...extra] };
}
