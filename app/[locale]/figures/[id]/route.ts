import { figureAddressOfId, figuresWithKey } from "@/lib/data/figures/get-by-key";
import { escapeXml } from "@/lib/export/escape";
import { figurePath } from "@/lib/export/share-links";
import { localizedPath } from "@/lib/i18n/alternates";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";

// GET /figures/<id> and /figures/<key>: the old figure addresses, sent on to the canonical page,
// /datasets/<slug>/figures/<key>, in the language of the address (/ka/figures/<id> -> /ka/datasets/...).
// - A numeric id answers 308 (permanent): an id names one figure for as long as it exists.
// - A key that exactly one dataset has answers 307 (temporary): another dataset may gain the same
//   key tomorrow, and a cached permanent redirect would then be wrong.
// - A key several datasets have answers 300 with the candidates to choose from.
// - Anything else is a 404 (the proxy answers it with the not-found page before this runs,
//   lib/data/figures/page-exists.ts). Digits are read as an id first, so old links keep their figure.

export const dynamic = "force-dynamic";

// The locale is optional: the tests call the handler as the address without a language did.
type Context = { params: Promise<{ locale?: string; id: string }> };

function page(locale: Locale, status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeXml(title)} · Aidflow</title><h1>${escapeXml(title)}</h1>${body}</html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );
}


// A relative Location: it resolves against whatever origin the visitor used.
const redirectTo = (path: string, status: 307 | 308) =>
  new Response(null, { status, headers: { Location: path, "Cache-Control": status === 308 ? "public, max-age=3600" : "no-store" } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale: requested, id: segment } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await translatorFor(locale, "errors.figureRedirect");
  const pathOf = (slug: string, key: string) => localizedPath(figurePath(slug, key), locale);
  const notFound = () =>
    page(locale, 404, t("notFoundTitle"), `<p>${escapeXml(t("notFound"))} <a href="${localizedPath("/figures", locale)}">${escapeXml(t("explore"))}</a>.</p>`);
  const id = figureIdParamSchema.safeParse(segment);
  if (id.success) {
    const address = await figureAddressOfId(id.data);
    return address ? redirectTo(pathOf(address.slug, address.key), 308) : notFound();
  }
  const candidates = await figuresWithKey(segment);
  if (candidates.length === 0) return notFound();
  if (candidates.length === 1) return redirectTo(pathOf(candidates[0]!.slug, candidates[0]!.key), 307);
  const items = candidates
    .map((figure) => `<li><a href="${escapeXml(pathOf(figure.slug, figure.key))}">${escapeXml(figure.label)}</a> ${escapeXml(t("inDataset", { dataset: figure.datasetTitle }))}</li>`)
    .join("");
  return page(locale, 300, t("severalTitle", { key: segment }), `<p>${escapeXml(t("choose"))}</p><ul data-figure-candidates="">${items}</ul>`);
}
