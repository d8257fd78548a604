import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OverviewPage } from "@/components/overview/overview-page";
import { getOverviewData } from "@/lib/data/overview";
import { getLocale } from "next-intl/server";
import { loadOverview } from "@/lib/views/overview";
import { publicBaseUrl } from "@/lib/env";
import { overviewMetadata } from "@/lib/views/figure/link-preview";
import { localizedMetadata, pageMetadata } from "@/lib/i18n/page-metadata";
import type { RawParams } from "@/lib/views/raw-params";
import { ClientMessages } from "@/app/_shell/client-messages";

// /datasets/<slug>: one dataset's overview (components/overview/overview-page.tsx).

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  // Read from the same per-version cache the page reads from.
  const data = await getOverviewData(slug);
  return data ? localizedMetadata(overviewMetadata(data.dataset, publicBaseUrl())) : pageMetadata("datasetNotFound");
}

export default async function DatasetOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const loaded = await loadOverview(slug, await searchParams, {}, await getLocale());
  if (!loaded) notFound();
  return (
    <ClientMessages namespaces={["charts", "citation", "explore.controls", "format", "glossary", "overview", "vocab"]}>
      <OverviewPage loaded={loaded} />
    </ClientMessages>
  );
}
