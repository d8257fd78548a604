import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDefaultDatasetSlug } from "@/lib/data/datasets/default";
import { isChartId } from "@/lib/export/share-links";
import type { RawParams } from "@/lib/views/raw-params";
import EmbedPage from "./[chart]/page";

// /embed/<chart>: the address of an embed before datasets had their own, still pasted in other
// sites' pages. It shows the default dataset's chart (/embed/<slug>/<chart>) in place, with the
// same query. Not a redirect: the embed's loading state streams first, so a redirect would reach
// the iframe as a second, client-side navigation.

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

export default async function OldEmbedPage({ params, searchParams }: Props) {
  const [{ slug: chart }, raw] = await Promise.all([params, searchParams]);
  if (!isChartId(chart)) notFound();
  const slug = await getDefaultDatasetSlug();
  if (slug === null) {
    return (
      <p className="notice" role="status">
        {(await getTranslations("home"))("noDatasetShort")}
      </p>
    );
  }
  // Every parameter is kept, unknown ones too, so the embed shows the same notices as before.
  return <EmbedPage params={Promise.resolve({ slug, chart })} searchParams={Promise.resolve(raw)} />;
}
