import { getTranslations } from "next-intl/server";
import { getDefaultDatasetSlug } from "@/lib/data/datasets/default";
import type { RawParams } from "@/lib/views/raw-params";
import PresentPage from "../datasets/[slug]/present/page";

// /present?chart=<chart>&…: the address of the presentation before datasets had their own. It
// shows the default dataset's presentation (/datasets/<slug>/present) in place, with the same
// query. Not a redirect: the root loading state streams first, so a redirect here would reach the
// browser as a second, client-side navigation in the middle of the presentation loading.

export const dynamic = "force-dynamic";

export default async function OldPresentPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [slug, raw] = await Promise.all([getDefaultDatasetSlug(), searchParams]);
  if (slug === null) {
    const [t, home] = await Promise.all([getTranslations("datasets.present"), getTranslations("home")]);
    return (
      <div className="page">
        <h1>{t("title")}</h1>
        <p className="notice" role="status">
          {home("noDatasetShort")}
        </p>
      </div>
    );
  }
  return <PresentPage params={Promise.resolve({ slug })} searchParams={Promise.resolve(raw)} />;
}
